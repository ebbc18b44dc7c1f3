using System.CommandLine;
using System.Globalization;
using Clustering.Cli.Replay;
using Clustering.Core.Evaluation;
using Clustering.Core.Features;
using Clustering.Grains.Assignment;

namespace Clustering.Cli.Verbs;

/// <summary>
/// Fits the assignment settings on labelled sets by coordinate search: one setting at a time over
/// its candidate values, keeping whatever raises the mean BCubed F1 over all sets. The result is
/// printed as the one default configuration to ship; nothing is chosen per data set.
/// </summary>
internal static class TuneVerb
{
    private sealed record Candidate(AssignmentOptions Assignment, FeatureWeights Weights);

    private sealed record Knob(string Name, double[] Values, Func<Candidate, double, Candidate> Set, Func<Candidate, double> Get);

    public static Command Create()
    {
        var sets = new Option<string[]>("--set")
        {
            Description = "a labelled set as A.ndjson=A.gold.tsv (repeatable)",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var rounds = new Option<int>("--rounds") { Description = "passes over all settings", DefaultValueFactory = _ => 1 };
        var only = new Option<string[]>("--only") { Description = "tune only these settings", AllowMultipleArgumentsPerToken = true };
        var command = new Command("tune", "Fit the default assignment settings on labelled sets (coordinate search)") { sets, rounds, only };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var data = new List<(string Name, ReplayFile Replay, Dictionary<string, string> Gold)>();
            foreach (var pair in parse.GetValue(sets)!)
            {
                var parts = pair.Split('=', 2);
                if (parts.Length != 2 || !File.Exists(parts[0]) || !File.Exists(parts[1]))
                {
                    await Console.Error.WriteLineAsync($"clustering: --set {pair}: expected existing A.ndjson=A.gold.tsv");
                    return ExitCodes.BadArguments;
                }
                data.Add((Path.GetFileName(parts[0]), await ReplayFile.Read(parts[0], cancellationToken), LabelFiles.Read(parts[1])));
            }

            var knobs = Knobs();
            var selected = parse.GetValue(only) is { Length: > 0 } names ? knobs.Where(knob => names.Contains(knob.Name)).ToArray() : knobs;
            var best = new Candidate(new AssignmentOptions(), FeatureWeights.Default);
            var bestScore = await Score(best);
            for (var round = 0; round < parse.GetValue(rounds); round++)
            {
                foreach (var knob in selected)
                {
                    foreach (var value in knob.Values)
                    {
                        if (Math.Abs(knob.Get(best) - value) < 1e-9)
                        {
                            continue;
                        }
                        var candidate = knob.Set(best, value);
                        var score = await Score(candidate);
                        if (score > bestScore + 1e-4)
                        {
                            (best, bestScore) = (candidate, score);
                            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  better: {knob.Name}={value} → {score:F4}"));
                        }
                    }
                }
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"best mean BCubed F1 {bestScore:F4} with {Describe(best)}"));
            return ExitCodes.Success;

            async Task<double> Score(Candidate candidate)
            {
                var total = 0.0;
                var parts = new List<string>();
                foreach (var (name, replay, gold) in data)
                {
                    await using var engine = await InProcessEngine.Start(candidate.Assignment, candidate.Weights);
                    var predicted = await Replayer.Run(engine, replay.Articles, null, cancellationToken);
                    var scores = ClusteringScores.Compute(predicted, gold);
                    total += scores.BCubed.F1;
                    parts.Add(string.Create(CultureInfo.InvariantCulture, $"{name} {scores.BCubed.F1:F4} (P {scores.BCubed.Precision:F3} R {scores.BCubed.Recall:F3})"));
                }
                var mean = total / data.Count;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{mean:F4}  {string.Join("  ", parts)}  ← {Describe(candidate)}"));
                return mean;
            }
        });
        return command;
    }

    private static string Describe(Candidate candidate) => string.Create(CultureInfo.InvariantCulture,
        $"threshold={candidate.Assignment.Threshold} timeScaleDays={candidate.Assignment.TimeScaleDays} queryTerms={candidate.Assignment.QueryTerms} "
        + $"title={candidate.Weights.Title} lead={candidate.Weights.Lead} entity={candidate.Weights.Entity} maxBody={candidate.Weights.MaxBodyTokens} maxTerms={candidate.Weights.MaxTerms}");

    private static Knob[] Knobs() =>
    [
        new("threshold", [0.08, 0.1, 0.12, 0.15, 0.18, 0.22, 0.26],
            (c, v) => c with { Assignment = With(c.Assignment, o => o.Threshold = (float)v) }, c => c.Assignment.Threshold),
        new("timeScaleDays", [1, 3, 7, 14, 30, 90],
            (c, v) => c with { Assignment = With(c.Assignment, o => o.TimeScaleDays = (float)v) }, c => c.Assignment.TimeScaleDays),
        new("title", [1, 2, 3, 5],
            (c, v) => c with { Weights = c.Weights with { Title = (float)v } }, c => c.Weights.Title),
        new("lead", [1, 2, 3],
            (c, v) => c with { Weights = c.Weights with { Lead = (float)v } }, c => c.Weights.Lead),
        new("entity", [0, 0.5, 1.5, 3],
            (c, v) => c with { Weights = c.Weights with { Entity = (float)v } }, c => c.Weights.Entity),
        new("maxBody", [100, 200, 400, 800],
            (c, v) => c with { Weights = c.Weights with { MaxBodyTokens = (int)v } }, c => c.Weights.MaxBodyTokens),
        new("maxTerms", [32, 64, 128],
            (c, v) => c with { Weights = c.Weights with { MaxTerms = (int)v } }, c => c.Weights.MaxTerms),
        new("queryTerms", [8, 12, 20],
            (c, v) => c with { Assignment = With(c.Assignment, o => o.QueryTerms = (int)v) }, c => c.Assignment.QueryTerms),
    ];

    private static AssignmentOptions With(AssignmentOptions options, Action<AssignmentOptions> change)
    {
        var copy = new AssignmentOptions
        {
            Threshold = options.Threshold,
            QueryTerms = options.QueryTerms,
            Candidates = options.Candidates,
            IndexedTerms = options.IndexedTerms,
            TimeScaleDays = options.TimeScaleDays,
        };
        change(copy);
        return copy;
    }
}
