namespace Clustering.Grains.Assignment;

/// <summary>
/// What this silo does after its answers in a silo alone with volatile storage (<see cref="RunsAfterAnswers"/>):
/// an article's absorb into its chosen story (Articles/ArticleGrain), a story's telling and merge check
/// (Stories/StoryGrain.Merge). An assignment waits until none is under way before it asks the index
/// (<see cref="Settled"/>), so every article is placed in the world all the articles answered before it
/// left, as when each was absorbed and checked before its answer: the same input gives the same stories,
/// while the next article is read and weighed meanwhile.
/// </summary>
public sealed class WorkAfterAnswers(Index.PendingIndexWrites pendingIndex)
{
    private readonly Lock _gate = new();
    private readonly List<Task> _running = [];

    /// <summary>
    /// Whether work may follow an answer: with durable storage the answer promises what it says is
    /// stored, and with other silos active an article placed on another one a moment later must find
    /// what this one did (as index writes are sent before the answer then: Index/PendingIndexWrites).
    /// </summary>
    public bool RunsAfterAnswers(bool volatileStorage) => volatileStorage && pendingIndex.Gathers;

    /// <summary>Follows work until it ends; it must not fault (whoever runs it logs what went wrong).</summary>
    public Task Add(Task work)
    {
        if (!work.IsCompleted)
        {
            lock (_gate)
            {
                _running.RemoveAll(task => task.IsCompleted);
                _running.Add(work);
            }
        }
        return work;
    }

    /// <summary>
    /// Done when no work is under way: work added while waiting is waited for too (an absorb adds its
    /// story's merge check before it ends).
    /// </summary>
    public async Task Settled()
    {
        while (Running() is { IsCompleted: false } running)
        {
            await running;
        }
    }

    private Task Running()
    {
        lock (_gate)
        {
            _running.RemoveAll(task => task.IsCompleted);
            return _running.Count switch
            {
                0 => Task.CompletedTask,
                1 => _running[0],
                _ => Task.WhenAll([.. _running]),
            };
        }
    }
}
