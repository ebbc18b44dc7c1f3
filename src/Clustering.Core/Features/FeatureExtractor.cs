using System.Runtime.InteropServices;
using Clustering.Core.Articles;
using Clustering.Core.Entities;
using Clustering.Core.Particulars;
using Clustering.Core.Reading;
using Clustering.Core.Text;

namespace Clustering.Core.Features;

/// <summary>
/// Turns an article into a weighted term vector: the page is cleaned first (chrome would otherwise
/// match every page of the same site), title and lead weigh more than the body, term frequency is
/// damped (1 + ln tf), rare terms weigh more (IDF learned online), and named entities are added
/// as folded keys so "Kim Jong-un" and "Kim Jong Un" meet.
/// </summary>
public sealed class FeatureExtractor(TermStatistics statistics, FeatureWeights? weights = null)
{
    private readonly FeatureWeights _weights = weights ?? FeatureWeights.Default;

    public TermStatistics Statistics => statistics;

    /// <summary>Reads the article (cleaning, entities) and extracts; learns from it.</summary>
    public ArticleFeatures Extract(Article article) => Extract(article, ReadForFeatures(article), learn: true);

    /// <summary>The reading the features need: cleaned title, lead, body, entities and the dates it names.</summary>
    public static ArticleReadout ReadForFeatures(Article article) => ArticleReading.Read(article, ReadingParts.Entities | ReadingParts.Dates);

    /// <summary>Extracts from a reading already made (the grains read once for features and facts).</summary>
    public ArticleFeatures Extract(Article article, ArticleReadout readout, bool learn)
    {
        var terms = Weigh(readout.Title, readout.Lead, readout.Body, readout.Entities, statistics, _weights, learn);
        var title = readout.Title.Length > 0 ? readout.Title : article.Title;
        return new ArticleFeatures(terms, readout.Dated ?? article.Received)
        {
            Title = title,
            Dated = readout.Dated is not null,
            Source = article.Source ?? string.Empty,
            Names = Names(title, readout.Lead, terms, learn),
            RareNames = Features.RareNames.Of(readout.Entities, statistics),
            // Last: a kind may learn from the article (the people), and the names above count it first.
            Particulars = ArticleParticulars.Read(new ParticularsSource(title, readout, statistics, learn)),
        };
    }

    /// <summary>The terms this article writes as names, and those the feed so far writes as names (a Title-Case headline's own capitals say nothing).</summary>
    private string[] Names(string title, string lead, TermVector terms, bool learn)
    {
        var written = NameTerms.Find(title, lead);
        if (learn)
        {
            statistics.ObserveNames(written);
        }
        var names = new HashSet<string>(written, StringComparer.Ordinal);
        statistics.Names(terms.Terms, names);
        var sorted = names.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return sorted;
    }

    /// <summary>
    /// The weighting itself, shared with <see cref="ArticleReading"/>: title, lead and the start of
    /// the body by zone weight, entities as folded keys, damped counts times IDF (when statistics are
    /// given; <paramref name="learn"/> adds this article to them first).
    /// </summary>
    public static TermVector Weigh(
        string title, string lead, string body, IReadOnlyList<Entity> entities, TermStatistics? statistics, FeatureWeights weights, bool learn)
    {
        // One table per thread, cleared for each article: it keeps its size instead of growing anew every time.
        var counts = t_counts ??= new Dictionary<string, float>(256, StringComparer.Ordinal);
        counts.Clear();
        var countsBySpan = counts.GetAlternateLookup<ReadOnlySpan<char>>();

        AddTokens(title, weights.Title, int.MaxValue);
        AddTokens(lead, weights.Lead, int.MaxValue);
        var rest = lead.Length < body.Length && body.StartsWith(lead, StringComparison.Ordinal) ? body.AsSpan(lead.Length) : body;
        AddTokens(rest, weights.Body, weights.MaxBodyTokens);

        foreach (var entity in entities)
        {
            var key = "e:" + entity.Key;
            counts[key] = counts.GetValueOrDefault(key) + (weights.Entity * entity.Mentions);
        }

        if (learn)
        {
            statistics?.Observe(counts.Keys);
        }

        // Terms and counts in one pass over the table; the weights then overwrite the counts.
        var terms = new string[counts.Count];
        var weighted = new float[counts.Count];
        var n = 0;
        foreach (var (term, count) in counts)
        {
            terms[n] = term;
            weighted[n++] = count;
        }
        var idf = new float[terms.Length];
        if (statistics is not null)
        {
            statistics.Idf(terms, idf);
        }
        else
        {
            Array.Fill(idf, 1f);
        }
        for (var i = 0; i < terms.Length; i++)
        {
            // Counts are at least 1 (the body weight), so 1 + ln(count) stays positive.
            weighted[i] = (1f + MathF.Log(MathF.Max(1f, weighted[i]))) * idf[i];
        }
        return TermVector.FromWeights(terms, weighted, weights.MaxTerms);

        // Tokens and stems stay spans: a string is made only for a stem the article has not used yet.
        void AddTokens(ReadOnlySpan<char> text, float weight, int budget)
        {
            Span<char> stemBuffer = stackalloc char[Tokenizer.MaxTokenLength];
            var reader = new TokenReader(text, stackalloc char[Tokenizer.MaxTokenLength]);
            var kept = 0;
            while (reader.Next(out var token))
            {
                if (kept >= budget)
                {
                    break;
                }
                if (token.Length < 2 || StopWords.Contains(token) || IsNumber(token))
                {
                    continue;
                }
                var stem = Stemmer.Stem(token, stemBuffer);
                ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(countsBySpan, stem, out _);
                count += weight;
                kept++;
            }
        }
    }

    [ThreadStatic]
    private static Dictionary<string, float>? t_counts;

    private static bool IsNumber(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }
        return true;
    }
}
