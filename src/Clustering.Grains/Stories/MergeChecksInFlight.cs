namespace Clustering.Grains.Stories;

/// <summary>
/// The merge checks this silo's stories run after their answer (<see cref="StoryGrain"/>: a silo alone,
/// volatile storage). An assignment waits for those under way before it asks the index, so every
/// article is placed in the world the merge checks of the articles before it left, as when each
/// check ended before its article's answer: the same input gives the same stories, while the next
/// article is read and weighed during the check rather than after it.
/// </summary>
public sealed class MergeChecksInFlight
{
    private readonly Lock _gate = new();
    private readonly List<Task> _running = [];

    /// <summary>Follows a check until it ends; it must not fault (the story logs what went wrong).</summary>
    public Task Add(Task check)
    {
        if (!check.IsCompleted)
        {
            lock (_gate)
            {
                _running.RemoveAll(task => task.IsCompleted);
                _running.Add(check);
            }
        }
        return check;
    }

    /// <summary>Done when every check added before this call has ended.</summary>
    public Task Settled()
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
