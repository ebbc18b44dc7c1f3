using Clustering.Grains.Assignment;
using Clustering.Abstractions.Live;
using Clustering.Abstractions.Stories;
using Clustering.Core.Assignment;
using Clustering.Core.Features;
using Microsoft.Extensions.Logging;

namespace Clustering.Grains.Stories;

public sealed partial class StoryGrain
{
    private const int MergeCandidates = 3;
    private bool _mergingAway;

    /// <summary>What an absorb left to do after its answer (see <see cref="Finish"/>), until it is done; it never faults.</summary>
    private Task _afterAnswer = Task.CompletedTask;

    /// <summary>
    /// The end of an absorb: the index written, the directory and the watching silos told (<paramref name="telling"/>,
    /// under way), and the merge check the story's new size calls for. All before the answer, unless the silo
    /// runs work after its answers (<see cref="WorkAfterAnswers.RunsAfterAnswers"/>: the CLI's in-process engine,
    /// a silo alone with volatile storage); then the telling and the check come after it: the silo's next
    /// assignment waits for a check under way, and this story's next change and its readers wait for both,
    /// so the same input gives the same stories while the next article is read and weighed meanwhile.
    /// </summary>
    private async Task Finish(Task indexing, Task telling)
    {
        var state = _state.State;
        var checks = MergeCheck.ChecksAt(state.Articles.Count, _options.MergeCheckEverySizeUpTo) && state.MergedInto is null;
        if (!_afterAnswers.RunsAfterAnswers(volatileStorage: _writesBehind is not null))
        {
            await Task.WhenAll(indexing, telling);
            if (checks)
            {
                await MergeIfOnePartOfAnother();
            }
            return;
        }
        await indexing;
        var after = AfterTheAnswer(telling, checks);
        // Work already done is not kept: a finished task, with what its state machine holds, was ~0.2 KB of each live story.
        _afterAnswer = after.IsCompleted ? Task.CompletedTask : checks ? _afterAnswers.Add(after) : after;
    }

