namespace Clustering.Grains;

/// <summary>
/// A grain's state written on a timer and at deactivation rather than on every change: for state
/// that can be rebuilt (the index, the directory) or that lives in volatile storage anyway. No
/// flush is tried where it cannot land (<see cref="DeactivationWrites"/>: the last silo of a
/// memory-storage cluster stopping).
/// </summary>
/// <remarks>
/// The timer is made by a change and fires once, <see cref="Period"/> later, then is let go; an
/// activation with nothing to write has no timer at all. A timer ticking every period in every
/// activation cost a silo with 100,000 live stories 20,000 idle ticks a second (the scaling bench
/// counted them), and an idle timer kept in every activation held ~0.6 KB of a story's heap.
/// </remarks>
internal sealed class WrittenBehind<T>(IPersistentState<T> state, DeactivationWrites writes, IWriteJournal? journal = null)
{
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(5);

    private IGrainBase? _grain;
    private IGrainTimer? _timer;
    private bool _dirty;

    /// <summary>Binds it to its grain; call from the grain's OnActivateAsync, and <see cref="Deactivating"/> from its OnDeactivateAsync.</summary>
    public void Start(IGrainBase grain) => _grain = grain;

    public void Changed()
    {
        _dirty = true;
        Arm();
    }

    public Task Deactivating(DeactivationReason reason, CancellationToken cancellationToken) =>
        writes.CanLand(reason) ? Flush(cancellationToken) : Task.CompletedTask;

    private void Arm()
    {
        if (_timer is not null || _grain is null)
        {
            return;
        }
        _timer = _grain.RegisterGrainTimer(Tick, Period, Timeout.InfiniteTimeSpan);
    }

    private async Task Tick(CancellationToken cancellationToken)
    {
        try
        {
            if (writes.CanLandNow)
            {
                await Flush(cancellationToken);
            }
        }
        finally
        {
            // Not landed (the silo is stopping and nowhere else could take it), failed, or changed again
            // while writing: try again a period later, as a periodic timer would have; a spent one-shot
            // timer left in place would keep Arm from ever making another. Else let the timer go (after the
            // write: disposing a grain timer cancels the token its running tick was given).
            if (_dirty)
            {
                _timer?.Change(Period, Timeout.InfiniteTimeSpan);
            }
            else
            {
                _timer?.Dispose();
                _timer = null;
            }
        }
    }

    private async Task Flush(CancellationToken cancellationToken)
    {
        if (!_dirty)
        {
            return;
        }
        var mark = journal is null ? null : await journal.Mark();
        _dirty = false;
        try
        {
            await state.WriteStateAsync(cancellationToken);
        }
        catch
        {
            // Not written: still to write, by the next tick or at deactivation.
            _dirty = true;
            throw;
        }
        if (mark is { } written)
        {
            await journal!.Written(written);
        }
    }
}

/// <summary>
/// A durable log of the changes made since the state was last written (the story list's journal):
/// marked before each write, and told once the write holding everything up to the mark is done.
/// </summary>
internal interface IWriteJournal
{
    /// <summary>How far the log has reached, or null when it must not be shortened yet.</summary>
    Task<long?> Mark();

    Task Written(long mark);
}
