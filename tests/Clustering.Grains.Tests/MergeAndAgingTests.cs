using Clustering.Abstractions.Articles;
using Clustering.Abstractions.Index;
using Clustering.Abstractions.Live;
using Clustering.Abstractions.Stories;
using Clustering.Core.Articles;
using Clustering.Grains.Index;
using Microsoft.Extensions.DependencyInjection;

namespace Clustering.Grains.Tests;

[Collection(ClusterCollection.Name)]
public class MergeAndAgingTests(ClusterFixture fixture)
{
    private static readonly DateTimeOffset Day = new(2024, 2, 3, 9, 0, 0, TimeSpan.Zero);

    // Each test writes about its own event in words no other test uses, so tests sharing the silo never meet.
    private static Article Bakery(string id, string extra = "") => Dated(id, 0,
        "Quillby bakery explodes, baker Tamsin Rook hurt",
        "A gas blast levelled the Quillby bakery on Vellmar Street. Baker Tamsin Rook was hurt, the Quillby fire brigade said. " + extra);

    private static Article Warehouse(string id, int day, string extra = "") => Dated(id, day,
        "Ardwick warehouse fire: foreman Ines Marlowe rescued from blazing depot",
        "Flames gutted the Ardwick textile warehouse overnight. Firefighters carried foreman Ines Marlowe from the burning Ardwick depot. " + extra);

    private static Article Footbridge(string id, int day) => Dated(id, day,
        "Coldharbour footbridge collapses into canal, walker Piet Vance pulled out",
        "The rusted Coldharbour footbridge gave way and dropped into the canal. Walker Piet Vance was pulled from the Coldharbour canal by boatmen.");

    private static Article Dam(string id, TimeSpan after, string extra = "")
    {
        var time = Day.Add(after);
        return new(id, "Tollmere dam cracks, engineer Oswin Pell orders valley cleared",
            "A crack opened in the Tollmere dam above Brackwater. Engineer Oswin Pell ordered the Tollmere valley cleared, the county said. " + extra,
            Url: null, Source: "Test Wire", time, "en", time);
    }

    private static Article Page(string id, int day, string source, string title, string text) =>
        new(id, title, text, Url: null, Source: source, Day.AddDays(day), "en", Day.AddDays(day));

    private static Article Dated(string id, int day, string title, string text) =>
        new(id, title, text, Url: null, Source: "Test Wire", Day.AddDays(day), "en", Day.AddDays(day));

    private static string[] TermsOf(Article article) => TestArticles.Features(article).Terms.Terms;

    private async Task<AbsorbResult> AbsorbInto(string storyId, Article article) =>
        await fixture.Client.GetGrain<IStoryGrain>(storyId).Absorb(article, TestArticles.Features(article), TestArticles.Reading(article));

