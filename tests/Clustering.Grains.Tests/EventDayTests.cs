using Clustering.Abstractions.Articles;
using Clustering.Core.Articles;

namespace Clustering.Grains.Tests;

/// <summary>
/// The day an event happened, as its reports name it, whenever they were published: two shootings
/// in one town on different days are two stories, a late report of the same day belongs to the first.
/// </summary>
/// <remarks>
/// Each test on a cluster of its own: whether a report joins depends on how rare its words look, and
/// the IDF counts every article the silo has read, so in a shared cluster the outcome hung on which
/// tests had run before (the order xunit picks differs between checkouts).
/// </remarks>
public abstract class EventDayTests(ClusterFixture fixture)
{
    /// <summary>A Saturday.</summary>
    private static readonly DateTimeOffset Day = new(2024, 6, 1, 9, 0, 0, TimeSpan.Zero);

    protected static Article Page(string id, int day, string source, string title, string text) =>
        new(id, title, text, Url: null, Source: source, Day.AddDays(day), "en", Day.AddDays(day));

    protected Task<IngestReceipt> Submit(Article article) => fixture.Client.GetGrain<IArticleGrain>(article.Id).Submit(article);
}

[Collection(EventDayNewStoryCollection.Name)]
public sealed class EventDayNewStoryTests(ClusterFixture fixture) : EventDayTests(fixture)
{
    [Fact]
    public async Task a_shooting_in_the_same_town_a_week_later_is_a_new_story()
    {
        var first = await Submit(Page("fenwick-1", 0, "Fenwick Gazette",
            "Man shot on Corrow Street in Fenwick, police appeal for witnesses",
            "A man was shot on Corrow Street in Fenwick on Friday night, Fenwick police said. Officers found him wounded on "
            + "the pavement outside the Corrow Street launderette after neighbours reported gunfire, and he was taken to "
            + "Fenwick General. Fenwick police asked anyone who was on Corrow Street at the time to come forward."));
        await Submit(Page("fenwick-2", 0, "Valley Radio",
            "Fenwick police appeal after Corrow Street shooting",
            "Fenwick police are appealing for witnesses after a man was shot on Corrow Street late on Friday. He was taken "
            + "to Fenwick General with wounds that are not thought to be life-threatening."));

        // A week on, the same paper writes up another shooting in the town's usual words, on another night.
        var another = await Submit(Page("fenwick-3", 7, "Fenwick Gazette",
            "Woman shot in Fenwick, police appeal for witnesses",
            "A woman was shot near the Fenwick bus depot on Thursday night, Fenwick police said. Officers found her wounded "
            + "in a car park after neighbours reported gunfire, and she was taken to Fenwick General. Fenwick police asked "
            + "anyone who saw a dark hatchback leave the depot to come forward."));

        another.StoryId.ShouldNotBe(first.StoryId);
    }
}

[Collection(EventDayLateReportCollection.Name)]
public sealed class EventDayLateReportTests(ClusterFixture fixture) : EventDayTests(fixture)
{
    [Fact]
    public async Task a_report_weeks_later_naming_the_day_of_the_shooting_joins_its_story()
    {
        // What a silo has read before: other towns' shootings in the usual words, so that "police",
        // "shot" and "officers" are common words here as on a real feed, not as rare as the names.
        string[] towns = ["Ardmoor", "Tillbury", "Quenford"];
        for (var i = 0; i < towns.Length; i++)
        {
            await Submit(Page($"elsewhere-{i}", -40 + (i * 9), towns[i] + " Echo",
                $"Man hurt in {towns[i]} shooting",
                $"A man was shot in {towns[i]} overnight, {towns[i]} police said. Officers found him on a street near "
                + $"the station and he was taken to hospital. Police have made no arrest and asked witnesses to call."));
        }

        var first = await Submit(Page("brisk-1", 0, "Brisklow Post",
            "Teenager wounded in Brisklow park shooting",
            "A teenager, 17, was shot in his leg at Halloway Park in Brisklow on Friday evening, Brisklow police said. "
            + "Staff at Brisklow Infirmary treated him and say he will recover. Officers searched the park and the "
            + "streets around it but have made no arrest."));

        // Weeks later, another outlet, in other words; it names the day of the shooting.
        var late = await Submit(Page("brisk-2", 24, "County Courier",
            "Man charged over Halloway Park shooting in Brisklow",
            "Brisklow police charged a 19-year-old man over the May 31 shooting at Halloway Park in which a teenager was "
            + "wounded in the leg. He is due before Brisklow magistrates on Monday and was refused bail. Officers said "
            + "they were not looking for anyone else."));

        late.StoryId.ShouldBe(first.StoryId);
    }
}

[CollectionDefinition(Name)]
public sealed class EventDayNewStoryCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "event days: a new story";
}

[CollectionDefinition(Name)]
public sealed class EventDayLateReportCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "event days: a late report";
}
