using Clustering.Cli.Replay;
using Clustering.Core.Evaluation;
using Clustering.Testing;

namespace Clustering.IntegrationTests;

/// <summary>
/// The figures `clustering eval` prints, held to floors we have measured, so a change that makes
/// the engine worse on real data fails. The floors are below the targets (0.92 and 0.95); the
/// closing notes say how far off we are. uci-dev's floor went down from 0.91 when time closeness
/// stopped making one shared word enough: its stories are each a burst of seconds that never
/// overlap, which rewarded joining any two headlines of the same minute; it rose to 0.916 when a
/// story stopped merging into one that had gone quiet before it began, and both to 0.919 when the
/// index lookup began to rank stories active near the article's time first. gva-dev's rose to 0.938
/// (and its counts with it) when the day an article's event happened began to count as evidence,
/// and uci-dev's to 0.924 when stories became findable by 30 terms instead of 20; gva-dev's to 0.943
/// when two rare full names shared with a story began to count (a follow-up weeks later), and to
/// 0.944 (killed 0.877) when the lookup began to ask an article's names beyond its strongest words;
/// injured to 0.846 when a refused article's lookup began to measure one more candidate; gva-dev's to
/// 0.945 (killed 0.881, injured 0.850) when rare names left organisations out and weigh 3. uci-dev's
/// rose to 0.946 when the similarity floor began to sink for headlines; killed went down to 0.879
/// with it (0.8813 → 0.8795: three incidents' stories took a short article that changed a count),
/// a trade for uci-dev's 0.9250 → 0.9468 and its held-out halves' rise over 0.92. Injured 0.8503 →
/// 0.8509 when a toll many times those shot stopped taking from the derived wounded (floor stays 0.850),
/// and killed 0.8795 → 0.8819 (floor 0.881) when such a toll stopped being the story's dead. gva-dev
/// 0.9456 → 0.9484 (floor 0.948), killed 0.8842 (0.884), injured 0.8532 (0.853) when street addresses
/// began to count, shared or, more, given by both and none shared; gva-dev 0.9484 → 0.9499 (floor 0.949),
/// killed 0.8871 (0.887), injured 0.8550 (0.854, 1462 of 1710) when an article and a story naming towns nothing ties
/// together began to count against each other; gva-dev 0.9499 → 0.9538 (floor 0.953), killed 0.8889
/// (0.888), injured 0.8556 (0.855) when a person named with an age whom only the story's reports had
/// named began to tie a follow-up to it; gva-dev 0.9545 (floor 0.954), killed 0.8895 (0.889), injured
/// 0.8561 (0.856) when addresses left round-ups out and ended streets at a sentence's end; gva-dev
/// 0.9554 (floor 0.955), killed 0.8901 (0.890), injured 0.8567 (0.856) when a shared block, person or
/// two rare names let a candidate past the similarity floor.
/// </summary>
public class EvalFiguresTests
{
    private static async Task<(ClusteringScores Scores, Dictionary<string, string> Predicted, Dictionary<string, string> Gold, InProcessEngine Engine)> Replay(string set)
    {
        var articles = RepoPaths.SharedOrSkip($"eval/{set}.ndjson");
        var gold = LabelFiles.Read(RepoPaths.SharedOrSkip($"eval/{set}.gold.tsv"));
        var replay = await ReplayFile.Read(articles, TestContext.Current.CancellationToken);
        var engine = await InProcessEngine.Start();
        var predicted = await Replayer.Run(engine, replay.Articles, null, TestContext.Current.CancellationToken);
        var scores = ClusteringScores.Compute(predicted, gold);
        TestContext.Current.TestOutputHelper?.WriteLine($"{set}: BCubed P {scores.BCubed.Precision:F4} R {scores.BCubed.Recall:F4} F1 {scores.BCubed.F1:F4}; pairwise F1 {scores.Pairwise.F1:F4}");
        return (scores, predicted, gold, engine);
    }

    [Fact]
    public async Task headlines_of_uci_dev_cluster_at_least_as_well_as_measured()
    {
        var (scores, _, _, engine) = await Replay("uci-dev");
        await engine.DisposeAsync();

        scores.BCubed.F1.ShouldBeGreaterThanOrEqualTo(0.946);
    }

    [Fact]
    public async Task full_texts_of_gva_dev_cluster_and_report_their_counts_at_least_as_well_as_measured()
    {
        var (scores, predicted, gold, engine) = await Replay("gva-dev");
        var facts = await Replayer.Facts(engine, predicted.Values);
        await engine.DisposeAsync();
        var goldFacts = FactScores.ReadGoldFacts(await File.ReadAllLinesAsync(RepoPaths.SharedOrSkip("eval/gva-dev.facts.tsv"), TestContext.Current.CancellationToken));
        var report = FactScores.Score(predicted, gold, goldFacts, facts.Select(fact => new StoryFact(fact.StoryId, fact.Slot, fact.Value)));
        TestContext.Current.TestOutputHelper?.WriteLine($"gva-dev facts: killed {report.Killed.Accuracy:F4}, injured {report.Injured.Accuracy:F4}");

        scores.BCubed.F1.ShouldBeGreaterThanOrEqualTo(0.955);
        report.Killed.Accuracy.ShouldBeGreaterThanOrEqualTo(0.890);
        report.Injured.Accuracy.ShouldBeGreaterThanOrEqualTo(0.856);
    }

    [Fact]
    public async Task the_same_input_gives_the_same_stories_on_every_run()
    {
        var (_, first, _, engine) = await Replay("uci-dev");
        await engine.DisposeAsync();
        var (_, second, _, again) = await Replay("uci-dev");
        await again.DisposeAsync();

        second.ShouldBe(first);
    }
}
