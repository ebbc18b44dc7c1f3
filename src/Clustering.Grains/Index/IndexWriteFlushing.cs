using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Clustering.Grains.Index;

/// <summary>
/// Sends the silo's gathered index writes to their shards every <see cref="Period"/>, and once more
/// as the host stops (before the silo does): none is left behind at shutdown, and writes gathered
/// while the silo was alone reach the shards soon after a second silo joins (from then on each story
/// sends its own before its answer). An in-process replay, one silo, runs without it:
/// its lookups carry the writes themselves, and a flush racing a lookup would make its stories
/// depend on timing.
/// </summary>
public sealed partial class IndexWriteFlushing(
    IGrainFactory grains, PendingIndexWrites pending, TimeProvider time, ILogger<IndexWriteFlushing> logger) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromMilliseconds(25);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await FlushLogged();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushLogged();
    }

    private async Task FlushLogged()
    {
        try
        {
            await pending.Flush(grains);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFlushFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending gathered index writes failed; they stay gathered for the next flush or query")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception);
}
