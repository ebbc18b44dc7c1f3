using Clustering.Abstractions.Statistics;
using Clustering.Core.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Clustering.Grains.Statistics;

/// <summary>
/// Shares this silo's IDF counts with the other silos every <see cref="Period"/>: what it counted
/// goes to the term statistics shards, what the others counted comes back into its table. Articles
/// that land on different silos are then weighed alike, a few seconds behind at most.
/// </summary>
public sealed partial class TermStatisticsSharing(
    IGrainFactory grains,
    TermStatistics statistics,
    ILocalSiloDetails silo,
    TimeProvider time,
    ILogger<TermStatisticsSharing> logger) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(15);

    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>One exchange with every shard (also what the timer does).</summary>
    public async Task ExchangeNow(CancellationToken cancellationToken = default)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var counted = statistics.TakeUnshared();
            var parts = Enumerable.Range(0, TermStatisticsSharding.ShardCount)
                .Select(_ => new SharedTermCounts())
                .ToArray();
            parts[0] = parts[0] with { Documents = counted.Documents };
            foreach (var (term, frequency) in counted.Frequencies)
            {
                parts[TermStatisticsSharding.ShardOf(term)].Frequencies[term] = frequency;
            }

            var key = silo.SiloAddress.ToParsableString();
            SharedTermCounts[] others;
            try
            {
                others = await Task.WhenAll(parts.Select((part, shard) =>
                    grains.GetGrain<ITermStatisticsShardGrain>(shard).Exchange(key, part)));
            }
            catch
            {
                // Not lost: counted again at the next exchange.
                statistics.PutBack(counted);
                throw;
            }
            foreach (var theirs in others)
            {
                statistics.AddOthers(new TermCounts(theirs.Documents, theirs.Frequencies));
            }
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await ExchangeNow(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogExchangeFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sharing IDF counts with the other silos failed; retrying at the next period")]
    private static partial void LogExchangeFailed(ILogger logger, Exception exception);
}
