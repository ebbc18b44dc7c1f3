using System.CommandLine;
using Clustering.Cli.Ingest;
using Clustering.Cli.Web;
using Clustering.Client;
using Spectre.Console;

namespace Clustering.Cli.Verbs;

internal static class IngestVerb
{
    public static Command Create(Option<string> server, Option<string?> apiKey)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = ".txt, .json or .ndjson files, folders of them, feed URLs (RSS, Atom, JSON Feed) or HTML page URLs",
            Arity = ArgumentArity.OneOrMore,
        };
        var follow = new Option<bool>("--follow") { Description = "keep polling the feed URLs for new items until Ctrl-C" };
        var interval = new Option<int>("--interval")
        {
            Description = "seconds between two polls of a feed with --follow",
            DefaultValueFactory = _ => 60,
        };
        interval.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 86400)
            {
                result.AddError("--interval must be from 1 to 86400 seconds");
            }
        });
        var command = new Command("ingest", "Send articles to the engine, with a progress bar and a closing summary") { paths, follow, interval };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var inputs = parse.GetValue(paths)!;
            var urls = inputs.Where(WebSource.IsUrl).Select(input => new Uri(input)).ToList();
            var (files, problems) = ArticleSourceReader.Expand(inputs.Where(input => !WebSource.IsUrl(input)));
            if (files.Count == 0 && urls.Count == 0)
            {
                await Console.Error.WriteLineAsync("clustering: nothing to ingest: " + string.Join("; ", problems.DefaultIfEmpty("no .txt, .json or .ndjson files found")));
                return ExitCodes.BadArguments;
            }

            using var http = ServerConnection.CreateHttpClient(parse.GetValue(server)!, parse.GetValue(apiKey));
            var client = new ClusteringHttpClient(http);
            var summary = new IngestSummary(0, 0, problems);
            if (files.Count > 0 || problems.Count > 0)
            {
                summary = await new IngestRunner(client, AnsiConsole.Console).Run(files, problems, cancellationToken);
            }
            var webRejected = 0;
            if (urls.Count > 0)
            {
                using var fetcher = WebSource.CreateHttpClient();
                var web = new WebIngest(client, new WebSource(fetcher), Console.Out);
                await web.Run(urls, parse.GetValue(follow), TimeSpan.FromSeconds(parse.GetValue(interval)), cancellationToken);
                webRejected = web.Rejected.Count;
                summary = new IngestSummary(summary.Accepted + web.Accepted, summary.Duplicates + web.Duplicates, summary.Rejected);
            }
            PrintSummary(summary, webRejected);
            if (summary.Accepted + summary.Duplicates > 0 || summary.Rejected.Count + webRejected == 0)
            {
                return ExitCodes.Success;
            }
            await Console.Error.WriteLineAsync(FormattableString.Invariant($"clustering: nothing ingested: {summary.Rejected.Count + webRejected} rejected"));
            return ExitCodes.Failure;
        });
        return command;
    }

    /// <summary>The closing table; rejected items of URLs were printed as they came, those of files are printed here.</summary>
    private static void PrintSummary(IngestSummary summary, int alreadyPrinted)
    {
        var table = new Table().AddColumns("accepted", "duplicates", "rejected");
        table.AddRow(summary.Accepted.ToString(System.Globalization.CultureInfo.InvariantCulture),
            summary.Duplicates.ToString(System.Globalization.CultureInfo.InvariantCulture),
            (summary.Rejected.Count + alreadyPrinted).ToString(System.Globalization.CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
        foreach (var reason in summary.Rejected)
        {
            // Plain and unwrapped: one line per rejected file or line, whatever the terminal's width.
            Console.Out.WriteLine("rejected " + OneLine.Of(reason));
        }
    }
}
