using System.CommandLine;
using Clustering.Cli.Ingest;
using Clustering.Client;
using Spectre.Console;

namespace Clustering.Cli.Verbs;

internal static class IngestVerb
{
    public static Command Create(Option<string> server, Option<string?> apiKey)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = ".txt, .json or .ndjson files, or folders of them",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("ingest", "Send articles to the engine, with a progress bar and a closing summary") { paths };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var inputs = parse.GetValue(paths)!;
            if (inputs.FirstOrDefault(path => path.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) is { } url)
            {
                await Console.Error.WriteLineAsync($"clustering: feed and page URLs are not supported yet ({url}); pass files or folders");
                return ExitCodes.BadArguments;
            }

            var (files, problems) = ArticleSourceReader.Expand(inputs);
            if (files.Count == 0)
            {
                await Console.Error.WriteLineAsync("clustering: nothing to ingest: " + string.Join("; ", problems.DefaultIfEmpty("no .txt, .json or .ndjson files found")));
                return ExitCodes.BadArguments;
            }

            using var http = ServerConnection.CreateHttpClient(parse.GetValue(server)!, parse.GetValue(apiKey));
            var runner = new IngestRunner(new ClusteringHttpClient(http), AnsiConsole.Console);
            var summary = await runner.Run(files, problems, cancellationToken);
            PrintSummary(summary);
            return summary.Accepted + summary.Duplicates > 0 || summary.Rejected.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }

    private static void PrintSummary(IngestSummary summary)
    {
        var table = new Table().AddColumns("accepted", "duplicates", "rejected");
        table.AddRow(summary.Accepted.ToString(System.Globalization.CultureInfo.InvariantCulture),
            summary.Duplicates.ToString(System.Globalization.CultureInfo.InvariantCulture),
            summary.Rejected.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
        foreach (var reason in summary.Rejected)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]rejected[/] {reason}");
        }
    }
}
