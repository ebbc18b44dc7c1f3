using Clustering.Abstractions.Stories;
using Microsoft.Extensions.Logging;

namespace Clustering.Grains.Stories;

/// <summary>
/// The story list's write-behind gap, closed: every change a story reports is also journaled
/// (IStoryListJournalGrain, ids only, written before the change is acknowledged). A fresh
/// activation asks the journaled stories for their summaries, so the stories written in the last
/// seconds before a crash are listed again. Each write of the list shortens the journal to what
/// came after it.
/// </summary>
public sealed partial class StoryDirectoryGrain : IWriteJournal
{
    private static readonly TimeSpan RecoveryRetry = TimeSpan.FromSeconds(1);
    private const int RecoveryAttempts = 30;

    private readonly bool _journaled;
    private bool _recovered;

    /// <summary>Null until the journaled stories are back in the list: the journal must not lose them first.</summary>
    async Task<long?> IWriteJournal.Mark() => _journaled && _recovered ? await GrainFactory.StoryListJournal().Mark() : null;

    Task IWriteJournal.Written(long mark) => GrainFactory.StoryListJournal().Written(mark);

    private async Task RecoverFromJournal()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var ids = await GrainFactory.StoryListJournal().Pending();
                var views = await Task.WhenAll(ids.Select(id => GrainFactory.Story(id).GetView()));
                var restored = ids.Zip(views).Count(pair => Restore(pair.First, pair.Second));
                _recovered = true;
                LogRecovered(_logger, ids.Count, restored);
                return;
            }
            catch (Exception ex) when (attempt < RecoveryAttempts)
            {
                // A story on a silo not yet declared dead, say: ask again shortly.
                LogRecoveryRetry(_logger, ex);
                await Task.Delay(RecoveryRetry);
            }
            catch (Exception ex)
            {
                // Unrecovered, the journal is never marked and so never shortened: the next activation tries afresh.
                LogRecoveryFailed(_logger, ex);
                DeactivateOnIdle();
                return;
            }
        }
    }

    /// <summary>Brings one journaled story's entry up to date; true when the list changed.</summary>
    private bool Restore(string id, StoryView? view)
    {
        var stories = _state.State.Stories;
        if (view is null || view.MergedInto is not null)
        {
            if (!stories.ContainsKey(id))
            {
                return false;
            }
            _listing.Moving(stories, id);
            stories.Remove(id);
        }
        else
        {
            if (stories.TryGetValue(id, out var known) && known.Version >= view.Version)
            {
                return false;
            }
            _listing.Moving(stories, id);
            stories[id] = new StorySummary
            {
                Id = id,
                Title = view.Title,
                Version = view.Version,
                ArticleCount = view.Articles.Count,
                IndependentSourceCount = view.IndependentSourceCount,
                ConflictCount = view.ConflictCount,
                FirstReported = view.FirstReported,
                Created = view.Created,
                Updated = view.Updated,
            };
        }
        _writes.Changed();
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Story directory activated with {Count} stories")]
    private static partial void LogActivated(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Story list journal replayed: {Journaled} stories journaled, {Restored} entries brought back")]
    private static partial void LogRecovered(ILogger logger, int journaled, int restored);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not replay the story list journal yet; retrying")]
    private static partial void LogRecoveryRetry(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not replay the story list journal; the directory deactivates to try again")]
    private static partial void LogRecoveryFailed(ILogger logger, Exception exception);
}
