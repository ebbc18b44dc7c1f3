using Clustering.Cli.Ingest;
using Clustering.Testing;
using Spectre.Console;

namespace Clustering.IntegrationTests;

/// <summary>Runs the CLI's own ingest path (file reading, batching, summary) against a test silo.</summary>
internal static class Ingesting
{
    public static Task<IngestSummary> Ingest(TestSilo silo, params string[] paths) => Ingest(silo, null, paths);

    public static async Task<IngestSummary> Ingest(TestSilo silo, Action<IngestProgress>? observe, params string[] paths)
    {
        var (files, problems) = ArticleSourceReader.Expand(paths);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null), Interactive = InteractionSupport.No });
        return await new IngestRunner(silo.Client, console, observe).Run(files, problems, TestContext.Current.CancellationToken);
    }
}
