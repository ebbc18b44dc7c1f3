using System.Globalization;
using Clustering.Cli.Ingest;
using Clustering.Core.Articles;

namespace Clustering.Cli.Bench;

/// <summary>
/// The articles every phase of `bench` draws from: the valid articles of the given files and folders,
/// in `published` order. When a phase needs more than there are, copies are made with new ids and
/// dates shifted by more than the data's span plus the index retention, so a copy never joins the
/// stories of the original: the volume grows, the clustering work per article stays the same.
/// </summary>
internal sealed class BenchInput
{
    private static readonly TimeSpan Gap = TimeSpan.FromDays(400);
    private readonly TimeSpan _shift;

    private BenchInput(IReadOnlyList<Article> articles, int rejected)
    {
        Articles = articles;
        Rejected = rejected;
        var dated = articles.Where(article => article.Published is not null).Select(article => article.Published!.Value).ToArray();
        var span = dated.Length == 0 ? TimeSpan.Zero : dated.Max() - dated.Min();
        _shift = span + Gap;
    }

    public IReadOnlyList<Article> Articles { get; }

    public int Rejected { get; }

    public static async Task<BenchInput> Read(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var articles = new List<(Article Article, int Order)>();
        var rejected = 0;
        var now = DateTimeOffset.UtcNow;
        foreach (var file in files)
        {
            await foreach (var item in ArticleSourceReader.Read(file, now).WithCancellation(cancellationToken))
            {
                if (item.Article is { } article)
                {
                    articles.Add((article, articles.Count));
                }
                else
                {
                    rejected++;
                }
            }
        }
        return new BenchInput(Replay.ReplayFile.InPublishedOrder(articles), rejected);
    }

    /// <summary>
    /// At least <paramref name="count"/> articles (all of them once, then whole copies), in `published`
    /// order within each copy. Copy 0 keeps the original ids and dates unless <paramref name="prefix"/> is
    /// given (a server that may have seen them before needs fresh ids).
    /// </summary>
    public List<Article> AtLeast(int count, string? prefix = null)
    {
        var result = new List<Article>(Math.Max(count, Articles.Count));
        for (var copy = 0; result.Count < count || copy == 0; copy++)
        {
            foreach (var article in Articles)
            {
                result.Add(Copy(article, copy, prefix));
            }
            if (Articles.Count == 0)
            {
                break;
            }
        }
        return result;
    }

    /// <summary>
    /// Articles to warm a server with before it is measured: copies of the first dated articles, moved
    /// back by a whole span, so none joins a story of the measured ones (an undated copy would).
    /// </summary>
    public List<Article> WarmUp(int count, string prefix) =>
        [.. Articles.Where(article => article.Published is not null).Take(count).Select(article => Copy(article, -1, prefix))];

    /// <summary>Copy <paramref name="copy"/> of an article: a new id, its dates moved on by whole spans.</summary>
    public Article Copy(Article article, int copy, string? prefix = null)
    {
        if (copy == 0 && prefix is null)
        {
            return article;
        }
        var shift = _shift * copy;
        var id = $"{prefix ?? "copy"}{copy.ToString(CultureInfo.InvariantCulture)}~{article.Id}";
        return article with { Id = id, Published = article.Published + shift, Received = article.Received + shift };
    }
}