    [Fact]
    public async Task a_fragment_that_proves_part_of_a_larger_story_merges_into_it_and_says_so()
    {
        // Three reports form one story; a fourth, started apart, is the same event: when the
        // fragment grows it finds the larger story and hands its articles over.
        for (var i = 1; i <= 3; i++)
        {
            await AbsorbInto("s-merge-big", Bakery($"merge-big-{i}"));
        }
        var fragment = fixture.Client.GetGrain<IStoryGrain>("s-merge-frag");
        await AbsorbInto("s-merge-frag", Bakery("merge-frag-1", "Neighbours were evacuated."));
        var seen = new MergeRecorder();
        await fragment.Watch(fixture.Client.CreateObjectReference<IStoryObserver>(seen));

        await AbsorbInto("s-merge-frag", Bakery("merge-frag-2", "Gas engineers checked the street."));

        (await fragment.CurrentId()).ShouldBe("s-merge-big");
        (await fragment.GetView())!.MergedInto.ShouldBe("s-merge-big");
        var merged = await fixture.Client.GetGrain<IStoryGrain>("s-merge-big").GetView();
        merged!.Articles.Select(article => article.Id).ShouldBe(
            ["merge-big-1", "merge-big-2", "merge-big-3", "merge-frag-1", "merge-frag-2"], ignoreOrder: true);
        var notice = await seen.Merged.Task.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
        notice.ShouldBe(new StoryMerged { From = "s-merge-frag", Into = "s-merge-big" });
        var listed = await fixture.Client.GetGrain<IStoryDirectoryGrain>(0).List(1000, null);
        listed.ShouldNotContain(summary => summary.Id == "s-merge-frag");
        // The silo gathers index writes until its next query of a shard; asked from outside, it sends them first.
        var silo = fixture.Cluster.Silos[0].ServiceProvider;
        await silo.GetRequiredService<PendingIndexWrites>().Flush(silo.GetRequiredService<IGrainFactory>());
        var found = new List<string>();
        foreach (var shard in TermsOf(Bakery("merge-probe")).GroupBy(IndexSharding.ShardOf))
        {
            var answer = await fixture.Client.GetGrain<IStoryIndexShardGrain>(shard.Key).Query(shard.ToArray(), shard.Select(_ => 1f).ToArray(), DateTimeOffset.MinValue);
            found.AddRange(answer.Select(candidate => candidate.StoryId));
        }
        found.ShouldContain("s-merge-big");
        found.ShouldNotContain("s-merge-frag", "a story merged away leaves the index: it would only take a live candidate's place");
        GC.KeepAlive(seen);
    }

    [Fact]
    public async Task a_story_that_began_hours_after_a_larger_one_went_quiet_stays_apart_however_alike()
    {
        // Told in the same words as the larger story, but begun three hours after it last spoke: a
        // later development that the assigner kept apart article by article, not a fragment of it.
        for (var i = 1; i <= 3; i++)
        {
            await AbsorbInto("s-dam-big", Dam($"dam-big-{i}", TimeSpan.FromSeconds(i)));
        }
        await AbsorbInto("s-dam-later", Dam("dam-later-1", TimeSpan.FromHours(3), "Neighbours were evacuated."));

        await AbsorbInto("s-dam-later", Dam("dam-later-2", TimeSpan.FromHours(3.01), "Engineers checked the spillway."));

        var later = fixture.Client.GetGrain<IStoryGrain>("s-dam-later");
        (await later.CurrentId()).ShouldBe("s-dam-later");
        (await later.GetView())!.MergedInto.ShouldBeNull();
        (await fixture.Client.GetGrain<IStoryGrain>("s-dam-big").GetView())!.Articles.Count.ShouldBe(3);
    }

    [Fact]
    public async Task a_late_follow_up_within_the_retention_finds_its_story()
    {
        var first = await fixture.Client.GetGrain<IArticleGrain>("late-1").Submit(Warehouse("late-1", 0));

        var followUp = await fixture.Client.GetGrain<IArticleGrain>("late-2").Submit(
            Warehouse("late-2", 21, "Three weeks on, police charged the owner of the Ardwick warehouse."));

        followUp.StoryId.ShouldBe(first.StoryId);
    }

    [Fact]
    public async Task a_sentence_ten_months_later_still_finds_its_story()
    {
        var first = await fixture.Client.GetGrain<IArticleGrain>("sentence-1").Submit(Page("sentence-1", 0, "Ulverby Courier",
            "Gunman Dorran Fesk opens fire at Ulverby fair, three wounded",
            "Dorran Fesk fired into the crowd at the Ulverby summer fair on Saturday afternoon, wounding three people, "
            + "Ulverby police said. Officers arrested Fesk near the fairground gates minutes later. Witnesses described "
            + "families running from the carousel and the cake stalls as the shots rang out. The wounded were taken to "
            + "the county hospital; one remains in serious condition. The fairground stayed shut through Sunday."));

        var sentence = await fixture.Client.GetGrain<IArticleGrain>("sentence-2").Submit(Page("sentence-2", 300, "Shire Herald",
            "Dorran Fesk sentenced for Ulverby fair shooting",
            "A judge sentenced Dorran Fesk to 30 years in prison on Tuesday for the shooting at the Ulverby summer fair "
            + "that wounded three people. Fesk had pleaded guilty in March. In court, one of the victims read a statement "
            + "describing months of surgery and therapy. The defence asked for leniency, citing a troubled childhood, but "
            + "the judge called the attack cold and deliberate."));

        sentence.StoryId.ShouldBe(first.StoryId, "trials and sentences come months later: the retention keeps the story findable");
    }

