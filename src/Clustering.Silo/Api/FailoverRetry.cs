using Orleans.Runtime.Messaging;
using Orleans.Storage;
using StackExchange.Redis;

namespace Clustering.Silo.Api;

/// <summary>
/// Retries an idempotent grain call inside the silo while the cluster heals: a call that hit a
/// silo being declared dead (or Redis restarting) is sent again after a short pause, until it
/// lands on a live activation. The client sees a longer answer, not an error it must handle.
/// Only for calls that are safe to repeat: ingest is (an article id is absorbed once).
/// </summary>
internal static class FailoverRetry
{
    /// <summary>How long a call keeps trying before the error reaches the client (then a 503 it may resend).</summary>
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan LongestPause = TimeSpan.FromMilliseconds(500);

    public static async Task<T> Run<T>(Func<Task<T>> call, TimeProvider time, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var pause = FirstPause;
        while (true)
        {
            try
            {
                return await call();
            }
            catch (Exception ex) when (IsTransient(ex) && time.GetElapsedTime(started) + pause < GiveUpAfter)
            {
                await Task.Delay(pause, time, cancellationToken);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
            }
        }
    }

    /// <summary>Failures of where the call went, not of what it asked: another try may land elsewhere.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        SiloUnavailableException or OrleansMessageRejectionException or ConnectionFailedException => true,
        // A response lost with its silo, or a second activation's write refused while the old one is declared dead.
        TimeoutException or InconsistentStateException => true,
        RedisConnectionException or RedisTimeoutException or Orleans.Persistence.Redis.RedisStorageException => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(IsTransient),
        _ => exception.InnerException is { } inner && IsTransient(inner),
    };
}
