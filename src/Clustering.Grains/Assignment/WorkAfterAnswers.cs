using Microsoft.Extensions.Options;

namespace Clustering.Grains.Assignment;

/// <summary>
/// What this silo does after its answers, where it may (<see cref="RunsAfterAnswers"/>):
/// an article's absorb into its chosen story (Articles/ArticleGrain), and a story's merge check with the
/// telling before it (Stories/StoryGrain.Merge; a telling with no check to follow is not waited for). An assignment waits until none is under way before it asks the index
/// (<see cref="Settled"/>), so every article is placed in the world all the articles answered before it
/// left, as when each was absorbed and checked before its answer: the same input gives the same stories,
/// while the next article is read and weighed meanwhile.
/// </summary>
public sealed class WorkAfterAnswers(Index.PendingIndexWrites pendingIndex, IOptions<WorkAfterAnswersOptions> options)
{
    private readonly Lock _gate = new();
    private readonly List<Task> _running = [];

    /// <summary>
    /// Whether work may follow an answer: only where enabled (<see cref="WorkAfterAnswersOptions"/>), with
    /// volatile storage (with durable storage the answer promises what it says is stored), in a silo
    /// alone (with other silos active an article placed on another one a moment later must find what this
    /// one did, as index writes are sent before the answer then: Index/PendingIndexWrites).
    /// </summary>
    public bool RunsAfterAnswers(bool volatileStorage) => options.Value.Enabled && volatileStorage && pendingIndex.Gathers;

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
    public Task Settled() => options.Value.Enabled ? WhenNoneRunning() : Task.CompletedTask;

    private async Task WhenNoneRunning()
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

/// <summary>Whether a silo answers before the work an answer leads to (<see cref="WorkAfterAnswers"/>).</summary>
public sealed class WorkAfterAnswersOptions
{
    /// <summary>
    /// False (the server): several senders at once, whose assignments would all wait for every absorb
    /// under way; on two busy cores that cost the HTTP ingest more than it saved. True (the CLI's
    /// in-process engine, which feeds one article at a time): the next article is read and weighed
    /// while the last one is absorbed. Only where articles are assigned one at a time: a story's
    /// <c>CurrentId</c> waits for its own work after the answer, which may ask other stories theirs, so
    /// two merge checks under way at once could wait on each other.
    /// </summary>
    public bool Enabled { get; set; }
}