    [Fact]
    public async Task a_follow_up_weeks_later_with_only_the_victims_name_and_the_town_joins_its_story_among_the_towns_older_ones()
    {
        // The town has had other shootings (same town, same kind of words, other victims) in the year before.
        string[] others = ["Annet Corby", "Lysander Kew", "Maudie Threlfall", "Osric Penhallow", "Bettany Sprule", "Gideon Ashworthy"];
        for (var i = 0; i < others.Length; i++)
        {
            await fixture.Client.GetGrain<IArticleGrain>($"tolvern-old-{i}").Submit(Page($"tolvern-old-{i}", -300 + (40 * i), "Tolvern Daily",
                $"{others[i]} shot dead in Tolvern, police say",
                $"{others[i]} was shot and killed in Tolvern on Saturday night, Tolvern police said. Officers found the victim "
                + "on the pavement after neighbours reported gunfire. Officers are hunting the gunman and asked witnesses "
                + "to come forward. Detectives would not yet guess at a motive for the Tolvern shooting."));
        }
        var incident = await fixture.Client.GetGrain<IArticleGrain>("tolvern-1").Submit(Page("tolvern-1", 0, "Tolvern Daily",
            "Hollis Marrack shot dead in Tolvern, police say",
            "Hollis Marrack, 24, was shot and killed outside a bar in Tolvern on Friday night, Tolvern police said. Officers "
            + "found Marrack on the pavement after neighbours reported gunfire. Officers are hunting the gunman and asked "
            + "witnesses to come forward. Detectives would not yet guess at a motive."));

        // Weeks later, another outlet, a page about something else that names him and the town.
        var followUp = await fixture.Client.GetGrain<IArticleGrain>("tolvern-2").Submit(Page("tolvern-2", 23, "Riverside Weekly",
            "Tolvern choir sings for Hollis Marrack",
            "The community choir of Tolvern dedicated its spring concert to Hollis Marrack. His mother thanked the singers, "
            + "the organist and the volunteers who baked for the evening. Tickets raised money for a scholarship at the "
            + "college where he studied carpentry. The choir plans a second concert in autumn at the old chapel."));

        followUp.StoryId.ShouldBe(incident.StoryId);
    }

    [Fact]
    public async Task a_story_quiet_for_longer_than_the_retention_no_longer_takes_new_articles()
    {
        var first = await fixture.Client.GetGrain<IArticleGrain>("aged-1").Submit(Footbridge("aged-1", 0));

        var muchLater = await fixture.Client.GetGrain<IArticleGrain>("aged-2").Submit(Footbridge("aged-2", 400));

        muchLater.StoryId.ShouldNotBe(first.StoryId);
        (await fixture.Client.GetGrain<IStoryGrain>(first.StoryId!).GetView())!.Articles.Count.ShouldBe(1, "the aged story stays readable");
    }

    private sealed class MergeRecorder : IStoryObserver
    {
        public TaskCompletionSource<StoryMerged> Merged { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task StoryCreated(StorySummary summary, StoryUpdate update) => Task.CompletedTask;

        public Task StoryUpdated(StoryUpdate update) => Task.CompletedTask;

        public Task StoryMerged(StoryMerged merged)
        {
            Merged.TrySetResult(merged);
            return Task.CompletedTask;
        }
    }
}
