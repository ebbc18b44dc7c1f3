using Clustering.Abstractions.Articles;
using Clustering.Core.Articles;

namespace Clustering.Grains.Articles;

/// <summary>
/// Feeds articles to their grains strictly in the order given while the next few are read ahead
/// on the other cores (<see cref="IArticleGrain.Prepare"/>): reading depends on the article alone,
/// assignment on every article before it, so the stories are those of a one-by-one feed.
/// Used by ordered replays and by NDJSON batches.
/// </summary>
public sealed class OrderedReadAhead<TTag>(IGrainFactory grains, int readAhead)
{
    private readonly Queue<(Article Article, TTag Tag, Task Prepared)> _ahead = new();

    /// <summary>As many articles are being read ahead as asked: submit the oldest before adding more.</summary>
    public bool IsFull => _ahead.Count >= readAhead;

    public bool IsEmpty => _ahead.Count == 0;

    /// <summary>Starts reading an article; <paramref name="tag"/> comes back with it (a line number, a position).</summary>
    public void Add(Article article, TTag tag) =>
        _ahead.Enqueue((article, tag, grains.Article(article.Id).Prepare(article)));

    /// <summary>The oldest article, once read: the next one to submit.</summary>
    public async Task<(Article Article, TTag Tag)> Next()
    {
        var (article, tag, prepared) = _ahead.Dequeue();
        try
        {
            await prepared;
        }
        catch (Exception)
        {
            // Reading ahead only saves time: Submit reads the article itself when it was not
            // prepared (its grain was on a silo that died, say), and reports what went wrong then.
        }
        return (article, tag);
    }
}
