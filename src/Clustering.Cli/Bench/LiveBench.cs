using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Clustering.Abstractions.Stories;
using Clustering.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Clustering.Cli.Bench;

/// <summary>The settings of one `bench-live` run.</summary>
/// <param name="FeedBatches">clients follow "*" in `storyFeed` batches (as the board does); false: one message per change.</param>
/// <param name="MessagePack">clients speak the hub's MessagePack protocol (as .NET clients may); false: JSON, as browsers.</param>
internal sealed record LiveBenchOptions(Uri Server, int Rate, int Clients, int Seconds, int Batch, int WarmupSeconds, int Topics, bool FeedBatches = true, bool MessagePack = true);

/// <summary>Latency percentiles in milliseconds over every (client, article) receipt.</summary>
internal sealed record LatencySummary(long Count, double P50, double P95, double P99, double Max, double Mean)
{
    public static LatencySummary Of(List<double> values)
    {
        if (values.Count == 0)
        {
            return new LatencySummary(0, 0, 0, 0, 0, 0);
        }
        values.Sort();
        double At(double q) => values[Math.Min(values.Count - 1, (int)Math.Ceiling(q * values.Count) - 1)];
        return new LatencySummary(values.Count, At(0.50), At(0.95), At(0.99), values[^1], values.Average());
    }
}

internal sealed record LiveBenchResult(
    LiveBenchOptions Options,
    int ArticlesPosted,
    int ArticlesMeasured,
    double AchievedRate,
    int Stories,
    long ExpectedReceipts,
    long Receipts,
    long Missing,
    long BeforeAck,
    LatencySummary AckToReceipt,
    LatencySummary SendToReceipt,
    LatencySummary SendToAck);

/// <summary>
/// Posts articles at a fixed rate (NDJSON batches on a timer, several in flight) while N hub clients
/// follow "*", and measures, per article and client, the time from the ingest acknowledgement (the
/// batch's 202) to the client's receipt of the change that carries that article. Receipts can come
/// before the batch's ack (the batch is absorbed in order, its first lines pushed before its last is
/// done): those count as 0 ms and are counted apart. Send→receipt is reported too, as the upper bound.
/// </summary>
internal sealed class LiveBench(LiveBenchOptions options, ClusteringHttpClient http, TextWriter log)
{
    private const string DispatchMark = " dispatch ";

    public async Task<LiveBenchResult> Run(CancellationToken cancellationToken)
    {
        var total = options.Rate * options.Seconds;
        var sent = new long[total];
        var acked = new long[total];
        var receipts = new long[options.Clients][];
        var runId = Guid.NewGuid().ToString("N")[..8];

        var clients = new List<StoryHubClient>();
        try
        {
            for (var c = 0; c < options.Clients; c++)
            {
                var mine = receipts[c] = new long[total];
                var client = new StoryHubClient(options.Server, feedBatches: options.FeedBatches,
                    configure: options.MessagePack ? builder => builder.AddMessagePackProtocol() : null);
                // Timestamps only, first arrival wins; the analysis happens after the run.
                client.StoryCreated += summary => Mark(mine, IndexOf(summary.Title));
                client.StoryUpdated += update =>
                {
                    foreach (var article in update.Changes.ArticlesAdded)
                    {
                        Mark(mine, IndexOf(article.Title));
                    }
                };
                await client.Start(cancellationToken);
                await client.Subscribe("*", 0, cancellationToken);
                clients.Add(client);
            }
            await log.WriteLineAsync($"{options.Clients} clients follow \"*\" ({(options.FeedBatches ? "in batches" : "a message per change")}, {(options.MessagePack ? "MessagePack" : "JSON")}); posting {total} articles at {options.Rate}/s in batches of {options.Batch}");

            var stories = new HashSet<string>(StringComparer.Ordinal);
            var inFlight = new List<Task>();
            // Batch 1: single POSTs (each article has its own ack), a handful per 10 ms tick;
            // otherwise one NDJSON batch per tick.
            var perTick = options.Batch > 1 ? options.Batch : Math.Max(1, options.Rate / 100);
            var batches = (total + perTick - 1) / perTick;
            var period = TimeSpan.FromSeconds((double)perTick / options.Rate);
            var started = Stopwatch.GetTimestamp();
            for (var b = 0; b < batches; b++)
            {
                var due = started + (long)(period.TotalSeconds * b * Stopwatch.Frequency);
                var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, cancellationToken);
                }
                var first = b * perTick;
                var count = Math.Min(perTick, total - first);
                if (options.Batch > 1)
                {
                    inFlight.Add(PostBatch(runId, first, count, sent, acked, stories, cancellationToken));
                }
                else
                {
                    for (var n = first; n < first + count; n++)
                    {
                        inFlight.Add(PostOne(runId, n, sent, acked, stories, cancellationToken));
                    }
                }
                inFlight.RemoveAll(task => task.IsCompletedSuccessfully);
            }
            await Task.WhenAll(inFlight);
            var elapsed = Stopwatch.GetElapsedTime(started);
            await log.WriteLineAsync($"posted {total} in {elapsed.TotalSeconds:0.0} s; waiting for the last pushes");

