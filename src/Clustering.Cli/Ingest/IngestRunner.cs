using Clustering.Client;
using Spectre.Console;

namespace Clustering.Cli.Ingest;

internal sealed record IngestSummary(int Accepted, int Duplicates, IReadOnlyList<string> Rejected);

/// <summary>Reads the inputs, sends them in batches with a progress bar, and sums up what the server said.</summary>
internal sealed class IngestRunner(ClusteringHttpClient client, IAnsiConsole console)
{
    public const int BatchSize = 100;

    public async Task<IngestSummary> Run(IReadOnlyList<string> files, IReadOnlyList<string> problems, CancellationToken cancellationToken)
    {
        var rejected = new List<string>(problems);
        int accepted = 0, duplicates = 0;

        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("ingesting", maxValue: Math.Max(1, files.Count));
                var batch = new List<(string Origin, string Json)>(BatchSize);
                foreach (var file in files)
                {
                    await foreach (var item in ArticleSourceReader.Read(file, DateTimeOffset.UtcNow).WithCancellation(cancellationToken))
                    {
                        if (item.Article is null)
                        {
                            rejected.Add($"{item.Origin}: {item.Error}");
                            continue;
                        }
                        batch.Add((item.Origin, ArticleSourceReader.ToJson(item.Article)));
                        if (batch.Count == BatchSize)
                        {
                            await Send(batch);
                        }
                    }
                    task.Increment(1);
                }
                if (batch.Count > 0)
                {
                    await Send(batch);
                }
                task.Value = task.MaxValue;

                async Task Send(List<(string Origin, string Json)> lines)
                {
                    var response = await client.PostBatch(lines.Select(line => line.Json), cancellationToken);
                    // A write-thru is new content taken in: counted with the accepted.
                    accepted += response.Accepted + response.Revised;
                    duplicates += response.Duplicates;
                    rejected.AddRange(response.Rejected.Select(rejection => $"{lines[rejection.Line - 1].Origin}: {rejection.Error}"));
                    lines.Clear();
                }
            });

        return new IngestSummary(accepted, duplicates, rejected);
    }
}
