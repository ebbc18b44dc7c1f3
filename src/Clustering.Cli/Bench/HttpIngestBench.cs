using System.Collections.Concurrent;
using System.Diagnostics;
using Clustering.Cli.Ingest;
using Clustering.Client;
using Clustering.Core.Articles;
using Spectre.Console;

namespace Clustering.Cli.Bench;

/// <summary>
/// (2) HTTP ingest end to end: N senders each post NDJSON batches as fast as the server answers.
/// The server answers a batch only once its articles are recorded and absorbed into their stories,
/// so the clock stops at the last answer; afterwards every story named in the answers is fetched
/// and each article checked to be in it (following merges), which the figure reports as verified.
/// </summary>
internal sealed class HttpIngestBench(ClusteringHttpClient http, int senders, int batch)
{
    private const int VerifyParallelism = 4;

    public async Task<HttpFigure> Run(IReadOnlyList<Article> articles, IAnsiConsole console, CancellationToken cancellationToken, string? label = null)
    {
        // Serialised beforehand: the figure is the server's, not the sender's JSON writer.
        var batches = articles.Select(ArticleSourceReader.ToJson).Chunk(batch).ToArray();
        var storyOf = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        int accepted = 0, duplicates = 0, rejected = 0, next = -1;
        var clock = new Stopwatch();
        TimeSpan cpuBefore = default, cpu = default;
        long allocatedBefore = 0, allocated = 0;

        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(label ?? $"HTTP ingest, {senders} senders", maxValue: Math.Max(1, articles.Count));
                cpuBefore = Environment.CpuUsage.TotalTime;
                allocatedBefore = GC.GetTotalAllocatedBytes();
                clock.Start();
                await Task.WhenAll(Enumerable.Range(0, senders).Select(async _ =>
                {
                    for (var b = Interlocked.Increment(ref next); b < batches.Length; b = Interlocked.Increment(ref next))
                    {
                        var response = await http.PostBatch(batches[b], cancellationToken);
                        Interlocked.Add(ref accepted, response.Accepted);
                        Interlocked.Add(ref duplicates, response.Duplicates);
                        Interlocked.Add(ref rejected, response.Rejected.Count);
                        foreach (var item in response.Items)
                        {
                            if (item.StoryId is { } storyId)
                            {
                                storyOf[item.Id] = storyId;
                            }
                        }
                        task.Increment(batches[b].Length);
                    }
                }));
                clock.Stop();
                cpu = Environment.CpuUsage.TotalTime - cpuBefore;
                allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
            });

        var verifyClock = Stopwatch.StartNew();
        var (verified, stories) = await Verify(storyOf, cancellationToken);
        verifyClock.Stop();
        var seconds = clock.Elapsed.TotalSeconds;
        return new HttpFigure(http.Http.BaseAddress?.ToString() ?? string.Empty, articles.Count, senders, batch, accepted, duplicates, rejected, stories,
            Math.Round(seconds, 2), Math.Round(articles.Count / seconds, 1), verified, Math.Round(verifyClock.Elapsed.TotalSeconds, 2), Gc: null)
        {
            CpuMicrosPerArticle = Math.Round(cpu.TotalMicroseconds / Math.Max(1, articles.Count)),
            AllocatedBytesPerArticle = allocated / Math.Max(1, articles.Count),
        };
    }

    /// <summary>How many articles sit in the story the server named (or the one it merged into), and in how many stories.</summary>
    private async Task<(int Verified, int Stories)> Verify(ConcurrentDictionary<string, string> storyOf, CancellationToken cancellationToken)
    {
        var verified = 0;
        var current = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var byStory = storyOf.GroupBy(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal).ToArray();
        await Parallel.ForEachAsync(byStory, new ParallelOptions { MaxDegreeOfParallelism = VerifyParallelism, CancellationToken = cancellationToken },
            async (story, token) =>
            {
                // A merged-away story redirects to the one it went into; the client follows.
                if (await http.GetStory(story.Key, token) is not { } view)
                {
                    return;
                }
                current.TryAdd(view.Id, 0);
                var members = view.Articles.Select(article => article.Id).ToHashSet(StringComparer.Ordinal);
                Interlocked.Add(ref verified, story.Count(members.Contains));
            });
        return (verified, current.Count);
    }
}