    private async Task AfterTheAnswer(Task telling, bool checks)
    {
        try
        {
            await telling;
            if (checks)
            {
                await MergeIfOnePartOfAnother();
            }
        }
        catch (Exception ex)
        {
            // Nobody waits on the answer any more. Untold, the story is told with its next change or a
            // resend (TellIfUntold); unchecked, it stays apart, as when no candidate was sure.
            LogAfterTheAnswerFailed(_logger, StoryId, ex);
        }
        // Let go of this work as it ends (see Finish): whatever sets the next waits for this one first.
        _afterAnswer = Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telling the directory of story {StoryId}, or its merge check, failed after the answer")]
    private static partial void LogAfterTheAnswerFailed(ILogger logger, string storyId, Exception exception);

    public async Task<string> CurrentId()
    {
        await _afterAnswer;
        return _state.State.MergedInto is { } into ? await GrainFactory.Story(into).CurrentId() : StoryId;
    }

    /// <summary>
    /// Single-pass assignment fragments a story when its first articles are worded apart; while a
    /// story is small, and then each time it doubles, it looks for a larger story it really belongs
    /// to that ran at the same time and, when the ranker is sure, hands its articles over. The
    /// larger story's id stays, so ids stay stable. Run at the sizes <see cref="MergeCheck.ChecksAt"/> gives (<see cref="Finish"/>).
    /// </summary>
    private async Task MergeIfOnePartOfAnother()
    {
        var state = _state.State;
        var size = state.Articles.Count;
        var self = new ArticleFeatures(_centroidVector, state.LastEventTime) { Dated = state.LastEventTime != default, Particulars = state.Particulars.AsArticle() };
        var candidates = await IndexLookup.Candidates(GrainFactory, _pendingIndex, self, _options, MergeCandidates, excluding: StoryId);

        // Every candidate measured at once (a match changes nothing), then taken in rank order as before.
        var vectors = await Task.WhenAll(candidates.Select(candidateId => GrainFactory.Story(candidateId).Match(self)));
        for (var i = 0; i < candidates.Length; i++)
        {
            var candidateId = candidates[i];
            var target = GrainFactory.Story(candidateId);
            var vector = vectors[i];
            // Only into a larger story (the size is a feature: ln(1 + size)), so merges go one way.
            if (vector.Length == 0 || MatchMeasures.FromVector(vector) is not { } measured || MathF.Exp(measured.LogStorySize) - 1 < size
                || !_options.Model.Accepts(measured, long.MaxValue, out var probability) || probability < _options.MergeThreshold)
            {
                continue;
            }
            // Measured again from when this story began: did the two run side by side?
            if (self.Dated && state.FirstEventTime != default
                && (await target.Match(self with { Time = state.FirstEventTime }) is not { Length: > 0 } atFirst
                    || !MergeCheck.BeganWhileRunning(measured, MatchMeasures.FromVector(atFirst), _options.MergeWithinMinutes)))
            {
                continue;
            }
            if (await MergeInto(target, candidateId))
            {
                return;
            }
        }
    }

    private async Task<bool> MergeInto(IStoryGrain target, string targetId)
    {
        var state = _state.State;
        _mergingAway = true;
        var accepted = await target.AbsorbStory(new StoryTransfer
        {
            FromStoryId = StoryId,
            Articles = state.Articles.ToArray(),
            CentroidSum = _centroid.Sum,
            Members = state.Members.ToArray(),
            FirstEventTime = state.FirstEventTime,
            LastEventTime = state.LastEventTime,
            // A copy: the ledger's state is a read-only view of lists this story would go on changing,
            // and the copier shares it between activations of one silo without copying.
            Ledger = state.Ledger is { } ledger ? new Core.Consensus.LedgerState([.. ledger.Articles], [.. ledger.Quantities], [.. ledger.Quotes], [.. ledger.Dates], [.. ledger.Entities]) : null,
            Headlines = state.Headlines.ToArray(),
            Particulars = state.Particulars.Copy(),
        });
        if (!accepted)
        {
            _mergingAway = false;
            return false;
        }

        state.MergedInto = targetId;
        state.Version++;
        state.Updated = _time.GetUtcNow();
        await _state.WriteStateAsync();
        await UnindexAll();
        Telemetry.ClusteringDiagnostics.LiveStories.Add(-1);
        var merged = new StoryMerged { From = StoryId, Into = targetId };
        await NotifyWatchers(observer => observer.StoryMerged(merged));
        await GrainFactory.StoryDirectory().StoryMergedAway(merged);
        await RecordInListJournal();
        return true;
    }

    public async Task<bool> AbsorbStory(StoryTransfer transfer)
    {
        var state = _state.State;
        if (_mergingAway || state.MergedInto is not null || !state.Exists)
        {
            return false;
        }

        var taken = new HashSet<string>(StringComparer.Ordinal);
        var added = transfer.Articles.Where(article => !Holds(article.Id) && taken.Add(article.Id)).ToArray();
        state.Articles.AddRange(added);
        MergeLedger(transfer.Ledger);
        _centroid.AddSum(transfer.CentroidSum);
        state.KeepCentroid(_centroid);
        _centroidVector = _centroid.ToVector();
        if (transfer.FirstEventTime != default)
        {
            var known = state.FirstEventTime != default;
            state.FirstEventTime = !known || transfer.FirstEventTime < state.FirstEventTime ? transfer.FirstEventTime : state.FirstEventTime;
            state.LastEventTime = !known || transfer.LastEventTime > state.LastEventTime ? transfer.LastEventTime : state.LastEventTime;
        }

        if (transfer.Particulars is { } particulars)
        {
            state.Particulars.Merge(particulars);
        }

        var previousTitle = state.Title;
        OfferHeadlines(transfer.Headlines);
        var previousVersion = state.Version;
        state.Version++;
        state.Updated = _time.GetUtcNow();
        var update = Delta(previousVersion, previousTitle, new StoryChanges { ArticlesAdded = added, Facts = FactViews(), MergedFrom = transfer.FromStoryId });
        RememberDelta(update);
        await _state.WriteStateAsync();
        await IndexUnderStrongestTerms();
        await Publish(update, created: false);
        return true;
    }
}
