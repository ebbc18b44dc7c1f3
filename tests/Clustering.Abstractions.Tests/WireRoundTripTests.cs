using System.Text.Json;
using Clustering.Abstractions.Index;
using Clustering.Abstractions.Serialization;
using Clustering.Abstractions.Stories;
using Clustering.Core.Articles;
using Clustering.Core.Dates;
using Clustering.Core.Features;
using Clustering.Core.Particulars;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Clustering.Abstractions.Tests;

/// <summary>Every type that crosses between silos must survive Orleans' serializer unchanged.</summary>
public class WireRoundTripTests
{
    private static readonly Serializer Serializer = new ServiceCollection()
        .AddClusteringSerialization()
        .AddSerializer(builder => builder.AddAssembly(typeof(StoryView).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    private static T RoundTrip<T>(T value) => Serializer.Deserialize<T>(Serializer.SerializeToArray(value))!;

    [Fact]
    public void a_core_article_crosses_the_wire_through_its_surrogate()
    {
        var article = new Article("a1", "Title", "Text", "https://x.test", "Wire", DateTimeOffset.UnixEpoch, "en", DateTimeOffset.UnixEpoch.AddDays(1));

        RoundTrip(article).ShouldBe(article);
    }

    [Fact]
    public void features_keep_their_terms_weights_time_and_source()
    {
        var features = new ArticleFeatures(new TermVector(["dam", "flood"], [0.6f, 0.8f]), DateTimeOffset.UnixEpoch) { Source = "valley.example" };

        var copy = RoundTrip(features);

        copy.Terms.Terms.ShouldBe(["dam", "flood"]);
        copy.Terms.Weights.ShouldBe([0.6f, 0.8f]);
        copy.Time.ShouldBe(features.Time);
        copy.Source.ShouldBe("valley.example");
    }

    [Fact]
    public void features_keep_the_terms_written_as_names()
    {
        var features = new ArticleFeatures(new TermVector(["dam", "quenbi"], [0.6f, 0.8f]), DateTimeOffset.UnixEpoch) { Names = ["quenbi"] };

        var copy = RoundTrip(features);

        copy.Names.ShouldBe(["quenbi"]);
        copy.IsName("quenbi").ShouldBeTrue();
        copy.IsName("dam").ShouldBeFalse();
    }

    [Fact]
    public void features_keep_the_rare_names_the_article_writes()
    {
        var features = new ArticleFeatures(new TermVector(["dam"], [1f]), DateTimeOffset.UnixEpoch) { RareNames = ["e:marlowcrescent", "e:tobinharrowgate"] };

        RoundTrip(features).RareNames.ShouldBe(["e:marlowcrescent", "e:tobinharrowgate"]);
    }

    [Fact]
    public void features_keep_every_kind_of_particular_the_article_gives()
    {
        var particulars = ArticleParticulars.None
            .With(EventDays.Kind, [739000, 739002])
            .With(StreetAddresses.Kind, ["2400 quimby", "900 delmore"])
            .With(Towns.Kind, ["holtby", "mapl fall"])
            .With(StoryPersons.Kind, new PersonMentions(["dorian velloway", "tamsin hesketh"], [2, 5], [true, false]));
        var features = new ArticleFeatures(new TermVector(["dam"], [1f]), DateTimeOffset.UnixEpoch) { Particulars = particulars };

        var back = RoundTrip(features).Particulars;

        back.Of(EventDays.Kind).ShouldBe([739000, 739002]);
        back.Of(StreetAddresses.Kind).ShouldBe(["2400 quimby", "900 delmore"]);
        back.Of(Towns.Kind).ShouldBe(["holtby", "mapl fall"]);
        back.Of(StoryPersons.Kind).Keys.ShouldBe(["dorian velloway", "tamsin hesketh"]);
        back.Of(StoryPersons.Kind).Articles.ShouldBe([2, 5]);
        back.Of(StoryPersons.Kind).Aged.ShouldBe([true, false]);
    }

    [Fact]
    public void a_merging_story_hands_over_what_it_kept_of_each_kind()
    {
        var kept = new StoryParticulars();
        kept.Add(ArticleParticulars.None
            .With(EventDays.Kind, [739000])
            .With(Towns.Kind, ["holtby"])
            .With(StoryPersons.Kind, new PersonMentions(["dorian velloway"], [1], [true])));

        var back = RoundTrip(new StoryTransfer { FromStoryId = "s-small", Particulars = kept }).Particulars.ShouldNotBeNull();

        back.Of(EventDays.Kind).ShouldBe([739000]);
        back.Of(Towns.Kind).ShouldBe(["holtby"]);
        back.Of(StoryPersons.Kind).Keys.ShouldBe(["dorian velloway"]);
        back.Of(StoryPersons.Kind).Counts.ShouldBe([1]);
        back.Of(StoryPersons.Kind).Aged.ShouldBe([true]);
    }

    [Fact]
    public void a_story_update_keeps_its_versions_and_changes()
    {
        var update = new StoryUpdate
        {
            StoryId = "s-1",
            Version = 7,
            PreviousVersion = 6,
            Changes = new StoryChanges
            {
                ArticleCount = 3,
                ArticlesAdded = [new StoryArticle { Id = "a3", Title = "T", Independent = false, CopyOf = "a1" }],
                Facts = [new FactView { Slot = "killed", Status = "updated", Values = [new FactValueView { Value = 72, Qualifier = "exact", Text = "72 dead", Sources = ["a3"] }] }],
            },
        };

        var copy = RoundTrip(update);

        copy.Version.ShouldBe(7);
        copy.PreviousVersion.ShouldBe(6);
        copy.Changes.ArticlesAdded.Single().CopyOf.ShouldBe("a1");
        copy.Changes.Facts.Single().Values.Single().Value.ShouldBe(72);
    }

    [Fact]
    public void a_story_view_survives_with_its_articles()
    {
        var view = new StoryView { Id = "s-1", Title = "T", Version = 2, Articles = [new StoryArticle { Id = "a1", Title = "x" }] };

        RoundTrip(view).Articles.Single().Id.ShouldBe("a1");
    }

    [Fact]
    public void the_public_json_is_camel_case_as_the_contract_says()
    {
        var summary = new StorySummary { Id = "s-1", Title = "T", ArticleCount = 2, IndependentSourceCount = 1 };

        var json = JsonSerializer.Serialize(summary, JsonSerializerOptions.Web);

        json.ShouldContain("\"articleCount\":2");
        json.ShouldContain("\"independentSourceCount\":1");
        json.ShouldContain("\"conflictCount\":0");
    }

    [Fact]
    public void a_term_lands_in_the_same_index_shard_every_time()
    {
        IndexSharding.ShardOf("flood").ShouldBe(IndexSharding.ShardOf("flood"));
        Enumerable.Range(0, 1000).Select(i => IndexSharding.ShardOf("term" + i)).Distinct().Count().ShouldBe(IndexSharding.ShardCount);
    }

    [Fact]
    public void an_article_and_its_features_are_shared_not_copied_between_grains_of_one_silo()
    {
        var copier = new ServiceCollection()
            .AddSerializer(builder => builder.AddAssembly(typeof(StoryView).Assembly))
            .BuildServiceProvider()
            .GetRequiredService<DeepCopier>();
        var article = new Article("a1", "Title", "Text", "https://x.test", "Wire", DateTimeOffset.UnixEpoch, "en", DateTimeOffset.UnixEpoch);
        var features = new ArticleFeatures(new TermVector(["dam"], [1f]), DateTimeOffset.UnixEpoch);

        copier.Copy(article).ShouldBeSameAs(article);
        copier.Copy(features).ShouldBeSameAs(features);
        copier.Copy(features.Terms).ShouldBeSameAs(features.Terms);
    }
}
