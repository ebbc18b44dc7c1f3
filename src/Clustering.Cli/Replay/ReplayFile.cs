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

        var ordered = articles
            .OrderBy(item => item.Article.Published ?? DateTimeOffset.MaxValue)
            .ThenBy(item => item.Line)
            .Select(item => item.Article)
            .ToArray();
        return new ReplayFile(ordered, rejected);
    }
}
