using System.Collections.Concurrent;
using Clustering.Client;
using Shouldly;

namespace Clustering.Cluster.Tests;

/// <summary>
/// Redis itself SIGKILLed mid-stream and started again (append-only, fsync always): the silos wait
/// for it and retry inside, so the clients see a pause, nothing acknowledged is lost and nothing is
/// absorbed twice. A Redis of its own, so the other tests' Redis stays up.
/// </summary>
public sealed class RedisRestartTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Down = TimeSpan.FromSeconds(2);

    /// <summary>The target: Redis down for 2 s and replaying its log costs a client at most 10 s.</summary>
    private static readonly TimeSpan WaitBound = TimeSpan.FromSeconds(10);

    private readonly RedisServer _redis = new();
    private readonly string _logs = Directory.CreateTempSubdirectory("clustering-redis-kill-").FullName;
    private readonly List<SiloProcess> _silos = [];

    public async ValueTask InitializeAsync() => await _redis.InitializeAsync();

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_silos.Select(silo => silo.DisposeAsync().AsTask()));
        await _redis.DisposeAsync();
        output.WriteLine($"silo logs: {_logs}");
    }

    [Fact]
    public async Task a_redis_killed_and_restarted_mid_stream_loses_nothing_and_clients_wait_seconds()
    {
        _redis.Require();
        var cancellation = TestContext.Current.CancellationToken;
        var clusterId = "redis-kill-" + Guid.NewGuid().ToString("N")[..8];
        _silos.AddRange(Enumerable.Range(0, 3).Select(_ => SiloProcess.Start(_redis.ConnectionString, clusterId, _logs)));
        await Task.WhenAll(_silos.Select(silo => silo.WaitReady(TimeSpan.FromSeconds(90))));
        var (lines, _, origin) = TestCorpus.Load(1000);

        var acknowledged = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var waits = new ConcurrentQueue<(DateTime SentAt, TimeSpan Wait)>();
        var errors = 0;
        var killedAt = DateTime.MaxValue;
        var restartedAt = DateTime.MaxValue;
        var outage = Task.CompletedTask;
        var killing = 0;

        async Task Stream(SiloProcess silo, IEnumerable<string[]> batches)
        {
            foreach (var batch in batches)
            {
                var sentAt = DateTime.UtcNow;
                while (true)
                {
                    try
                    {
                        var response = await silo.Client.PostBatch(batch, cancellation);
                        foreach (var item in response.Items)
                        {
                            acknowledged[item.Id] = 0;
                        }
                        break;
                    }
                    catch (Exception ex) when (ex is HttpRequestException or ClusteringApiException or TaskCanceledException && !cancellation.IsCancellationRequested)
                    {
                        // Counted: the silos should have waited for Redis instead.
                        Interlocked.Increment(ref errors);
                        await Task.Delay(200, cancellation);
                    }
                }
                waits.Enqueue((sentAt, DateTime.UtcNow - sentAt));
                if (acknowledged.Count >= 300 && Interlocked.Exchange(ref killing, 1) == 0)
                {
                    outage = Outage();
                }
            }
        }

        async Task Outage()
        {
            killedAt = DateTime.UtcNow;
            _redis.Kill();
            await Task.Delay(Down, cancellation);
            await _redis.Restart();
            restartedAt = DateTime.UtcNow;
        }

        var chunks = lines.Chunk(20).ToArray();
        await Task.WhenAll(_silos.Select((silo, i) => Stream(silo, chunks.Where((_, n) => n % _silos.Count == i))));
        await outage;
        killedAt.ShouldBeLessThan(DateTime.MaxValue, "Redis should have been killed mid-stream");

        var (lost, twice, stories) = await Absorbed.Check(_silos[0].Client, acknowledged.Keys, cancellation);
        var across = waits.Where(wait => wait.SentAt + wait.Wait > killedAt).ToArray();
        var longest = across.MaxBy(wait => wait.Wait);
        var before = waits.Where(wait => wait.SentAt + wait.Wait <= killedAt).Select(wait => wait.Wait).DefaultIfEmpty().Max();
        output.WriteLine($"corpus: {origin}; {acknowledged.Count} acknowledged of {lines.Count}; {stories} stories");
        output.WriteLine($"Redis down {(restartedAt - killedAt).TotalSeconds:F1} s (killed, {Down.TotalSeconds:F0} s, started, log replayed)");
        output.WriteLine($"lost: {lost}; in two stories or more: {twice}; client errors: {errors}");
        output.WriteLine($"batches of 20 answered after the kill: {across.Length}, longest wait {longest.Wait.TotalSeconds:F2} s (sent {(longest.SentAt - killedAt).TotalSeconds:F1} s after the kill); before it: longest {before.TotalSeconds:F2} s");

        acknowledged.Count.ShouldBe(lines.Count);
        lost.ShouldBe(0);
        twice.ShouldBe(0);
        errors.ShouldBe(0, "the silos wait for Redis and retry: the clients see a pause, not an error");
        longest.Wait.ShouldBeLessThan(WaitBound);
    }
}
