using System.CommandLine;
using System.Diagnostics;
using Clustering.Cli.Replay;
using Clustering.Core.Evaluation;
using Spectre.Console;

namespace Clustering.Cli.Verbs;

internal static class ClusterVerb
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--in") { Description = "NDJSON articles to replay in published order", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "where to write articleId<TAB>storyId", Required = true };
        var factsOut = new Option<FileInfo?>("--facts-out") { Description = "also write storyId<TAB>slot<TAB>value<TAB>status for each story's consensus" };
        var command = new Command("cluster", "Replay a file through the engine in-process and write each article's story") { input, output, factsOut };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var file = parse.GetValue(input)!;
            if (!file.Exists)
            {
                await Console.Error.WriteLineAsync($"clustering: {file.FullName}: no such file");
                return ExitCodes.BadArguments;
            }
            var clock = Stopwatch.StartNew();
            var replay = await ReplayFile.Read(file.FullName, cancellationToken);
            ReportRejected(replay);
            await using var engine = await InProcessEngine.Start();
            var assignments = await Replayer.Run(engine, replay.Articles, AnsiConsole.Console, cancellationToken);
            LabelFiles.Write(parse.GetValue(output)!.FullName, assignments);
            if (parse.GetValue(factsOut) is { } factsFile)
            {
                var facts = await Replayer.Facts(engine, assignments.Values);
                await File.WriteAllLinesAsync(factsFile.FullName, facts.Select(fact => string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"{fact.StoryId}\t{fact.Slot}\t{fact.Value}\t{fact.Status}")), cancellationToken);
            }
            AnsiConsole.MarkupLineInterpolated($"{assignments.Count} articles in {assignments.Values.Distinct().Count()} stories, {clock.Elapsed.TotalSeconds:F1} s");
            return ExitCodes.Success;
        });
        return command;
    }

    public static void ReportRejected(ReplayFile replay)
    {
        foreach (var reason in replay.Rejected)
        {
            Console.Error.WriteLine("clustering: rejected " + reason);
        }
    }
}
