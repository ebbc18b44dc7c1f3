using System.Collections.Concurrent;
using System.CommandLine;
using System.Globalization;
using Clustering.Cli.Replay;
using Clustering.Cli.Tuning;
using Clustering.Core.Articles;
using Clustering.Core.Assignment;
using Clustering.Core.Evaluation;
using Clustering.Grains.Assignment;
using Spectre.Console;

namespace Clustering.Cli.Verbs;

/// <summary>
/// Fits the assignment ranker on labelled sets, reproducibly: replay every set through the engine,
/// record each article's candidate stories with their measures and whether the candidate was the
/// article's true story, fit a logistic model on all of it, and repeat (the candidates depend on
/// the model). Then the "new story" threshold is chosen by the mean BCubed F1 over all sets, and the
/// model is written as the one default every input uses. With `--grid` nothing is fitted: every
/// combination of the given values for named weights (or the bias, or the threshold) is replayed on
/// every set, and the best mean BCubed F1 wins (ties: the first combination in the order given).
/// </summary>
internal static class TuneVerb
{
    private static readonly float[] Thresholds = [0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f];

    private sealed record LabelledSet(string Name, ReplayFile Replay, Dictionary<string, string> Gold, Dictionary<string, string> FirstArticleOfStory);

    public static Command Create()
    {
        var sets = new Option<string[]>("--set")
        {
            Description = "a labelled set as A.ndjson=A.gold.tsv (repeatable)",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var rounds = new Option<int>("--rounds") { Description = "fit-and-replay rounds", DefaultValueFactory = _ => 3 };
        var refine = new Option<int>("--refine") { Description = "passes of coordinate steps on the mean BCubed F1 after the fit (each replays every set twice a weight at most)", DefaultValueFactory = _ => 1 };
        var write = new Option<FileInfo?>("--write") { Description = "write the fitted model here (the shipped default is src/Clustering.Core/Assignment/default-model.json)" };
        var samplesOut = new Option<FileInfo?>("--samples-out") { Description = "write every measured candidate of the final model's replay (set, article, story, same story, measures) as TSV, for error analysis" };
        var start = new Option<FileInfo?>("--model") { Description = "start from this model (JSON) instead of the shipped default" };
        var grid = new Option<string[]>("--grid")
        {
            Description = "instead of fitting, try every combination of these values (name=v1,v2,… per measure, or bias, or threshold) and keep the best mean BCubed F1",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("tune", "Fit the assignment ranker and its new-story threshold on labelled sets") { sets, rounds, refine, write, samplesOut, start, grid };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var model = parse.GetValue(start) is { } startFile ? MatchModel.FromJson(await File.ReadAllTextAsync(startFile.FullName, cancellationToken)) : MatchModel.Default;
            WeightGrid? weightGrid = null;
            if (parse.GetResult(grid) is not null)
            {
                try
                {
                    weightGrid = WeightGrid.Parse(parse.GetValue(grid) ?? [], model);
                }
                catch (FormatException ex)
                {
                    await Console.Error.WriteLineAsync("clustering: " + ex.Message);
                    return ExitCodes.BadArguments;
                }
            }

            var data = new List<LabelledSet>();
            foreach (var pair in parse.GetValue(sets)!)
            {
                var parts = pair.Split('=', 2);
                if (parts.Length != 2 || !File.Exists(parts[0]) || !File.Exists(parts[1]))
                {
                    await Console.Error.WriteLineAsync($"clustering: --set {pair}: expected existing A.ndjson=A.gold.tsv");
                    return ExitCodes.BadArguments;
                }
                var replay = await ReplayFile.Read(parts[0], cancellationToken);
                var firsts = replay.Articles.ToDictionary(article => ArticleIds.StoryIdFor(article.Id), article => article.Id, StringComparer.Ordinal);
                data.Add(new LabelledSet(Path.GetFileName(parts[0]), replay, LabelFiles.Read(parts[1]), firsts));
            }

            // Each set's BCubed F1 in the latest evaluation, in the order of the sets.
            var lastScores = new List<double>();
            if (weightGrid is not null)
            {
                model = await Search(weightGrid, model, data, cancellationToken);
                return await Write(model);
            }

            // A fit starts from the seed, not from the shipped model, so that the same command on the
            // same sets writes the same model again, byte for byte.
            if (parse.GetValue(start) is null)
            {
                model = MatchModel.Seed;
            }
            var (bestModel, bestScore) = (model, await Evaluate(model));
            // Every round's candidates are kept: the next model is fitted on what each earlier model
            // met, so that it does not swing back to the mistakes the model before it made.
            var seen = new List<List<MatchSample>>();
            for (var round = 1; round <= parse.GetValue(rounds); round++)
            {
                var perSet = new List<List<MatchSample>>();
                await Evaluate(model, perSet: perSet);
                for (var i = 0; i < perSet.Count; i++)
                {
                    if (seen.Count <= i)
                    {
                        seen.Add([]);
                    }
                    seen[i].AddRange(perSet[i]);
                }
                var samples = Balanced(seen);
                model = LogisticTrainer.Fit(samples) with { Threshold = model.Threshold };
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"round {round}: {samples.Count} samples ({samples.Count(s => s.SameStory)} same-story); weights [{string.Join(", ", model.Weights.Select(w => w.ToString("F3", CultureInfo.InvariantCulture)))}] bias {model.Bias:F3}"));
                foreach (var threshold in Thresholds)
                {
                    var candidate = model with { Threshold = threshold };
                    var score = await Evaluate(candidate);
                    if (score > bestScore)
                    {
                        (bestModel, bestScore) = (candidate, score);
                    }
                }
                model = bestModel;
            }

            if (seen.Count == 0 && parse.GetValue(refine) > 0)
            {
                // No round fitted: the steps are sized on the candidates the starting model meets.
                await Evaluate(bestModel, perSet: seen);
            }
            for (var pass = 1; pass <= parse.GetValue(refine); pass++)
            {
                var steps = RefineSteps.Of(Balanced(seen), bestModel, pass);
                (bestModel, bestScore) = await Refine(bestModel, steps, pass);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"best mean BCubed F1 {bestScore:F4}, threshold {bestModel.Threshold}"));
            return await Write(bestModel);

