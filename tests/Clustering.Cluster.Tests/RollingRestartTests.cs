using System.Collections.Concurrent;
using Clustering.Abstractions.Stories;
using Clustering.Client;
using Shouldly;

namespace Clustering.Cluster.Tests;

/// <summary>
/// Every silo of three restarted in turn (SIGTERM, then a new process) while articles stream in
/// and a board, connected through a load balancer, follows one story: nothing is lost, and every
/// change of the story reaches the board within seconds, although the story and the board's own
/// silo move during the restarts.
/// </summary>
public sealed class RollingRestartTests(RedisServer redis, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan StartWithin = TimeSpan.FromSeconds(90);

    /// <summary>
    /// The target is 3 s (docs/benchmarks.md has the measured lateness), with a second for a loaded
    /// 2-core machine; a story whose watchers wait for their renewal is up to 10 s late.
    /// </summary>
    private static readonly TimeSpan LatenessBound = TimeSpan.FromSeconds(4);

    private readonly string _clusterId = "roll-" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _logs = Directory.CreateTempSubdirectory("clustering-roll-").FullName;
    private readonly List<SiloProcess> _all = [];

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_all.Select(silo => silo.DisposeAsync().AsTask()));
        output.WriteLine($"silo logs: {_logs}");
    }

    private async Task<SiloProcess> StartSilo()
    {
        var silo = SiloProcess.Start(redis.ConnectionString, _clusterId, _logs);
        _all.Add(silo);
        await silo.WaitReady(StartWithin);
        return silo;
    }

    [Fact]
    public async Task a_board_sees_every_change_of_its_story_within_seconds_while_each_silo_restarts_in_turn()
    {
        redis.Require();
        var cancellation = TestContext.Current.CancellationToken;
        var live = new SiloProcess?[3];
        for (var i = 0; i < live.Length; i++)
        {
            live[i] = await StartSilo();
        }
        IReadOnlyList<SiloProcess> Live() => [.. live.OfType<SiloProcess>()];
        await using var balancer = new LoopbackProxy(() => [.. Live().Select(silo => silo.Address)]);

        // The followed story and the board following it, through the balancer.
        var follow = new Follower(Live);
        var storyId = await follow.Post(0, cancellation);
        var received = new ConcurrentDictionary<string, DateTime>(StringComparer.Ordinal);
        await using var board = new StoryHubClient(balancer.Address);
        board.StoryUpdated += update =>
        {
            foreach (var article in update.Changes.ArticlesAdded)
            {
                received.TryAdd(article.Id, DateTime.UtcNow);
            }
        };
        board.StorySnapshot += view =>
        {
            foreach (var article in view.Articles)
            {
                received.TryAdd(article.Id, DateTime.UtcNow);
            }
        };
        await board.Start(cancellation);
        await board.Subscribe(storyId, 1, cancellation);
        received.TryAdd(Follower.IdOf(0), DateTime.UtcNow);
        var reconnects = 0;
        board.Connection.Reconnected += _ =>
        {
            Interlocked.Increment(ref reconnects);
            return Task.CompletedTask;
        };

        // Load beside it, and the story growing every half second.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var (lines, _, origin) = TestCorpus.Load(1500);
        var load = new Follower(Live);
        var background = Task.WhenAll(load.Stream(lines.Take(750).ToArray(), stopping.Token), load.Stream(lines.Skip(750).ToArray(), stopping.Token));
        var growing = follow.Grow(storyId, stopping.Token);

        await Task.Delay(TimeSpan.FromSeconds(3), cancellation);
        var restarts = new List<string>();
        for (var i = 0; i < live.Length; i++)
        {
            var old = live[i]!;
            var started = DateTime.UtcNow;
            live[i] = null;
            (await old.Stop(TimeSpan.FromSeconds(40))).ShouldBeTrue("the silo should drain and exit on SIGTERM");
            var stopped = DateTime.UtcNow;
            live[i] = await StartSilo();
            restarts.Add($"silo {i}: stopped in {(stopped - started).TotalSeconds:F1} s, replacement ready after {(DateTime.UtcNow - stopped).TotalSeconds:F1} s");
            await Task.Delay(TimeSpan.FromSeconds(3), cancellation);
        }
        await stopping.CancelAsync();
        var streams = await background;
        var acknowledged = streams.SelectMany(stream => stream.Acknowledged.Keys).ToArray();
        var streamErrors = streams.Sum(stream => stream.Errors);
        var sent = await growing;

        // The board ends with every article of the story, each change within the bound.
        await Clustering.Testing.Eventually.True(() => sent.Keys.All(received.ContainsKey), "the board receives every article of its story", TimeSpan.FromSeconds(30));
        var lateness = sent.Select(pair => (Id: pair.Key, Late: received[pair.Key] - pair.Value)).OrderByDescending(entry => entry.Late).ToArray();
        var story = (await Live()[0].Client.GetStory(storyId, cancellation))!;
        await Clustering.Testing.Eventually.True(() => board.VersionOf(storyId) == story.Version, "the board ends on the story's last version", TimeSpan.FromSeconds(10));

        var (lost, twice, _) = await Absorbed.Check(Live()[1].Client, acknowledged.Concat(sent.Keys), cancellation);

        output.WriteLine($"corpus: {origin}; background articles acknowledged: {acknowledged.Length}, errors retried on another silo: {streamErrors}");
        foreach (var restart in restarts)
        {
            output.WriteLine(restart);
        }
        output.WriteLine($"followed story: {sent.Count} articles, version {story.Version}; board reconnects: {reconnects}; board version {board.VersionOf(storyId)}");
        output.WriteLine($"board lateness (ack to receipt): longest {lateness[0].Late.TotalSeconds:F2} s, then {string.Join(", ", lateness.Skip(1).Take(4).Select(entry => $"{entry.Late.TotalSeconds:F2}"))}; median {lateness[lateness.Length / 2].Late.TotalMilliseconds:F0} ms; over 3 s: {lateness.Count(entry => entry.Late > TimeSpan.FromSeconds(3))}");
        output.WriteLine($"lost: {lost}; in two stories or more: {twice}");

        lost.ShouldBe(0, "every acknowledged article is in its story");
        twice.ShouldBe(0);
        sent.Keys.Except(story.Articles.Select(article => article.Id)).ShouldBeEmpty("every article of the followed story is in it");
        lateness[0].Late.ShouldBeLessThan(LatenessBound, $"the latest change to reach the board was {lateness[0].Id}");
    }

    /// <summary>Posts to the live silos, moving to the next on an error (the one it tried may be stopping).</summary>
    private sealed class Follower(Func<IReadOnlyList<SiloProcess>> live)
    {
        private int _turn;

        public static string IdOf(int n) => $"follow-{n:D3}";

        /// <summary>One article of the followed story (made up: a lock gate failing on a canal); returns its story.</summary>
        public async Task<string> Post(int n, CancellationToken cancellationToken)
        {
            var article = new
            {
                id = IdOf(n),
                title = "Lock gate fails at Quarnby, barges held on the Ashmere canal",
                text = $"A lock gate failed at Quarnby on the Ashmere canal and barges were held above the lock. Engineers from the canal trust were at the gate; update {n} said crews had pumped the chamber and {n + 2} barges were waiting.",
                source = $"Canal Desk {n % 5}",
                published = new DateTimeOffset(2025, 4, 2, 6, 0, 0, TimeSpan.Zero).AddMinutes(n),
            };
            while (true)
            {
                var silos = live();
                var silo = silos[Interlocked.Increment(ref _turn) % silos.Count];
                try
                {
                    return (await silo.Client.PostArticle(article, cancellationToken)).StoryId!;
                }
                catch (Exception ex) when (ex is HttpRequestException or ClusteringApiException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    await Task.Delay(50, cancellationToken);
                }
            }
        }

        /// <summary>A new article of the story every half second until stopped: each one's acknowledgement time.</summary>
        public async Task<IReadOnlyDictionary<string, DateTime>> Grow(string storyId, CancellationToken stop)
        {
            var acknowledged = new Dictionary<string, DateTime>(StringComparer.Ordinal);
            for (var n = 1; !stop.IsCancellationRequested; n++)
            {
                var joined = await Post(n, CancellationToken.None);
                joined.ShouldBe(storyId, $"article {n} of the followed story joined another");
                acknowledged[IdOf(n)] = DateTime.UtcNow;
                try
                {
                    await Task.Delay(500, stop);
                }
                catch (OperationCanceledException)
                {
                }
            }
            return acknowledged;
        }

        /// <summary>Batches of 20 from the corpus until stopped or done: what was acknowledged, and how many errors were retried.</summary>
        public async Task<(ConcurrentDictionary<string, string> Acknowledged, int Errors)> Stream(IReadOnlyList<string> lines, CancellationToken stop)
        {
            var acknowledged = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
            var errors = 0;
            foreach (var batch in lines.Chunk(20))
            {
                while (!stop.IsCancellationRequested)
                {
                    var silos = live();
                    var silo = silos[Interlocked.Increment(ref _turn) % silos.Count];
                    try
                    {
                        var response = await silo.Client.PostBatch(batch, CancellationToken.None);
                        foreach (var item in response.Items)
                        {
                            acknowledged[item.Id] = item.StoryId!;
                        }
                        break;
                    }
                    catch (Exception ex) when (ex is HttpRequestException or ClusteringApiException or TaskCanceledException)
                    {
                        errors++;
                        await Task.Delay(50, CancellationToken.None);
                    }
                }
                if (stop.IsCancellationRequested)
                {
                    break;
                }
                await Task.Delay(200, CancellationToken.None);
            }
            return (acknowledged, errors);
        }
    }
}
