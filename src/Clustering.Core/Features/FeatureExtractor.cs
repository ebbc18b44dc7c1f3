using Clustering.Core.Articles;
using Clustering.Core.Cleaning;
using Clustering.Core.Entities;
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

    /// <summary>Extracts and learns: the article's terms count towards the IDF of later articles.</summary>
    public ArticleFeatures Extract(Article article) => Extract(article, learn: true);

    public ArticleFeatures Extract(Article article, bool learn)
    {
        var cleaned = PageCleaner.Clean(article.Title, article.Text);
        var counts = new Dictionary<string, float>(StringComparer.Ordinal);
        var tokens = new List<string>(256);

        AddTokens(cleaned.Title, _weights.Title, int.MaxValue);
        AddTokens(cleaned.Lead, _weights.Lead, int.MaxValue);
        var bodyBudget = _weights.MaxBodyTokens;
        for (var i = 1; i < cleaned.Paragraphs.Count && bodyBudget > 0; i++)
        {
            bodyBudget -= AddTokens(cleaned.Paragraphs[i], _weights.Body, bodyBudget);
        }

        var entityText = cleaned.Title + "\n" + cleaned.Lead;
        foreach (var entity in EntityExtractor.Extract(entityText).Entities)
        {
            var key = "e:" + entity.Key;
            counts[key] = counts.GetValueOrDefault(key) + (_weights.Entity * entity.Mentions);
        }

        if (learn)
        {
            statistics.Observe(counts.Keys);
        }

        var terms = counts.Keys.ToArray();
        Span<float> idf = terms.Length <= 1024 ? stackalloc float[terms.Length] : new float[terms.Length];
        statistics.Idf(terms, idf);
        var weighted = new Dictionary<string, float>(terms.Length, StringComparer.Ordinal);
        for (var i = 0; i < terms.Length; i++)
        {
            weighted[terms[i]] = (1f + MathF.Log(counts[terms[i]])) * idf[i];
        }

        var title = cleaned.Title.Length > 0 ? cleaned.Title : article.Title;
        return new ArticleFeatures(TermVector.FromWeights(weighted, _weights.MaxTerms), article.EffectiveTime) { Title = title };

        int AddTokens(string text, float weight, int budget)
        {
            tokens.Clear();
            Tokenizer.Tokenize(text, tokens);
            var kept = 0;
            foreach (var token in tokens)
            {
                if (kept >= budget)
                {
                    break;
                }
                if (token.Length < 2 || StopWords.Contains(token) || IsNumber(token))
                {
                    continue;
                }
                var stem = Stemmer.Stem(token);
                // A term counts at least 1 however light its zone, so 1 + ln(count) stays positive.
                counts[stem] = counts.GetValueOrDefault(stem) + weight;
                kept++;
            }
            return kept;
        }
    }

    private static bool IsNumber(string token) => token.All(char.IsDigit);
}
