namespace Clustering.Cli.Bench;

// The JSON `bench` writes: one object per figure, each with what it was measured on.

internal sealed record BenchMachine(int Cores, string Os, string Runtime, string Configuration, bool ServerGc, string StartedUtc);

/// <summary>
/// (1) In-process replay, one article at a time in `published` order, as `cluster` does; beside it the
/// same articles read alone on all cores in the same run (ReadingReference) and the replay's share of that rate.
/// </summary>
internal sealed record ReplayFigure(int Articles, int Stories, double Seconds, double ArticlesPerSecond, GcFigure Gc)
{
    public double ReadingAloneArticlesPerSecond { get; init; }

    /// <summary>Articles replayed first in an engine of their own, not counted (the first calls' compiling).</summary>
    public int WarmUpArticles { get; init; }

    /// <summary>CPU time of the process over the replay, per article (all threads: reading ahead included).</summary>
    public double CpuMicrosPerArticle { get; init; }

    /// <summary>Bytes the process allocated over the replay, per article.</summary>
    public long AllocatedBytesPerArticle { get; init; }

    /// <summary>Grain calls an article on its path (GrainCallCounter.OnPath): the hops a replayed article costs.</summary>
    public double CallsPerArticle { get; init; }

    /// <summary>The same by interface and method, an article's share of each.</summary>
    public Dictionary<string, double> CallsByMethod { get; init; } = [];

    public double ShareOfReadingAlone => ReadingAloneArticlesPerSecond > 0 ? Math.Round(ArticlesPerSecond / ReadingAloneArticlesPerSecond, 3) : 0;
}

/// <summary>(2) HTTP ingest into one silo: N senders, NDJSON batches; every article checked in its story afterwards.</summary>
internal sealed record HttpFigure(
    string Server, int Articles, int Senders, int Batch, int Accepted, int Duplicates, int Rejected, int Stories,
    double Seconds, double ArticlesPerSecond, int Verified, double VerifySeconds, GcFigure? Gc)
{
    /// <summary>The reading-alone rate of the same run (ReadingReference), when the replay phase measured it.</summary>
    public double ReadingAloneArticlesPerSecond { get; init; }

    /// <summary>Articles posted first, not counted: copies from long before, which join none of the measured stories.</summary>
    public int WarmUpArticles { get; init; }

    /// <summary>
    /// CPU time of the whole process (server and senders) from the first post to the last answer, per
    /// article: on a machine whose cores are all busy this is what bounds the rate, and it moves less
    /// with the other work on the machine than the rate does.
    /// </summary>
    public double CpuMicrosPerArticle { get; init; }

    /// <summary>Bytes the process allocated over the same window, per article (the collector's work follows it).</summary>
    public long AllocatedBytesPerArticle { get; init; }

    public double ShareOfReadingAlone => ReadingAloneArticlesPerSecond > 0 ? Math.Round(ArticlesPerSecond / ReadingAloneArticlesPerSecond, 3) : 0;
}

/// <summary>
/// (4) Cost of one article with N live stories already in the index. JoinedShare: the probes that joined
/// a story rather than starting one; joining costs more calls (re-indexing, the merge check at sizes 2, 4, 8…).
/// GrainCallsPerArticle counts the article's own path; AllGrainCallsPerArticle adds the write-behind
/// timers and their storage writes that the probes' changes caused (waited out between rounds, untimed).
/// </summary>
internal sealed record ScalingPoint(
    int Stories, double PopulateSeconds, int Probes,
    double IngestMicrosPerArticle, double IngestMeanMicrosPerArticle, double AssignMicrosPerArticle, double GrainCallsPerArticle, double AllGrainCallsPerArticle,
    double JoinedShare, Dictionary<string, double> CallsByMethod, long ManagedBytes, long WorkingSetBytes, GcFigure ProbeGc, GcFigure PopulateGc, AssignFigure Assign);

/// <summary>
/// The assignment passes at one story count: the whole <c>ChooseStory</c> (median wall-clock µs per
/// article, and the process's CPU µs per article over all its passes: the CPU figure moves less
/// with what else runs on the machine) and its two parts timed apart (index lookup; candidate
/// matches); candidates matched and postings the shards read per article; garbage collections
/// during the whole-assignment passes, and every grain call counted over all the passes, per article.
/// </summary>
internal sealed record AssignFigure(
    double Micros, double CpuMicros, double LookupMicros, double MatchMicros, double Candidates, double PostingsRead, GcFigure Gc,
    Dictionary<string, double> CallsByMethod);

internal sealed record ScalingFigure(IReadOnlyList<ScalingPoint> Points, double IngestRatio, double AssignRatio, double CallsRatio)
{
    /// <summary>The assignment's ratio (largest to smallest story count) in each round of passes taken side by side.</summary>
    public IReadOnlyList<double> AssignRoundRatios { get; init; } = [];
}

/// <summary>(5) Memory: the process's peak working set over the whole run, and with the largest story count.</summary>
internal sealed record MemoryFigure(long PeakWorkingSetBytes, int LargestStories, long WorkingSetAtLargestBytes, long ManagedAtLargestBytes, long ManagedPerStoryBytes);

internal sealed record BenchReport(
    BenchMachine Machine,
    ReplayFigure? Replay,
    HttpFigure? Http,
    LiveBenchResult? Push,
    ScalingFigure? Scaling,
    MemoryFigure Memory);

/// <summary>Garbage collections during a phase, and the time the runtime was paused for them.</summary>
internal sealed record GcFigure(int Gen0, int Gen1, int Gen2, double PauseSeconds, double PauseShare)
{
    public static Func<double, GcFigure> Start()
    {
        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        var gen2 = GC.CollectionCount(2);
        var pause = GC.GetTotalPauseDuration();
        return seconds =>
        {
            var paused = (GC.GetTotalPauseDuration() - pause).TotalSeconds;
            return new GcFigure(GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2,
                Math.Round(paused, 2), seconds > 0 ? Math.Round(paused / seconds, 3) : 0);
        };
    }
}
