using Clustering.Cli.Ingest;
using Clustering.Client;

namespace Clustering.Cli.Web;

/// <summary>
/// Sends what the URLs hold; with follow, polls the feeds among them every interval and sends only
/// items not sent before in this run, or sent with other content (a write-thru under the same id,
/// which the server takes as a revision); the server would absorb a plain resend as a duplicate anyway.
/// </summary>
internal sealed class WebIngest(ClusteringHttpClient client, WebSource web, TextWriter output)
{
    private readonly Dictionary<string, Core.Articles.Article> _sent = new(StringComparer.Ordinal);

    public int Accepted { get; private set; }

    public int Duplicates { get; private set; }

    public List<string> Rejected { get; } = [];

    public async Task Run(IReadOnlyList<Uri> urls, bool follow, TimeSpan interval, CancellationToken cancellationToken)
    {
        var feeds = new List<Uri>();
        foreach (var url in urls)
        {
            var fetch = await web.Fetch(url, DateTimeOffset.UtcNow, cancellationToken);
            if (fetch.IsFeed)
            {
                feeds.Add(url);
            }
            await Send(fetch, cancellationToken);
        }
        if (!follow)
        {
            return;
        }
        if (feeds.Count == 0)
        {
            await output.WriteLineAsync("--follow: none of the URLs is a feed; nothing to poll");
            return;
        }
        await output.WriteLineAsync(FormattableString.Invariant($"following {feeds.Count} feed(s) every {interval.TotalSeconds:0.#} s; Ctrl-C stops"));
        try
        {
            while (true)
            {
                await Task.Delay(interval, cancellationToken);
                foreach (var feed in feeds)
                {
                    await Send(await web.Fetch(feed, DateTimeOffset.UtcNow, cancellationToken), cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl-C: the summary follows.
        }
    }

    private async Task Send(WebFetch fetch, CancellationToken cancellationToken)
    {
        var fresh = new List<SourceItem>();
        foreach (var item in fetch.Items)
        {
            if (item.Article is null)
            {
                Reject($"{item.Origin}: {item.Error}");
            }
            else if (!_sent.TryGetValue(item.Article.Id, out var sent) || sent != item.Article with { Received = sent.Received })
            {
                _sent[item.Article.Id] = item.Article;
                fresh.Add(item);
            }
        }
        for (var start = 0; start < fresh.Count; start += IngestRunner.BatchSize)
        {
            var batch = fresh.Skip(start).Take(IngestRunner.BatchSize).ToList();
            var response = await client.PostBatch(batch.Select(item => ArticleSourceReader.ToJson(item.Article!)), cancellationToken);
            Accepted += response.Accepted + response.Revised;
            Duplicates += response.Duplicates;
            foreach (var rejection in response.Rejected)
            {
                Reject($"{batch[rejection.Line - 1].Origin}: {rejection.Error}");
            }
        }
        if (fetch.IsFeed || fresh.Count > 0)
        {
            await output.WriteLineAsync(OneLine.Of(FormattableString.Invariant($"{fetch.Url}: {fresh.Count} new {(fetch.IsFeed ? "feed item(s)" : "page")}")));
        }
    }

    private void Reject(string line)
    {
        Rejected.Add(line);
        output.WriteLine("rejected " + OneLine.Of(line));
    }
}

/// <summary>One line of terminal output from text a server or a feed chose: no control characters, no escapes, bounded.</summary>
internal static class OneLine
{
    public const int MaxLength = 500;

    public static string Of(string text)
    {
        var chars = text.Select(c => char.IsControl(c) ? ' ' : c).ToArray();
        var line = new string(chars);
        return line.Length <= MaxLength ? line : line[..MaxLength] + "…";
    }
}
