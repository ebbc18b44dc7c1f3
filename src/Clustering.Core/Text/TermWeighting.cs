using Clustering.Core.Cleaning;
using Clustering.Core.Entities;
using Clustering.Core.Features;

namespace Clustering.Core.Text;

/// <summary>
/// Weighted terms of a cleaned article: stems of the title weigh 3, of the lead 2, of the rest 1,
/// damped as 1 + ln(weight); entities enter as one term each ("e:kimjongun"), so that every
/// spelling of a name counts for the same term. An <see cref="OnlineIdf"/>, when given, scales
/// each term by its rarity so far and learns from this article.
/// </summary>
public static class TermWeighting
{
    public const int MaxTerms = 64;
    private const float TitleWeight = 3f;
    private const float LeadWeight = 2f;
    private const float BodyWeight = 1f;
    private const float EntityWeight = 2f;

    [ThreadStatic]
    private static List<string>? t_tokens;

    public static TermVector Weigh(CleanedText cleaned, EntityReading entities, OnlineIdf? idf = null)
    {
        var counts = new Dictionary<string, float>(256, StringComparer.Ordinal);
        Add(cleaned.Title, TitleWeight, counts);
        var leadDone = false;
        foreach (var paragraph in cleaned.Paragraphs)
        {
            var isLead = !leadDone && ReferenceEquals(paragraph, cleaned.Lead);
            leadDone |= isLead;
            Add(paragraph, isLead ? LeadWeight : BodyWeight, counts);
        }
        foreach (var entity in entities.Entities)
        {
            counts["e:" + entity.Key] = EntityWeight * entity.Mentions;
        }

        idf?.Observe(counts.Keys);
        var weights = new Dictionary<string, float>(counts.Count, StringComparer.Ordinal);
        foreach (var (term, count) in counts)
        {
            weights[term] = (1f + MathF.Log(count)) * (idf?.Weight(term) ?? 1f);
        }
        return TermVector.FromWeights(weights, MaxTerms);
    }

    private static void Add(string text, float weight, Dictionary<string, float> counts)
    {
        var tokens = t_tokens ??= new List<string>(256);
        tokens.Clear();
        Tokenizer.Tokenize(text, tokens);
        foreach (var token in tokens)
        {
            if (token.Length < 2 || StopWords.Contains(token) || char.IsDigit(token[0]))
            {
                continue;
            }
            var stem = Stemmer.Stem(token);
            counts[stem] = counts.GetValueOrDefault(stem) + weight;
        }
    }
}
