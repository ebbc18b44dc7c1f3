namespace Clustering.Grains;

/// <summary>
/// A grain's state written on a timer and at deactivation rather than on every change: for state
/// that can be rebuilt (the index, the directory) or that lives in volatile storage anyway. No
/// flush is tried where it cannot land (<see cref="DeactivationWrites"/>: the last silo of a
/// memory-storage cluster stopping).
/// </summary>
internal sealed class WrittenBehind<T>(IPersistentState<T> state, DeactivationWrites writes)
{
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(5);

    private bool _dirty;

    /// <summary>Starts the timer; call from the grain's OnActivateAsync, and <see cref="Deactivating"/> from its OnDeactivateAsync.</summary>
    public void Start(IGrainBase grain) =>
        grain.RegisterGrainTimer(cancellationToken => writes.CanLandNow ? Flush(cancellationToken) : Task.CompletedTask, Period, Period);

    public void Changed() => _dirty = true;

    public Task Deactivating(DeactivationReason reason, CancellationToken cancellationToken) =>
        writes.CanLand(reason) ? Flush(cancellationToken) : Task.CompletedTask;

    private async Task Flush(CancellationToken cancellationToken)
    {
        if (!_dirty)
        {
            return;
        }
        _dirty = false;
        await state.WriteStateAsync(cancellationToken);
    }
}
