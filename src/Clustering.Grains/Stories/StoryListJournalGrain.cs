using Clustering.Abstractions.Stories;
using Orleans.Concurrency;

namespace Clustering.Grains.Stories;

/// <summary>
/// Closes the story list's write-behind gap (see <see cref="IStoryListJournalGrain"/>). Small: ids
/// only, and only those of the last seconds. Reentrant so that the changes arriving while one write
/// is under way go out together in the next (group commit): one write at a time, whatever the rate.
/// </summary>
[Reentrant]
public sealed class StoryListJournalGrain(
    [PersistentState("story-list-journal", GrainStorage.Stories)] IPersistentState<StoryListJournalState> state) : Grain, IStoryListJournalGrain
{
    /// <summary>Completes when a write holding every change made since the current write began is done.</summary>
    private TaskCompletionSource? _pending;
    private bool _writing;

    public Task Record(string storyId)
    {
        state.State.Ids[storyId] = ++state.State.Position;
        return Commit();
    }

    public Task<long> Mark() => Task.FromResult(state.State.Position);

    public Task Written(long mark)
    {
        var before = state.State.Ids.Count;
        foreach (var (id, position) in state.State.Ids.ToArray())
        {
            if (position <= mark)
            {
                state.State.Ids.Remove(id);
            }
        }
        return state.State.Ids.Count == before ? Task.CompletedTask : Commit();
    }

    public Task<IReadOnlyList<string>> Pending() => Task.FromResult<IReadOnlyList<string>>([.. state.State.Ids.Keys]);

    /// <summary>Waits for a write that holds every change made so far: the next one to start.</summary>
    private Task Commit()
    {
        _pending ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var written = _pending.Task;
        if (!_writing)
        {
            _ = WriteWhilePending();
        }
        return written;
    }

    private async Task WriteWhilePending()
    {
        _writing = true;
        try
        {
            while (_pending is { } batch)
            {
                // Changes from here on wait for the next write. The state is serialised as the
                // write starts, in this turn, so a change made meanwhile cannot tear it.
                _pending = null;
                try
                {
                    await state.WriteStateAsync();
                    batch.SetResult();
                }
                catch (Exception ex)
                {
                    batch.SetException(ex);
                }
            }
        }
        finally
        {
            _writing = false;
        }
    }
}

[GenerateSerializer, Alias("Clustering.StoryListJournalState")]
public sealed class StoryListJournalState
{
    [Id(0)] public long Position { get; set; }

    /// <summary>Each story id with the position of its latest change.</summary>
    [Id(1)] public Dictionary<string, long> Ids { get; set; } = new(StringComparer.Ordinal);
}