            // Wait (up to 15 s) until every client has every article, without a fixed sleep.
            var deadline = Stopwatch.GetTimestamp() + 15 * Stopwatch.Frequency;
            while (Stopwatch.GetTimestamp() < deadline && receipts.Any(mine => Array.IndexOf(mine, 0L) >= 0))
            {
                await Task.Delay(100, cancellationToken);
            }

            return Analyse(total, sent, acked, receipts, stories.Count, total / elapsed.TotalSeconds);
        }
        finally
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }
        }
    }

    private async Task PostOne(string runId, int n, long[] sent, long[] acked, HashSet<string> stories, CancellationToken cancellationToken)
    {
        var article = Article(runId, n);
        sent[n] = Stopwatch.GetTimestamp();
        var response = await http.PostArticle(article, cancellationToken);
        acked[n] = Stopwatch.GetTimestamp();
        if (response.StoryId is { } id)
        {
            lock (stories)
            {
                stories.Add(id);
            }
        }
    }

    private async Task PostBatch(string runId, int first, int count, long[] sent, long[] acked, HashSet<string> stories, CancellationToken cancellationToken)
    {
        var lines = new List<string>(count);
        for (var n = first; n < first + count; n++)
        {
            lines.Add(JsonSerializer.Serialize(Article(runId, n)));
        }
        var now = Stopwatch.GetTimestamp();
        for (var n = first; n < first + count; n++)
        {
            sent[n] = now;
        }
        var response = await http.PostBatch(lines, cancellationToken);
        var ack = Stopwatch.GetTimestamp();
        for (var n = first; n < first + count; n++)
        {
            acked[n] = ack;
        }
        lock (stories)
        {
            foreach (var item in response.Items)
            {
                if (item.StoryId is { } id)
                {
                    stories.Add(id);
                }
            }
        }
    }

    // Articles about a fixed set of invented events, each with words of its own (made-up place and
    // people names), so each event is one story that grows, as on a news day with many stories.
    private object Article(string runId, int n)
    {
        var topic = n % options.Topics;
        var words = TopicWords(topic);
        return new
        {
            id = $"bench-{runId}-{n}",
            title = $"{words[0]} {words[1]} {words[2]}{DispatchMark}{n.ToString(CultureInfo.InvariantCulture)}",
            text = $"{string.Join(' ', words)}. {words[3]} {words[0]} {words[4]} {words[1]} {words[5]} {words[2]}.",
            source = $"Bench Wire {n % 7}",
        };
    }

    private static readonly string[] Syllables = ["ka", "lo", "mi", "ren", "tas", "vo", "qui", "bel", "dor", "fen", "gal", "hur", "jin", "pex", "zor", "wyn"];

    private static string[] TopicWords(int topic) => [.. Enumerable.Range(0, 6).Select(word =>
    {
        var seed = (uint)(topic * 7919 + word * 104729 + 17);
        var syllables = new System.Text.StringBuilder();
        for (var i = 0; i < 3; i++)
        {
            seed = seed * 1103515245 + 12345;
            syllables.Append(Syllables[(seed >> 16) % Syllables.Length]);
        }
        syllables.Append(topic.ToString(CultureInfo.InvariantCulture));
        syllables[0] = char.ToUpperInvariant(syllables[0]);
        return syllables.ToString();
    })];

    private static int IndexOf(string title)
    {
        var at = title.LastIndexOf(DispatchMark, StringComparison.Ordinal);
        return at >= 0 && int.TryParse(title.AsSpan(at + DispatchMark.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
    }

    private static void Mark(long[] receipts, int n)
    {
        if (n >= 0 && n < receipts.Length)
        {
            Interlocked.CompareExchange(ref receipts[n], Stopwatch.GetTimestamp(), 0);
        }
    }

    private LiveBenchResult Analyse(int total, long[] sent, long[] acked, long[][] receipts, int stories, double achievedRate)
    {
        var warmup = Math.Min(total, options.WarmupSeconds * options.Rate);
        var ackToReceipt = new List<double>();
        var sendToReceipt = new List<double>();
        var sendToAck = new List<double>();
        long missing = 0, beforeAck = 0;
        for (var n = warmup; n < total; n++)
        {
            sendToAck.Add(Stopwatch.GetElapsedTime(sent[n], acked[n]).TotalMilliseconds);
            foreach (var mine in receipts)
            {
                if (mine[n] == 0)
                {
                    missing++;
                    continue;
                }
                var afterAck = Stopwatch.GetElapsedTime(acked[n], mine[n]).TotalMilliseconds;
                if (mine[n] < acked[n])
                {
                    beforeAck++;
                    afterAck = 0;
                }
                ackToReceipt.Add(afterAck);
                sendToReceipt.Add(Stopwatch.GetElapsedTime(sent[n], mine[n]).TotalMilliseconds);
            }
        }
        var measured = total - warmup;
        return new LiveBenchResult(options, total, measured, achievedRate, stories, (long)measured * options.Clients,
            ackToReceipt.Count, missing, beforeAck, LatencySummary.Of(ackToReceipt), LatencySummary.Of(sendToReceipt), LatencySummary.Of(sendToAck));
    }
}
