using Clustering.Abstractions.Stories;

namespace Clustering.Grains.Tests;

/// <summary>The story list's journal: what it acknowledged is stored, however many changes arrive at once.</summary>
[Collection(ClusterCollection.Name)]
public class StoryListJournalTests(ClusterFixture fixture)
{
    [Fact]
    public async Task every_id_recorded_at_once_is_in_storage_when_its_record_returns()
    {
        var journal = fixture.Client.GetGrain<IStoryListJournalGrain>(101);
        var ids = Enumerable.Range(0, 300).Select(i => $"s-journal-{i}").ToArray();

        await Task.WhenAll(ids.Select(journal.Record));
        await fixture.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero, TestContext.Current.CancellationToken);

        (await journal.Pending()).ShouldBe(ids, ignoreOrder: true);
    }

    [Fact]
    public async Task a_written_list_shortens_the_journal_to_what_came_after_its_mark()
    {
        var journal = fixture.Client.GetGrain<IStoryListJournalGrain>(102);
        await Task.WhenAll(journal.Record("s-before-1"), journal.Record("s-before-2"));
        var mark = await journal.Mark();
        await journal.Record("s-after");
        await journal.Record("s-before-2");

        await journal.Written(mark);
        await fixture.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero, TestContext.Current.CancellationToken);

        (await journal.Pending()).ShouldBe(["s-after", "s-before-2"], ignoreOrder: true);
    }
}
