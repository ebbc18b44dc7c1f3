using System.Globalization;
using Clustering.Core.Articles;
using Clustering.Core.Features;
using Clustering.Core.Reading;
using Orleans.Serialization;

namespace Clustering.Cli.Bench;

/// <summary>
/// Live stories made up from real articles, for the scaling benchmark. Story k is base article a
/// (its reading and terms) with the eight strongest terms of another base article b mixed in at
/// half weight: real vocabulary and term frequencies, but every story a different vector, so the
/// index's postings fill as with many distinct events. All stories speak from the 330 days before
/// <see cref="Now"/>, inside the index retention: every one of them is live and can compete.
/// </summary>
internal sealed class SyntheticStories
{
    /// <summary>When the probe articles speak from; the stories are spread over the days before.</summary>
    public static readonly DateTimeOffset Now = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const int MixedTerms = 8;
    private const int SpreadDays = 330;
    private readonly IReadOnlyList<BaseArticle> _bases;

    private SyntheticStories(IReadOnlyList<BaseArticle> bases) => _bases = bases;

    /// <summary>One real article, read once, its reading kept serialized so each story gets its own copy (as a real story would).</summary>
    private sealed record BaseArticle(Article Article, ArticleFeatures Features, byte[] Reading);

    /// <summary>Reads the base articles (the slow part: about the cost of ingesting them once).</summary>
    public static SyntheticStories Prepare(IReadOnlyList<Article> articles, Serializer serializer, Action advance)
    {
        // Weights from an IDF learned over all the bases, as a silo that had read them would have.
        var extractor = new FeatureExtractor(new TermStatistics());
        var readings = new ArticleReadout[articles.Count];
        for (var i = 0; i < articles.Count; i++)
        {
            readings[i] = ArticleReading.Read(articles[i], ReadingParts.OfTheArticleAlone);
            extractor.Extract(articles[i], readings[i], learn: true);
            advance();
        }
        var bases = new BaseArticle[articles.Count];
        for (var i = 0; i < articles.Count; i++)
        {
            bases[i] = new BaseArticle(articles[i], extractor.Extract(articles[i], readings[i], learn: false), serializer.SerializeToArray(readings[i]));
        }
        return new SyntheticStories(bases);
    }

    public int Bases => _bases.Count;

    /// <summary>Story k: a new article id and story id, its features, its own copy of the reading.</summary>
    public (string StoryId, Article Article, ArticleFeatures Features, ArticleReadout Reading) Story(int k, Serializer serializer)
    {
        var a = _bases[k % _bases.Count];
        var b = _bases[(int)(((long)k * 7919 + 13) % _bases.Count)];
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        for (var i = 0; i < a.Features.Terms.Count; i++)
        {
            weights[a.Features.Terms.Terms[i]] = a.Features.Terms.Weights[i];
        }
        if (!ReferenceEquals(a, b))
        {
            foreach (var (term, weight) in b.Features.Terms.Strongest(MixedTerms))
            {
                weights[term] = weights.GetValueOrDefault(term) + (weight / 2);
            }
        }
        // Spread over the window by a stride, so neighbouring k are far apart in time.
        var time = Now - TimeSpan.FromDays((k * 7919L) % SpreadDays) - TimeSpan.FromMinutes(k % 1440);
        var id = "syn" + k.ToString(CultureInfo.InvariantCulture) + "~" + a.Article.Id;
        var article = a.Article with { Id = id, Published = time, Received = time };
        var features = new ArticleFeatures(TermVector.FromWeights(weights, FeatureWeights.Default.MaxTerms), time) { Title = a.Features.Title };
        return (ArticleIds.StoryIdFor(id), article, features, serializer.Deserialize<ArticleReadout>(a.Reading)!);
    }
}
