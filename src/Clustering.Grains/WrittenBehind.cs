namespace Clustering.Grains;

/// <summary>
/// A grain's state written on a timer and at deactivation rather than on every change: for state
/// that can be rebuilt (the index, the directory) or that lives in volatile storage anyway.
/// </summary>
internal sealed class WrittenBehind<T>(IPersistentState<T> state)
{
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(5);

    private bool _dirty;

    /// <summary>Starts the timer; call from the grain's OnActivateAsync, and <see cref="Flush"/> from its OnDeactivateAsync.</summary>
    public void Start(IGrainBase grain, DeactivationWrites writes) =>
        grain.RegisterGrainTimer(cancellationToken => writes.CanLandNow ? Flush(cancellationToken) : Task.CompletedTask, Period, Period);

    public void Changed() => _dirty = true;

    public async Task Flush(CancellationToken cancellationToken)
    {
        if (!_dirty)
        {
            return;
        }
        _dirty = false;
        await state.WriteStateAsync(cancellationToken);
    }
}
