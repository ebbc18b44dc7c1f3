using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Clustering.Grains.Telemetry;

/// <summary>
/// The engine's own traces and metrics, both named "Clustering": spans for ingest → assign →
/// absorb → push, and the counters an operator watches. Exported by the host's OpenTelemetry
/// wiring (Clustering.Silo/Hosting/Telemetry.cs); without a listener every call here is nearly free.
/// </summary>
public static class ClusteringDiagnostics
{
    public const string Name = "Clustering";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    public static readonly Counter<long> ArticlesIngested = Meter.CreateCounter<long>(
        "clustering.articles.ingested", unit: "{article}", description: "Articles acknowledged by the API (accepted or duplicate).");

    public static readonly Histogram<double> AssignmentDuration = Meter.CreateHistogram<double>(
        "clustering.assignment.duration", unit: "ms", description: "Time to choose the story of an article.");

    public static readonly UpDownCounter<long> LiveStories = Meter.CreateUpDownCounter<long>(
        "clustering.stories.live", unit: "{story}", description: "Stories created minus stories merged away (summed over silos).");

    public static readonly Counter<long> PushFanOut = Meter.CreateCounter<long>(
        "clustering.push.fanout", unit: "{message}", description: "Messages sent to SignalR groups.");

    public static readonly Counter<long> IndexPostingsRead = Meter.CreateCounter<long>(
        "clustering.index.postings_read", unit: "{posting}", description: "Postings the index shards read to answer candidate queries.");

    /// <summary>Measures one assignment into <see cref="AssignmentDuration"/> when disposed.</summary>
    public static AssignmentTiming TimeAssignment() => new(Stopwatch.GetTimestamp());

    public readonly struct AssignmentTiming(long started) : IDisposable
    {
        public void Dispose() => AssignmentDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}
