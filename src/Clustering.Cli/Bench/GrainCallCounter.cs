using System.Collections.Concurrent;

namespace Clustering.Cli.Bench;

/// <summary>
/// Counts every call a grain receives in the in-process silo, by interface and method (storage
/// writes included: memory storage is itself a grain). Each call is a request and, unless one-way,
/// a response message, so it answers "how many calls and messages does one article cost".
/// </summary>
internal sealed class GrainCallCounter : IIncomingGrainCallFilter
{
    private readonly ConcurrentDictionary<string, long> _byMethod = new(StringComparer.Ordinal);
    private long _total;

    public long Total => Interlocked.Read(ref _total);

    public Task Invoke(IIncomingGrainCallContext context)
    {
        Interlocked.Increment(ref _total);
        _byMethod.AddOrUpdate(Shorten(context.InterfaceName) + "." + context.MethodName, 1, (_, count) => count + 1);
        return context.Invoke();
    }

    /// <summary>
    /// Calls made on the article's own path: without timer ticks and the storage writes they make
    /// (memory storage writes behind, so whether a flush falls inside a timed window is luck).
    /// </summary>
    public long OnPath => _byMethod
        .Where(pair => !pair.Key.StartsWith("IGrainTimerInvoker.", StringComparison.Ordinal)
            && !pair.Key.StartsWith("IMemoryStorageGrain.WriteStateAsync", StringComparison.Ordinal))
        .Sum(pair => pair.Value);

    public void Reset()
    {
        _byMethod.Clear();
        Interlocked.Exchange(ref _total, 0);
    }

    /// <summary>Calls per article by method, largest first.</summary>
    public Dictionary<string, double> PerArticle(int articles) => _byMethod
        .OrderByDescending(pair => pair.Value)
        .ThenBy(pair => pair.Key, StringComparer.Ordinal)
        .ToDictionary(pair => pair.Key, pair => Math.Round((double)pair.Value / Math.Max(1, articles), 2), StringComparer.Ordinal);

    // "Clustering.IStoryGrain" → "IStoryGrain": the namespace adds nothing to the report.
    private static string Shorten(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot >= 0 ? name[(dot + 1)..] : name;
    }
}
