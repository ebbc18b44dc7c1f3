using Clustering.Client;
using Spectre.Console;

namespace Clustering.Cli.Ingest;

internal sealed record IngestSummary(int Accepted, int Duplicates, IReadOnlyList<string> Rejected);

/// <summary>How far an ingest is: items (articles and unreadable entries) answered or rejected, of those counted beforehand.</summary>
internal readonly record struct IngestProgress(int Done, int Total);

/// <summary>
/// Reads the inputs, sends them in batches with a progress bar counted in articles (a single file
/// of thousands moves as its batches are answered), and sums up what the server said.
/// </summary>
internal sealed class IngestRunner(ClusteringHttpClient client, IAnsiConsole console, Action<IngestProgress>? observe = null)
{
    public const int BatchSize = 100;

    public async Task<IngestSummary> Run(IReadOnlyList<string> files, IReadOnlyList<string> problems, CancellationToken cancellationToken)
    {
        var rejected = new List<string>(problems);
        int accepted = 0, duplicates = 0, done = 0;
        var total = await ArticleSourceReader.Count(files, cancellationToken);

        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(Described(0), maxValue: Math.Max(1, total));
                var batch = new List<(string Origin, string Json)>(BatchSize);
                foreach (var file in files)
                {
                    await foreach (var item in ArticleSourceReader.Read(file, DateTimeOffset.UtcNow).WithCancellation(cancellationToken))
                    {
                        if (item.Article is null)
                        {
                            rejected.Add($"{item.Origin}: {item.Error}");
                            Advance(1);
                            continue;
                        }
                        batch.Add((item.Origin, ArticleSourceReader.ToJson(item.Article)));
                        if (batch.Count == BatchSize)
                        {
                            await Send(batch);
                        }
                    }
                }
                if (batch.Count > 0)
                {
                    await Send(batch);
                }
                task.Value = task.MaxValue;

                void Advance(int items)
                {
                    // A file grown since it was counted: the total follows, so the bar never runs past its end.
                    done += items;
                    total = Math.Max(total, done);
                    task.MaxValue = Math.Max(1, total);
                    task.Value = done;
                    task.Description = Described(done);
                    observe?.Invoke(new IngestProgress(done, total));
                }

                async Task Send(List<(string Origin, string Json)> lines)
                {
                    var response = await client.PostBatch(lines.Select(line => line.Json), cancellationToken);
                    // A write-thru is new content taken in: counted with the accepted.
                    accepted += response.Accepted + response.Revised;
                    duplicates += response.Duplicates;
                    rejected.AddRange(response.Rejected.Select(rejection => $"{lines[rejection.Line - 1].Origin}: {rejection.Error}"));
                    Advance(lines.Count);
                    lines.Clear();
                }
            });

        return new IngestSummary(accepted, duplicates, rejected);

        string Described(int count) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"ingesting {count:N0} of {total:N0} articles");
    }
}
