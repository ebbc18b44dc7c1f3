using System.Diagnostics.Metrics;
using Clustering.Grains.Telemetry;

namespace Clustering.Cli.Bench;

/// <summary>Sums the postings the index shards read (<see cref="ClusteringDiagnostics.IndexPostingsRead"/>) while it lives.</summary>
internal sealed class PostingsReadCounter : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _read;

    public PostingsReadCounter()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument, ClusteringDiagnostics.IndexPostingsRead))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _read, value));
        _listener.Start();
    }

    public long Read => Interlocked.Read(ref _read);

    public void Dispose() => _listener.Dispose();
}
