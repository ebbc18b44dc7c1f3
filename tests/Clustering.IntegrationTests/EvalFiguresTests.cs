using Clustering.Cli.Replay;
using Clustering.Core.Evaluation;
using Clustering.Testing;

namespace Clustering.IntegrationTests;

/// <summary>
/// The figures `clustering eval` prints, held to floors about 0.01 under what was last measured
/// (docs/benchmarks.md keeps the history of each figure), so a change that makes the engine clearly
/// worse on real data fails, while a change of a few items either way does not. One default model
/// serves every set.
/// </summary>
public class EvalFiguresTests
{
    // Measured values are in docs/benchmarks.md ("Eval figures"); each floor sits about 0.01 under.
    private const double UciFloor = 0.937;
    private const double GvaFloor = 0.945;
    private const double GvaKilledFloor = 0.881;
    private const double GvaInjuredFloor = 0.846;
    private const double EcbplusFloor = 0.867;
    // 14 tolls: one toll is 0.1 (killed, of 10) or 0.25 (injured, of 4), so these floors leave one
    // toll of margin under what was measured (1.00, 1.00); 0.01 under would be the measured count itself.
    private const double EcbplusKilledFloor = 0.89;
    private const double EcbplusInjuredFloor = 0.75;
    // The made-up toll sets whose misses the reader's rules were written from (tests/fixtures; a fresh clone
    // has them): one toll under what was measured, as for ecbplus-dev. tolls-fourth has no floor: it is
    // the yardstick no rule was written from, and a floor would make it a target.
    private const double TollsUnseenKilledFloor = 0.74;
    private const double TollsUnseenInjuredFloor = 0.72;
    private const double TollsThirdKilledFloor = 0.78;
    private const double TollsThirdInjuredFloor = 0.71;

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

    /// <summary>The replay's scores and how often each incident's story gives its gold killed/injured count.</summary>
    private static async Task<(ClusteringScores Scores, FactScoreReport Facts)> ReplayWithFacts(string set)
    {
        var (scores, predicted, gold, engine) = await Replay(set);
        var facts = await Replayer.Facts(engine, predicted.Values);
        await engine.DisposeAsync();
        var goldFacts = FactScores.ReadGoldFacts(await File.ReadAllLinesAsync(RepoPaths.SharedOrSkip($"eval/{set}.facts.tsv"), TestContext.Current.CancellationToken));
        var report = FactScores.Score(predicted, gold, goldFacts, facts.Select(fact => new StoryFact(fact.StoryId, fact.Slot, fact.Value)));
        TestContext.Current.TestOutputHelper?.WriteLine($"{set} facts: killed {report.Killed.Accuracy:F4}, injured {report.Injured.Accuracy:F4}");
        return (scores, report);
    }

    [Fact]
    public async Task headlines_of_uci_dev_cluster_at_least_as_well_as_measured()
    {
        var (scores, _, _, engine) = await Replay("uci-dev");
        await engine.DisposeAsync();

        scores.BCubed.F1.ShouldBeGreaterThanOrEqualTo(UciFloor);
    }

    [Fact]
    public async Task full_texts_of_gva_dev_cluster_and_report_their_counts_at_least_as_well_as_measured()
    {
        var (scores, report) = await ReplayWithFacts("gva-dev");

        scores.BCubed.F1.ShouldBeGreaterThanOrEqualTo(GvaFloor);
        report.Killed.Accuracy.ShouldBeGreaterThanOrEqualTo(GvaKilledFloor);
        report.Injured.Accuracy.ShouldBeGreaterThanOrEqualTo(GvaInjuredFloor);
    }

    [Fact]
    public async Task undated_pairs_of_same_kind_events_of_ecbplus_dev_cluster_and_report_their_tolls_at_least_as_well_as_measured()
    {
        var (scores, report) = await ReplayWithFacts("ecbplus-dev");

        scores.BCubed.F1.ShouldBeGreaterThanOrEqualTo(EcbplusFloor);
        report.Killed.Accuracy.ShouldBeGreaterThanOrEqualTo(EcbplusKilledFloor);
        report.Injured.Accuracy.ShouldBeGreaterThanOrEqualTo(EcbplusInjuredFloor);
    }

    [Theory]
    [InlineData("tolls-unseen", TollsUnseenKilledFloor, TollsUnseenInjuredFloor)]
    [InlineData("tolls-third", TollsThirdKilledFloor, TollsThirdInjuredFloor)]
    public async Task made_up_disaster_stories_report_their_tolls_at_least_as_well_as_measured(string set, double killedFloor, double injuredFloor)
    {
        var folder = Path.Combine(RepoPaths.Root, "tests", "fixtures", set);
        var gold = LabelFiles.Read(Path.Combine(folder, "stories.gold.tsv"));
        var replay = await ReplayFile.Read(Path.Combine(folder, "stories.ndjson"), TestContext.Current.CancellationToken);
        await using var engine = await InProcessEngine.Start();
        var predicted = await Replayer.Run(engine, replay.Articles, null, TestContext.Current.CancellationToken);
        var facts = await Replayer.Facts(engine, predicted.Values);
        var goldFacts = FactScores.ReadGoldFacts(await File.ReadAllLinesAsync(Path.Combine(folder, "stories.facts.tsv"), TestContext.Current.CancellationToken));

        var report = FactScores.Score(predicted, gold, goldFacts, facts.Select(fact => new StoryFact(fact.StoryId, fact.Slot, fact.Value)));

        TestContext.Current.TestOutputHelper?.WriteLine($"{set} facts: killed {report.Killed.Accuracy:F4}, injured {report.Injured.Accuracy:F4}");
        report.Killed.Accuracy.ShouldBeGreaterThanOrEqualTo(killedFloor);
        report.Injured.Accuracy.ShouldBeGreaterThanOrEqualTo(injuredFloor);
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
