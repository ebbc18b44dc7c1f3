using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Clustering.Grains;

/// <summary>
/// Whether a written-behind flush can still land. Memory storage keeps its states in the silos' own
/// grains: when the last silo stops there is no silo left to hold them, and every flush made on the
/// way down (at deactivation, or by a timer that ticks meanwhile) fails after its retries — thousands
/// of logged errors when a one-silo server stops — for state that dies with the process whatever is
/// written. With another silo active, or durable storage, the flush is made as always.
/// </summary>
public sealed class DeactivationWrites(
    IOptions<GrainPersistenceOptions> persistence,
    IClusterMembershipService membership,
    ILocalSiloDetails silo,
    IHostApplicationLifetime lifetime)
{
    /// <summary>For a flush in OnDeactivateAsync.</summary>
    public bool CanLand(DeactivationReason reason) => CanLand(stopping: reason.ReasonCode == DeactivationReasonCode.ShuttingDown);

    /// <summary>For a flush on a timer, which may tick while the silo stops.</summary>
    public bool CanLandNow => CanLand(stopping: lifetime.ApplicationStopping.IsCancellationRequested);

    private bool CanLand(bool stopping) =>
        !persistence.Value.WriteBehind
        || !stopping
        || OtherSilos.Active(membership.CurrentSnapshot, silo.SiloAddress);
}
