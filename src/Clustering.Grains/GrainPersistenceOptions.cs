namespace Clustering.Grains;

/// <summary>When stories and articles write their state.</summary>
public sealed class GrainPersistenceOptions
{
    /// <summary>
    /// False (durable storage such as Redis): every change is written before the call returns, so
    /// an acknowledged article survives a crash. True (the silo's own memory): changes are written
    /// on a timer and at deactivation, since a crash loses memory storage whatever was written, and
    /// serializing a whole story on every absorb was a third of the cost of ingest.
    /// </summary>
    public bool WriteBehind { get; set; }
}
