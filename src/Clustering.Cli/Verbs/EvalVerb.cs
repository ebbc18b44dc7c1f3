using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Clustering.Cli.Replay;
using Clustering.Core.Assignment;
using Clustering.Core.Evaluation;
using Clustering.Grains.Assignment;
using Spectre.Console;

namespace Clustering.Cli.Verbs;

internal static class EvalVerb
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--in") { Description = "NDJSON articles", Required = true };
        var gold = new Option<FileInfo>("--gold") { Description = "articleId<TAB>goldStoryId", Required = true };
        var output = new Option<FileInfo?>("--out") { Description = "also write the predicted articleId<TAB>storyId" };
        var goldFacts = new Option<FileInfo?>("--facts") { Description = "gold facts, incident<TAB>killed|injured<TAB>count: also score the stories' consensus" };
        var model = new Option<FileInfo?>("--model") { Description = "score this assignment model (JSON as `tune --write` makes it) instead of the shipped default" };
        var command = new Command("eval", "Replay a file through the engine and score its stories against gold labels") { input, gold, output, goldFacts, model };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var file = parse.GetValue(input)!;
            var goldFile = parse.GetValue(gold)!;
            foreach (var required in new[] { file, goldFile })
            {
                if (!required.Exists)
                {
                    await Console.Error.WriteLineAsync($"clustering: {required.FullName}: no such file");
                    return ExitCodes.BadArguments;
                }
            }

            var clock = Stopwatch.StartNew();
            var replay = await ReplayFile.Read(file.FullName, cancellationToken);
            ClusterVerb.ReportRejected(replay);
            var labels = LabelFiles.Read(goldFile.FullName);
            var options = parse.GetValue(model) is { } modelFile
                ? new AssignmentOptions { Model = MatchModel.FromJson(await File.ReadAllTextAsync(modelFile.FullName, cancellationToken)) }
                : null;
            await using var engine = await InProcessEngine.Start(options);
            var predicted = await Replayer.Run(engine, replay.Articles, AnsiConsole.Console, cancellationToken);
            if (parse.GetValue(output) is { } outFile)
            {
                LabelFiles.Write(outFile.FullName, predicted);
            }
            var scores = ClusteringScores.Compute(predicted, labels);
            Print(file.Name, scores, clock.Elapsed);
            if (parse.GetValue(goldFacts) is { } factsFile)
            {
                if (!factsFile.Exists)
                {
                    await Console.Error.WriteLineAsync($"clustering: {factsFile.FullName}: no such file");
                    return ExitCodes.BadArguments;
                }
                var storyFacts = (await Replayer.Facts(engine, predicted.Values)).Select(fact => new StoryFact(fact.StoryId, fact.Slot, fact.Value));
                var report = FactScores.Score(predicted, labels, FactScores.ReadGoldFacts(await File.ReadAllLinesAsync(factsFile.FullName, cancellationToken)), storyFacts);
                // Killed and injured first, as before; every other slot the gold file names after the overall figure.
                var others = string.Concat(report.Others.Select(slot => string.Create(CultureInfo.InvariantCulture,
                    $" {slot.Slot.Replace(' ', '_')}={slot.Accuracy:F4} ({slot.Correct}/{slot.Total})")));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"eval {file.Name} facts: killed={report.Killed.Accuracy:F4} ({report.Killed.Correct}/{report.Killed.Total}) injured={report.Injured.Accuracy:F4} ({report.Injured.Correct}/{report.Injured.Total}) overall={report.Overall.Accuracy:F4}{others}"));
            }
            return ExitCodes.Success;
        });
        return command;
    }

    public static void Print(string name, ClusteringScores scores, TimeSpan elapsed)
    {
        var table = new Table().Title(name).AddColumns("measure", "precision", "recall", "F1");
        table.AddRow("pairwise", F(scores.Pairwise.Precision), F(scores.Pairwise.Recall), F(scores.Pairwise.F1));
        table.AddRow("BCubed", F(scores.BCubed.Precision), F(scores.BCubed.Recall), F(scores.BCubed.F1));
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{scores.Articles} articles, {scores.PredictedStories} predicted stories, {scores.GoldStories} gold stories, {elapsed.TotalSeconds:F1} s"));
        // A plain line for scripts and CI logs.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"eval {name}: bcubed_f1={scores.BCubed.F1:F4} bcubed_p={scores.BCubed.Precision:F4} bcubed_r={scores.BCubed.Recall:F4} pairwise_f1={scores.Pairwise.F1:F4}"));

        static string F(double value) => value.ToString("F4", CultureInfo.InvariantCulture);
    }
}
