using System.Collections.Concurrent;
using Clustering.Abstractions.Index;
using Clustering.Abstractions.Serialization;
using Clustering.Grains.Index;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Clustering.Grains.Tests;

/// <summary>
/// The write-behind timer runs only while there is something to write: a change is written one period
/// later, and a grain with nothing to write costs no timer ticks (every activation ticking each period
/// cost a silo with 100,000 stories 20,000 idle ticks a second).
/// </summary>
public class WriteBehindTimerTests
{
    [Fact]
    public async Task a_change_is_written_a_period_later_and_a_quiet_grain_ticks_no_more()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 5, 10, 8, 0, 0, TimeSpan.Zero));
        var ticks = new TimerTicks();
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddClusteringMemoryStorage();
            silo.Services.AddSingleton<TimeProvider>(time);
            silo.Services.AddSingleton<IIncomingGrainCallFilter>(ticks);
            silo.Services.AddClusteringGrainServices();
        });
        builder.ConfigureClient(client => client.Services.AddClusteringSerialization());
        await using var cluster = builder.Build();
        await cluster.DeployAsync(TestContext.Current.CancellationToken);
        var shard = cluster.Client.GetGrain<IStoryIndexShardGrain>(41);
        var storage = cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(GrainStorage.Index);

        await shard.Index("s-first", ["plonk"], [1f], time.GetUtcNow());
        (await Stored(storage, shard)).ShouldBeEmpty("nothing is written before the period is up");
        time.Advance(WrittenBehind<object>.Period);
        await Written(storage, shard, "plonk");

        // Quiet for three periods: with nothing to write the timer does not run.
        for (var i = 0; i < 3; i++)
        {
            time.Advance(WrittenBehind<object>.Period);
        }
        await shard.Index("s-second", ["zorp"], [1f], time.GetUtcNow());
        time.Advance(WrittenBehind<object>.Period);
        await Written(storage, shard, "zorp");

        ticks.For(shard.GetGrainId()).ShouldBe(2, "one tick per change written, none while quiet");
    }

    /// <summary>The timer's tick runs on the silo's scheduler after the clock moves: wait for its write (polled, bounded).</summary>
    private static async Task Written(IGrainStorage storage, IStoryIndexShardGrain shard, string term)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!(await Stored(storage, shard)).Contains(term))
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, $"'{term}' was never written");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }

    private static async Task<string[]> Stored(IGrainStorage storage, IStoryIndexShardGrain shard)
    {
        var state = new GrainState<StoryIndexShardState>(new StoryIndexShardState());
        await storage.ReadStateAsync("shard", shard.GetGrainId(), state);
        return state.State is { } stored ? [.. stored.Postings.Keys] : [];
    }

    /// <summary>Counts the timer ticks each grain receives (they arrive as calls through the grain call filters).</summary>
    private sealed class TimerTicks : IIncomingGrainCallFilter
    {
        private readonly ConcurrentDictionary<GrainId, int> _ticks = new();

        public int For(GrainId grain) => _ticks.GetValueOrDefault(grain);

        public Task Invoke(IIncomingGrainCallContext context)
        {
            if (context.InterfaceName.EndsWith("IGrainTimerInvoker", StringComparison.Ordinal))
            {
                _ticks.AddOrUpdate(context.TargetId, 1, (_, count) => count + 1);
            }
            return context.Invoke();
        }
    }
}
