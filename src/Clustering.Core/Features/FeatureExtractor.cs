using Clustering.Core.Articles;
using Clustering.Core.Text;

namespace Clustering.Core.Features;

/// <summary>
/// Turns an article into a weighted term vector: title and lead weigh more than the body,
/// term frequency is damped (1 + ln tf) so one word repeated in a long page does not dominate.
/// </summary>
public static class FeatureExtractor
{
    public const int MaxArticleTerms = 64;
    private const float TitleWeight = 3f;
    private const float LeadWeight = 2f;
    private const float BodyWeight = 1f;
    private const int LeadTokens = 60;

    public static ArticleFeatures Extract(Article article)
    {
        var counts = new Dictionary<string, float>(StringComparer.Ordinal);
        var tokens = new List<string>(256);
        var cleaned = TextCleaner.Clean(article.Text);

        AddTokens(article.Title, TitleWeight, int.MaxValue);
        AddTokens(cleaned, LeadWeight, LeadTokens);

        var weights = new Dictionary<string, float>(counts.Count, StringComparer.Ordinal);
        foreach (var (term, count) in counts)
        {
            weights[term] = 1f + MathF.Log(count);
        }
        return new ArticleFeatures(TermVector.FromWeights(weights, MaxArticleTerms), article.EffectiveTime);

        void AddTokens(string text, float leadWeight, int leadLength)
        {
            tokens.Clear();
            Tokenizer.Tokenize(text, tokens);
            var kept = 0;
            foreach (var token in tokens)
            {
                if (token.Length < 2 || StopWords.Contains(token) || IsNumber(token))
                {
                    continue;
                }
                var weight = kept < leadLength ? leadWeight : BodyWeight;
                var stem = Stemmer.Stem(token);
                counts[stem] = counts.GetValueOrDefault(stem) + weight;
                kept++;
            }
        }
    }

    private static bool IsNumber(string token) => token.All(char.IsDigit);
}