            async Task<int> Write(MatchModel chosen)
            {
                if (parse.GetValue(samplesOut) is { } dump)
                {
                    var rows = new List<string>();
                    await Evaluate(chosen, rows);
                    await File.WriteAllLinesAsync(dump.FullName, rows, cancellationToken);
                    Console.WriteLine("wrote " + dump.FullName);
                }
                if (parse.GetValue(write) is { } file)
                {
                    await File.WriteAllTextAsync(file.FullName, chosen.ToJson() + "\n", cancellationToken);
                    Console.WriteLine("wrote " + file.FullName);
                }
                return ExitCodes.Success;
            }

            // Coordinate steps on the BCubed F1 itself: the log loss over candidates is only a proxy
            // for the stories a replay makes. Each weight (then the bias) moves by half its measure's
            // spread up, else down, and keeps the move when the mean rises and no set loses: a model
            // for every kind of news does not buy one kind with another.
            async Task<(MatchModel, double)> Refine(MatchModel current, RefineSteps steps, int pass)
            {
                var score = await Evaluate(current);
                // No set may end below where the pass began (less MaxLoss): small losses must not add up.
                var floors = lastScores.ToArray();
                for (var i = 0; i <= current.Weights.Length; i++)
                {
                    foreach (var direction in new[] { 1f, -1f })
                    {
                        // A move that pays is tried again the same way, up to a few times (a weight at 0 may need several steps).
                        var moved = 0;
                        while (moved < RefineSteps.MaxRepeats)
                        {
                            var candidate = steps.Move(current, i, direction);
                            var candidateScore = await Evaluate(candidate, stopBelow: floors);
                            if (!RefineSteps.Improves(candidateScore, lastScores, score, floors))
                            {
                                break;
                            }
                            (current, score) = (candidate, candidateScore);
                            moved++;
                            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"refine {pass}: {RefineSteps.NameOf(current, i)} -> {RefineSteps.ValueOf(current, i):F3}, mean {score:F4}"));
                        }
                        if (moved > 0)
                        {
                            break;
                        }
                    }
                }
                return (current, score);
            }

            // With stopBelow, the replays stop at the first set whose F1 falls more than RefineSteps.MaxLoss
            // under it (the mean is then NaN): a move that costs one set is refused whatever the others gain.
            async Task<double> Evaluate(MatchModel candidate, List<string>? rows = null, List<List<MatchSample>>? perSet = null, IReadOnlyList<double>? stopBelow = null)
            {
                var total = 0.0;
                var report = new List<string>();
                lastScores.Clear();
                foreach (var set in data)
                {
                    var recorder = rows is null && perSet is null ? null : new SampleRecorder(set);
                    await using var engine = await InProcessEngine.Start(new AssignmentOptions { Model = candidate }, recorder: recorder);
                    var predicted = await Replayer.Run(engine, set.Replay.Articles, null, cancellationToken);
                    var scores = ClusteringScores.Compute(predicted, set.Gold);
                    total += scores.BCubed.F1;
                    lastScores.Add(scores.BCubed.F1);
                    report.Add(string.Create(CultureInfo.InvariantCulture, $"{set.Name} {scores.BCubed.F1:F4} (P {scores.BCubed.Precision:F3} R {scores.BCubed.Recall:F3})"));
                    if (stopBelow is not null && scores.BCubed.F1 < stopBelow[lastScores.Count - 1] - RefineSteps.MaxLoss)
                    {
                        Console.WriteLine($"  (stopped: {string.Join("  ", report)})");
                        return double.NaN;
                    }
                    perSet?.Add([.. recorder!.Samples]);
                    rows?.AddRange(recorder!.Rows.Select(row => set.Name + "\t" + row));
                }
                var mean = total / data.Count;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {mean:F4}  {string.Join("  ", report)}  threshold {candidate.Threshold}"));
                return mean;
            }
        });
        return command;
    }

    /// <summary>
    /// Every set's candidates weighed so that each set counts alike in the fit, whatever its size: a
    /// model for every kind of news, not for the kind with the most headlines. The order is the sets'
    /// and, within a set, the one the replay measured them in (one article at a time): the fit is deterministic.
    /// </summary>
    private static List<MatchSample> Balanced(List<List<MatchSample>> perSet)
    {
        var total = perSet.Sum(set => set.Count);
        var balanced = new List<MatchSample>(total);
        foreach (var set in perSet.Where(set => set.Count > 0))
        {
            var weight = total / (double)(perSet.Count(s => s.Count > 0) * set.Count);
            balanced.AddRange(set.Select(sample => sample with { Weight = weight }));
        }
        return balanced;
    }

    /// <summary>
    /// Replays every set with every combination of the grid applied to the starting model, one line a
    /// combination, and returns the model of the best mean BCubed F1 (the first of equals).
    /// </summary>
    private static async Task<MatchModel> Search(WeightGrid grid, MatchModel start, List<LabelledSet> data, CancellationToken cancellationToken)
    {
        var articles = Math.Max(1, data.Sum(set => set.Replay.Articles.Count));
        var (best, bestScore, bestCombination) = (start, double.NegativeInfinity, "");
        var number = 0;
        // The bar goes to stderr: stdout holds the combinations' lines alone, to be kept as a record.
        var progressConsole = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        foreach (var combination in grid.Combinations())
        {
            number++;
            var candidate = combination.ApplyTo(start);
            var report = new List<string>();
            var total = 0.0;
            // The bar covers one combination's replays of all sets; it clears before the combination's line is printed.
            await progressConsole.Progress().AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask($"{number}/{grid.Count} {combination}".EscapeMarkup(), maxValue: articles);
                    foreach (var set in data)
                    {
                        await using var engine = await InProcessEngine.Start(new AssignmentOptions { Model = candidate });
                        var predicted = await Replayer.Replay(engine, set.Replay.Articles, task, cancellationToken);
                        var scores = ClusteringScores.Compute(predicted, set.Gold);
                        total += scores.BCubed.F1;
                        report.Add(string.Create(CultureInfo.InvariantCulture, $"{set.Name} {scores.BCubed.F1:F4} (P {scores.BCubed.Precision:F3} R {scores.BCubed.Recall:F3})"));
                    }
                });
            var mean = total / data.Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{combination}  mean {mean:F4}  {string.Join("  ", report)}"));
            if (mean > bestScore)
            {
                (best, bestScore, bestCombination) = (candidate, mean, combination.ToString());
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"best mean BCubed F1 {bestScore:F4} at {bestCombination} (the starting model: {grid.ValuesOf(start)})"));
        return best;
    }

    /// <summary>Labels each measured candidate by whether it was started by an article of the same gold story.</summary>
    private sealed class SampleRecorder(LabelledSet set) : IAssignmentRecorder
    {
        private readonly ConcurrentQueue<MatchSample> _samples = new();
        private readonly ConcurrentQueue<string> _rows = new();

        public IEnumerable<MatchSample> Samples => _samples;

        /// <summary>article, rank, story, same story (1/0), measures: one line per measured candidate.</summary>
        public IEnumerable<string> Rows => _rows;

        public void Candidates(string articleId, IReadOnlyList<string> storyIds, IReadOnlyList<float[]> features)
        {
            if (!set.Gold.TryGetValue(articleId, out var gold))
            {
                return;
            }
            for (var i = 0; i < storyIds.Count; i++)
            {
                if (features[i].Length == 0 || !set.FirstArticleOfStory.TryGetValue(storyIds[i], out var first) || !set.Gold.TryGetValue(first, out var storyGold))
                {
                    continue;
                }
                _samples.Enqueue(new MatchSample(features[i], storyGold == gold));
                _rows.Enqueue(string.Join('\t', new[] { articleId, i.ToString(CultureInfo.InvariantCulture), storyIds[i], storyGold == gold ? "1" : "0" }
                    .Concat(features[i].Select(value => value.ToString("R", CultureInfo.InvariantCulture)))));
            }
        }
    }
}
