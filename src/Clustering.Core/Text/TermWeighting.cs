using Clustering.Core.Cleaning;
using Clustering.Core.Entities;
using Clustering.Core.Features;

namespace Clustering.Core.Text;

/// <summary>
/// Weighted terms of a cleaned article: stems of the title weigh 3, of the lead 2, of the rest 1,
/// damped as 1 + ln(weight); entities enter as one term each ("e:kimjongun"), so that every
/// spelling of a name counts for the same term. An <see cref="OnlineIdf"/>, when given, scales
/// each term by its rarity so far and learns from this article. Runs on spans: a term costs one
/// string the first time it is seen in an article and nothing after.
/// </summary>
public static class TermWeighting
{
    public const int MaxTerms = 64;
    private const float TitleWeight = 3f;
    private const float LeadWeight = 2f;
    private const float BodyWeight = 1f;
    private const float EntityWeight = 2f;
    private const int MaxTokenLength = 48;

    [ThreadStatic]
    private static Dictionary<string, float>? t_counts;

    public static TermVector Weigh(CleanedText cleaned, EntityReading entities, OnlineIdf? idf = null)
    {
        var counts = t_counts ??= new Dictionary<string, float>(512, StringComparer.Ordinal);
        counts.Clear();
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
        return Top(counts, idf);
    }

    private static TermVector Top(Dictionary<string, float> counts, OnlineIdf? idf)
    {
        var size = counts.Count;
        if (size == 0)
        {
            return TermVector.Empty;
        }
        var terms = new string[size];
        var weights = new float[size];
        var n = 0;
        foreach (var (term, count) in counts)
        {
            terms[n] = term;
            weights[n] = (1f + MathF.Log(count)) * (idf?.Weight(term) ?? 1f);
            n++;
        }
        var keep = Math.Min(MaxTerms, size);
        if (size > keep)
        {
            // Heaviest first, ties by term so that the same article always keeps the same terms.
            Array.Sort(weights, terms, Comparer<float>.Create(static (a, b) => b.CompareTo(a)));
            var cut = weights[keep - 1];
            var start = keep;
            while (start > 0 && weights[start - 1] == cut)
            {
                start--;
            }
            var end = keep;
            while (end < size && weights[end] == cut)
            {
                end++;
            }
            Array.Sort(terms, weights, start, end - start, StringComparer.Ordinal);
            Array.Resize(ref terms, keep);
            Array.Resize(ref weights, keep);
        }
        Array.Sort(terms, weights, StringComparer.Ordinal);
        var norm = 0f;
        foreach (var weight in weights)
        {
            norm += weight * weight;
        }
        norm = MathF.Sqrt(norm);
        if (norm == 0)
        {
            return TermVector.Empty;
        }
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] /= norm;
        }
        return new TermVector(terms, weights);
    }

    private static void Add(string text, float weight, Dictionary<string, float> counts)
    {
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[MaxTokenLength];
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            while (i < span.Length && !char.IsLetterOrDigit(span[i]))
            {
                i++;
            }
            var length = 0;
            var digit = i < span.Length && char.IsDigit(span[i]);
            while (i < span.Length && (char.IsLetterOrDigit(span[i]) || IsInnerApostrophe(span, i)))
            {
                if (IsInnerApostrophe(span, i))
                {
                    // "Korea's" → "korea": a final possessive 's goes, other apostrophes just vanish.
                    if (span[i + 1] is 's' or 'S' && (i + 2 >= span.Length || !char.IsLetterOrDigit(span[i + 2])))
                    {
                        i += 2;
                        break;
                    }
                }
                else if (length < buffer.Length)
                {
                    buffer[length++] = char.ToLowerInvariant(span[i]);
                }
                i++;
            }
            if (length < 2 || digit)
            {
                continue;
            }
            var token = buffer[..length];
            if (StopWords.Contains(token))
            {
                continue;
            }
            var stem = Stemmer.Stem(token, buffer);
            lookup[stem] = lookup.TryGetValue(stem, out var count) ? count + weight : weight;
        }
    }

    private static bool IsInnerApostrophe(ReadOnlySpan<char> span, int i) =>
        span[i] is '\'' or '’' && i > 0 && i + 1 < span.Length && char.IsLetter(span[i - 1]) && char.IsLetter(span[i + 1]);
}
