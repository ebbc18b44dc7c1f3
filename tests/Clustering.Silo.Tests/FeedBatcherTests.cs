using Clustering.Abstractions.Live;
using Clustering.Abstractions.Stories;
using Clustering.Silo.Live;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Clustering.Silo.Tests;

public class FeedBatcherTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly RecordingHub _hub = new();

    [Fact]
    public async Task changes_within_one_window_leave_as_one_message_in_the_order_they_came()
    {
        using var batcher = new FeedBatcher(_hub, _time, NullLogger<FeedBatcher>.Instance);

        batcher.Add(Created("s1"));
        batcher.Add(Updated("s1", 2));
        batcher.Add(Updated("s2", 5));
        _hub.Sent.ShouldBeEmpty();

        _time.Advance(LiveDefaults.FeedBatchWindow);
        await _hub.WaitFor(1);

        var (group, method, batch) = _hub.Sent.ShouldHaveSingleItem();
        group.ShouldBe(FeedBatcher.Group);
        method.ShouldBe(HubMethods.StoryFeed);
        batch.Items.Select(Describe).ShouldBe(["created s1", "updated s1 v2", "updated s2 v5"]);
    }

    [Fact]
    public async Task a_change_after_a_sent_window_opens_a_window_of_its_own()
    {
        using var batcher = new FeedBatcher(_hub, _time, NullLogger<FeedBatcher>.Instance);
        batcher.Add(Updated("s1", 1));
        _time.Advance(LiveDefaults.FeedBatchWindow);
        await _hub.WaitFor(1);

        batcher.Add(Updated("s1", 2));
        _time.Advance(LiveDefaults.FeedBatchWindow - TimeSpan.FromMilliseconds(1));
        _hub.Sent.Count.ShouldBe(1);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await _hub.WaitFor(2);

        _hub.Sent.Select(sent => string.Join(",", sent.Batch.Items.Select(Describe))).ShouldBe(["updated s1 v1", "updated s1 v2"]);
    }

    [Fact]
    public async Task a_slow_send_is_not_overtaken_by_the_next_window()
    {
        using var batcher = new FeedBatcher(_hub, _time, NullLogger<FeedBatcher>.Instance);
        _hub.HoldSends();
        batcher.Add(Updated("s1", 1));
        _time.Advance(LiveDefaults.FeedBatchWindow);
        await _hub.WaitFor(1);

        batcher.Add(Updated("s1", 2));
        _time.Advance(LiveDefaults.FeedBatchWindow);
        batcher.Add(Updated("s1", 3));
        _time.Advance(LiveDefaults.FeedBatchWindow);
        _hub.Sent.Count.ShouldBe(1, "the first send has not finished");

        _hub.ReleaseSends();
        await _hub.WaitFor(2);

        _hub.Sent.SelectMany(sent => sent.Batch.Items.Select(Describe)).ShouldBe(["updated s1 v1", "updated s1 v2", "updated s1 v3"]);
        _hub.MostSendsAtOnce.ShouldBe(1);
    }

    [Fact]
    public void an_idle_feed_sends_nothing()
    {
        using var batcher = new FeedBatcher(_hub, _time, NullLogger<FeedBatcher>.Instance);

        _time.Advance(TimeSpan.FromSeconds(10));

        _hub.Sent.ShouldBeEmpty();
    }

    private static StoryFeedItem Created(string id) => new() { Created = new StorySummary { Id = id, Title = "t" } };

    private static StoryFeedItem Updated(string id, long version) => new()
    {
        Updated = new StoryUpdate { StoryId = id, Version = version, PreviousVersion = version - 1, Changes = new StoryChanges() },
    };

    private static string Describe(StoryFeedItem item) => item switch
    {
        { Created: { } created } => $"created {created.Id}",
        { Updated: { } updated } => $"updated {updated.StoryId} v{updated.Version}",
        _ => "merged",
    };

    /// <summary>Records what is sent to groups; everything else is not used by the batcher.</summary>
    private sealed class RecordingHub : IHubContext<StoryHub>
    {
        private readonly SemaphoreSlim _sends = new(0);
        private TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public RecordingHub() => _held.SetResult();

        /// <summary>From now on a send is recorded at once but completes only at <see cref="ReleaseSends"/>.</summary>
        public void HoldSends() => _held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public void ReleaseSends() => _held.TrySetResult();

        private int _inFlight;

        public int MostSendsAtOnce { get; private set; }

        public List<(string Group, string Method, StoryFeedBatch Batch)> Sent { get; } = [];

        public IHubClients Clients => new GroupsOnly(this);

        public IGroupManager Groups => throw new NotSupportedException();

        public async Task WaitFor(int count)
        {
            while (true)
            {
                lock (Sent)
                {
                    if (Sent.Count >= count)
                    {
                        return;
                    }
                }
                (await _sends.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken)).ShouldBeTrue("the batch was sent");
            }
        }

        private sealed class GroupsOnly(RecordingHub hub) : IHubClients
        {
            public IClientProxy Group(string groupName) => new Proxy(hub, groupName);

            public IClientProxy All => throw new NotSupportedException();
            public IClientProxy AllExcept(IReadOnlyList<string> excludedConnectionIds) => throw new NotSupportedException();
            public IClientProxy Client(string connectionId) => throw new NotSupportedException();
            public IClientProxy Clients(IReadOnlyList<string> connectionIds) => throw new NotSupportedException();
            public IClientProxy GroupExcept(string groupName, IReadOnlyList<string> excludedConnectionIds) => throw new NotSupportedException();
            public IClientProxy Groups(IReadOnlyList<string> groupNames) => throw new NotSupportedException();
            public IClientProxy User(string userId) => throw new NotSupportedException();
            public IClientProxy Users(IReadOnlyList<string> userIds) => throw new NotSupportedException();
        }

        private sealed class Proxy(RecordingHub hub, string group) : IClientProxy
        {
            public Task SendCoreAsync(string method, object?[] args, CancellationToken cancellationToken = default)
            {
                lock (hub.Sent)
                {
                    hub.Sent.Add((group, method, (StoryFeedBatch)args[0]!));
                    hub.MostSendsAtOnce = Math.Max(hub.MostSendsAtOnce, ++hub._inFlight);
                }
                hub._sends.Release();
                return Completed(hub._held.Task);
            }

            private async Task Completed(Task held)
            {
                await held;
                lock (hub.Sent)
                {
                    hub._inFlight--;
                }
            }
        }
    }
}
