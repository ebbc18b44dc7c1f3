namespace Clustering.Cli.Bench;

// The JSON `bench` writes: one object per figure, each with what it was measured on.

internal sealed record BenchMachine(int Cores, string Os, string Runtime, string Configuration, bool ServerGc, string StartedUtc);

/// <summary>(1) In-process replay, one article at a time in `published` order, as `cluster` does.</summary>
internal sealed record ReplayFigure(int Articles, int Stories, double Seconds, double ArticlesPerSecond);

/// <summary>(2) HTTP ingest into one silo: N senders, NDJSON batches; every article checked in its story afterwards.</summary>
internal sealed record HttpFigure(
    string Server, int Articles, int Senders, int Batch, int Accepted, int Duplicates, int Rejected, int Stories,
    double Seconds, double ArticlesPerSecond, int Verified, double VerifySeconds);

/// <summary>(4) Cost of one article with N live stories already in the index.</summary>
internal sealed record ScalingPoint(
    int Stories, double PopulateSeconds, int Probes,
    double IngestMicrosPerArticle, double IngestMeanMicrosPerArticle, double AssignMicrosPerArticle, double GrainCallsPerArticle,
    Dictionary<string, double> CallsByMethod, long ManagedBytes, long WorkingSetBytes);

internal sealed record ScalingFigure(IReadOnlyList<ScalingPoint> Points, double IngestRatio, double AssignRatio, double CallsRatio);

/// <summary>(5) Memory: the process's peak working set over the whole run, and with the largest story count.</summary>
internal sealed record MemoryFigure(long PeakWorkingSetBytes, int LargestStories, long WorkingSetAtLargestBytes, long ManagedAtLargestBytes, long ManagedPerStoryBytes);

internal sealed record BenchReport(
    BenchMachine Machine,
    ReplayFigure? Replay,
    HttpFigure? Http,
    LiveBenchResult? Push,
    ScalingFigure? Scaling,
    MemoryFigure Memory);
