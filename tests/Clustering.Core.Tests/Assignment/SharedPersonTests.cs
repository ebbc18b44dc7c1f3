using Clustering.Core.Articles;
using Clustering.Core.Assignment;
using Clustering.Core.Features;
using Clustering.Core.Particulars;

namespace Clustering.Core.Tests.Assignment;

/// <summary>
/// A sentencing months after an arrest names the suspect again, often without his middle name, and a
/// day of its own (the hearing's); it shares few words with the arrest report. The person named with
/// an age, whom no other story's reports have named, ties it to its story.
/// </summary>
public class SharedPersonTests
{
    private static readonly DateTimeOffset Shot = new(2024, 3, 2, 21, 0, 0, TimeSpan.Zero);

    private static Article Report(string id, string title, string text, DateTimeOffset published) =>
        new(id, title, text, Url: null, Source: null, published, Language: "en", Received: published);

    private static readonly Article Arrest = Report("a", "Ostwick father held after infant is wounded",
        "An Ostwick father, Dorian Anselm Velloway, 36, was held on Saturday, March 2, after his infant daughter "
        + "was wounded by a pistol he had left on a dresser, detectives said. The girl is expected to recover.", Shot.AddHours(20));

    private static readonly Article Sentenced = Report("b", "No prison term in Ostwick gun case",
        "Dorian Velloway will serve two years of probation, a judge ruled on Thursday, May 16. "
        + "The Ostwick father pleaded guilty to child endangerment after his infant daughter was wounded by a pistol "
        + "he had left on a dresser. Detectives said the girl has recovered.", Shot.AddDays(75));

    private static (MatchMeasures Features, long Documents) Measure(Article first, Article next, int otherArticlesNamingHim = 0, Action<TermStatistics>? before = null) =>
        OneArticleStory.Measure(first, next, before: statistics =>
        {
            for (var i = 0; i < otherArticlesNamingHim; i++)
            {
                statistics.ObservePersons(["dorian velloway"]);
            }
            before?.Invoke(statistics);
        });

    [Fact]
    public void a_sentencing_months_later_naming_the_father_joins_the_arrest_story()
    {
        var (features, documents) = Measure(Arrest, Sentenced);
        var withoutPerson = OneArticleStory.Without("sharedPerson");

        features.SharedPerson.ShouldBe(1f);
        features.LogEventDaysApart.ShouldBeGreaterThan(0f, "the sentencing names the hearing's day, not the shooting's");
        MatchModel.Default.Accepts(features, documents, out var p).ShouldBeTrue($"p {p} {string.Join(" ", features)}");
        withoutPerson.Accepts(features, documents, out var before).ShouldBeFalse($"p {before}: without the measure the test shows nothing");
    }

    [Fact]
    public void a_name_other_stories_have_written_is_no_tie()
    {
        var (features, _) = Measure(Arrest, Sentenced, otherArticlesNamingHim: 1);

        features.SharedPerson.ShouldBe(0f);
    }

    [Fact]
    public void a_person_named_without_an_age_on_either_side_is_no_tie()
    {
        var arrest = Arrest with { Text = Arrest.Text.Replace(", 36,", string.Empty, StringComparison.Ordinal) };

        var (features, _) = Measure(arrest, Sentenced);

        features.SharedPerson.ShouldBe(0f);
    }

    [Fact]
    public void a_story_keeps_a_bounded_list_of_people_and_a_merge_adds_the_counts()
    {
        var story = new StoryParticulars();
        var many = Enumerable.Range(0, StoryPersons.PerStory + 5).Select(i => $"given{i} surname{i}").ToArray();
        var merging = new StoryParticulars();
        var theirs = merging.Of(StoryPersons.Kind);
        theirs.Keys.Add("given1 surname1");
        theirs.Counts.Add(3);
        theirs.Aged.Add(true);

        story.Add(Naming(many, [.. many.Select(_ => 1)], [.. many.Select(_ => false)]));
        story.Add(Naming(["given0 surname0"], [2], [true]));
        story.Add(Naming(["common name"], [StoryPersons.KeptUpTo + 1], [true]));
        story.Merge(merging);

        var kept = story.Of(StoryPersons.Kind);
        kept.Keys.Count.ShouldBe(StoryPersons.PerStory);
        kept.Keys.ShouldNotContain("common name");
        kept.Counts[0].ShouldBe(2);
        kept.Aged[0].ShouldBeTrue();
        kept.Counts[1].ShouldBe(4);
        kept.Aged[1].ShouldBeTrue();
    }

    private static ArticleParticulars Naming(string[] keys, int[] articles, bool[] aged) =>
        ArticleParticulars.None.With(StoryPersons.Kind, new PersonMentions(keys, articles, aged));
}
