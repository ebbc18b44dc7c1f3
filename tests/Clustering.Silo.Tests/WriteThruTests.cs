using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Clustering.Abstractions.Stories;

namespace Clustering.Silo.Tests;

/// <summary>A wire service resends an article under its id with new text: the new version replaces the old in its story.</summary>
[Collection(SiloCollection.Name)]
public class WriteThruTests(SiloFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// Each test its own made-up event in its own words ({0}: the toll), a week from the others, so the tests
    /// sharing the silo never share a story: five disasters wired in one minute would be one story's evidence.
    /// Words no other test of the silo writes either (OutletApiTests has a grain silo blast at Orrin Mills).
    /// </summary>
    private static readonly Dictionary<string, (string Headline, string Text)> Events = new()
    {
        ["wt-status"] = ("Ferry capsizes off Harrowgate", "{0} passengers drowned when the Harrowgate ferry overturned in a squall; lifeboats pulled forty from the cold harbour water."),
        ["wt-toll"] = ("Coach plunges into ravine near Ashcombe", "{0} people were killed when a tour coach left the icy mountain road above Ashcombe and fell into the gorge, the county sheriff said."),
        ["wt-history"] = ("Warehouse roof collapses in Brenmouth", "{0} night-shift packers died when snow piled on its flat roof brought down the Brenmouth textile depot."),
        ["wt-batch"] = ("Lime vat bursts at Quarlby tannery", "{0} tannery hands were scalded when a lime vat split open in the Quarlby tanyard; the yard was hosed down by noon."),
        ["wt-push"] = ("Flooded quarry traps workers at Kessford", "{0} quarrymen were killed when floodwater filled the lower gallery of the Kessford limestone pit; divers reached them once pumps drained it."),
    };

    private static object Ferry(string id, string toll, string count) => new
    {
        id,
        title = $"{Events[id].Headline}, {toll} dead",
        text = string.Format(System.Globalization.CultureInfo.InvariantCulture, Events[id].Text, count),
        source = "Harbour Wire",
        published = new DateTimeOffset(2026, 3, 1, 6, 0, 0, TimeSpan.Zero).AddDays(7 * Events.Keys.ToList().IndexOf(id)).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
    };

    private async Task<(HttpStatusCode Code, JsonElement Body)> Post(object article)
    {
        using var response = await fixture.Silo.Http.PostAsync("api/articles", new StringContent(JsonSerializer.Serialize(article), Encoding.UTF8, "application/json"), Ct);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>(Ct));
    }

    private static double? Killed(StoryView story) => story.Facts.FirstOrDefault(fact => fact.Slot == "killed")?.Consensus;

    [Fact]
    public async Task a_known_id_with_new_text_is_revised_and_the_same_text_again_is_a_duplicate()
    {
        var (acceptedCode, accepted) = await Post(Ferry("wt-status", "three", "Three"));
        var (duplicateCode, duplicate) = await Post(Ferry("wt-status", "three", "Three"));
        var (revisedCode, revised) = await Post(Ferry("wt-status", "five", "Five"));
        var (againCode, again) = await Post(Ferry("wt-status", "five", "Five"));

        acceptedCode.ShouldBe(HttpStatusCode.Accepted);
        accepted.GetProperty("status").GetString().ShouldBe("accepted");
        duplicateCode.ShouldBe(HttpStatusCode.OK);
        duplicate.GetProperty("status").GetString().ShouldBe("duplicate");
        revisedCode.ShouldBe(HttpStatusCode.OK);
        revised.GetProperty("status").GetString().ShouldBe("revised");
        revised.GetProperty("id").GetString().ShouldBe("wt-status");
        revised.GetProperty("storyId").GetString().ShouldBe(accepted.GetProperty("storyId").GetString());
        againCode.ShouldBe(HttpStatusCode.OK);
        again.GetProperty("status").GetString().ShouldBe("duplicate");
    }

    [Fact]
    public async Task the_story_takes_the_revised_toll_and_still_counts_the_article_once()
    {
        var (_, first) = await Post(Ferry("wt-toll", "three", "Three"));
        var storyId = first.GetProperty("storyId").GetString()!;
        var before = (await fixture.Silo.Client.GetStory(storyId, Ct)).ShouldNotBeNull();
        Killed(before).ShouldBe(3);

        await Post(Ferry("wt-toll", "five", "Five"));

        var after = (await fixture.Silo.Client.GetStory(storyId, Ct)).ShouldNotBeNull();
        Killed(after).ShouldBe(5);
        after.Facts.Single(fact => fact.Slot == "killed").Values.ShouldAllBe(value => value.Value == 5);
        after.Articles.ShouldHaveSingleItem().Id.ShouldBe("wt-toll");
        after.Articles.Single(article => article.Id == "wt-toll").Title.ShouldBe("Coach plunges into ravine near Ashcombe, five dead");
        after.Title.ShouldBe("Coach plunges into ravine near Ashcombe, five dead");
        after.Version.ShouldBe(before.Version + 1);
    }

    [Fact]
    public async Task the_article_keeps_a_short_history_of_its_versions()
    {
        await Post(Ferry("wt-history", "three", "Three"));
        await Post(Ferry("wt-history", "four", "Four"));
        await Post(Ferry("wt-history", "five", "Five"));

        var status = await fixture.Silo.Http.GetFromJsonAsync<JsonElement>("api/articles/wt-history", Ct);

        status.GetProperty("versions").GetInt32().ShouldBe(3);
        status.GetProperty("history").EnumerateArray().Select(version => version.GetProperty("title").GetString()).ShouldBe([
            "Warehouse roof collapses in Brenmouth, five dead", "Warehouse roof collapses in Brenmouth, four dead", "Warehouse roof collapses in Brenmouth, three dead"]);
    }

    [Fact]
    public async Task a_subscriber_of_the_story_is_pushed_the_revision_with_its_new_facts()
    {
        var (_, first) = await Post(Ferry("wt-push", "three", "Three"));
        var storyId = first.GetProperty("storyId").GetString()!;
        await using var hub = fixture.Silo.CreateHubClient();
        var updates = System.Threading.Channels.Channel.CreateUnbounded<StoryUpdate>();
        hub.StoryUpdated += update => updates.Writer.TryWrite(update);
        await hub.Start(Ct);
        var catchUp = await hub.Subscribe(storyId, 0, Ct);
        var held = catchUp.Version;
        var before = (await fixture.Silo.Client.GetStory(storyId, Ct)).ShouldNotBeNull();

        await Post(Ferry("wt-push", "five", "Five"));

        StoryUpdate update;
        do
        {
            update = await updates.Reader.ReadAsync(Ct).AsTask().WaitAsync(TimeSpan.FromSeconds(20), Ct);
        }
        while (update.Version <= held);
        update.Changes.ArticlesRevised.ShouldHaveSingleItem().Id.ShouldBe("wt-push");
        update.Changes.ArticlesAdded.ShouldBeEmpty();
        update.Changes.ArticleCount.ShouldBe(before.Articles.Count);
        update.Changes.Facts.Single(fact => fact.Slot == "killed").Consensus.ShouldBe(5);
    }

    [Fact]
    public async Task a_batch_counts_a_write_thru_as_revised_neither_accepted_nor_duplicate()
    {
        var lines = new[] { Ferry("wt-batch", "three", "Three"), Ferry("wt-batch", "three", "Three"), Ferry("wt-batch", "five", "Five") }.Select(line => JsonSerializer.Serialize(line));

        var result = await fixture.Silo.Client.PostBatch(lines, Ct);

        result.Accepted.ShouldBe(1);
        result.Duplicates.ShouldBe(1);
        result.Revised.ShouldBe(1);
        result.Items.Select(item => item.Status).ShouldBe(["accepted", "duplicate", "revised"]);
    }
}
