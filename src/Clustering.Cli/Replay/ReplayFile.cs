using Clustering.Core.Articles;

namespace Clustering.Cli.Replay;

/// <summary>An NDJSON file's valid articles in `published` order (ties and undated keep file order), and its bad lines.</summary>
internal sealed record ReplayFile(IReadOnlyList<Article> Articles, IReadOnlyList<string> Rejected)
{
    public static async Task<ReplayFile> Read(string path, CancellationToken cancellationToken)
    {
        var articles = new List<(Article Article, int Line)>();
        var rejected = new List<string>();
        await using var stream = File.OpenRead(path);
        await foreach (var line in NdjsonReader.ReadLines(stream, cancellationToken: cancellationToken))
        {
            if (line.TooLong)
            {
                rejected.Add($"{path}:{line.Number}: line is over {ArticleLimits.MaxArticleBytes} bytes");
                continue;
            }
            var parsed = ArticleParser.Parse(line.Bytes.Span, DateTimeOffset.UnixEpoch);
            if (parsed.Article is { } article)
            {
                articles.Add((article, line.Number));
            }
            else
            {
                rejected.Add($"{path}:{line.Number}: {parsed.Error}");
            }
        }

        return new ReplayFile(InPublishedOrder(articles), rejected);
    }

    /// <summary>
    /// The order every replay feeds articles in: by `published`, undated last, ties by their position
    /// in the input. Replays (and `bench`) must agree on it, or the same input gives other stories.
    /// </summary>
    public static Article[] InPublishedOrder(IEnumerable<(Article Article, int Position)> articles) => articles
        .OrderBy(item => item.Article.Published ?? DateTimeOffset.MaxValue)
        .ThenBy(item => item.Position)
        .Select(item => item.Article)
        .ToArray();
}
