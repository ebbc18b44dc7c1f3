using System.Collections.Frozen;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Clustering.Core.Headlines;

/// <summary>
/// Chooses a story's headline as an editor would: a real headline among its articles (not a lead
/// sentence, a dateline, page furniture or an error page), the one whose words the other articles
/// echo most, plain rather than a question or shouting; and it keeps the current one unless another
/// is clearly better, so a title does not flicker with every article.
/// </summary>
public static partial class HeadlineChooser
{
    /// <summary>How much better a challenger must score to replace the standing headline.</summary>
    public const double ClearlyBetter = 1.25;

    private const int MaxWords = 40;

    private static readonly (FrozenSet<string> Furniture, FrozenSet<string> Stopwords) Lexicon = Read();

    /// <summary>A candidate from an article's title as read, its lead and whether the reader found a headline.</summary>
    public static HeadlineCandidate Candidate(string articleId, string title, string lead, bool titleFound)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(lead);
        var words = Words(title).Concat(Words(lead)).Distinct(StringComparer.Ordinal).Take(MaxWords).ToArray();
        return new HeadlineCandidate(articleId, title.Trim(), titleFound && IsHeadline(title), words);
    }

    /// <summary>
    /// The candidate to headline the story; <paramref name="current"/> is the article whose headline
    /// stands now (null when none), kept unless another scores <see cref="ClearlyBetter"/> times more.
    /// </summary>
    public static HeadlineCandidate? Choose(IReadOnlyList<HeadlineCandidate> candidates, string? current)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count == 0)
        {
            return null;
        }
        var pool = candidates.Where(c => c.Real).ToList();
        if (pool.Count == 0)
        {
            // No real headline yet: the first article's stand-in, until one arrives.
            return candidates.FirstOrDefault(c => c.ArticleId == current) ?? candidates[0];
        }
        // Each candidate's words as a set, once: every candidate is scored against all the others.
        var sets = candidates.Select(c => c.Words.ToHashSet(StringComparer.Ordinal)).ToArray();
        var scored = pool.Select(c => (Candidate: c, Score: Score(c, candidates, sets))).ToList();
        var best = scored.MaxBy(s => s.Score);
        var standing = scored.Find(s => s.Candidate.ArticleId == current);
        return standing.Candidate is not null && best.Score <= standing.Score * ClearlyBetter ? standing.Candidate : best.Candidate;
    }

    /// <summary>The share of its words the other articles echo, scaled by how a headline reads.</summary>
    public static double Score(HeadlineCandidate candidate, IReadOnlyList<HeadlineCandidate> all)
    {
        ArgumentNullException.ThrowIfNull(all);
        return Score(candidate, all, [.. all.Select(c => c.Words.ToHashSet(StringComparer.Ordinal))]);
    }

    /// <param name="sets">The words of each of <paramref name="all"/>, in the same order, as sets.</param>
    private static double Score(HeadlineCandidate candidate, IReadOnlyList<HeadlineCandidate> all, HashSet<string>[] sets)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var own = Words(candidate.Text).Distinct(StringComparer.Ordinal).ToList();
        if (own.Count == 0)
        {
            return 0;
        }
        double sum = 0;
        var others = 0;
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].ArticleId == candidate.ArticleId)
            {
                continue;
            }
            others++;
            sum += own.Count(sets[i].Contains) / (double)own.Count;
        }
        // Alone, every headline is fully representative of its story.
        var echo = others == 0 ? 1.0 : sum / others;
        return (0.1 + echo) * Form(candidate.Text);
    }

    /// <summary>Whether a title can stand as a headline: not furniture, not a dateline opening a report, not a long sentence.</summary>
    public static bool IsHeadline(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 || words.Length > 24 || DatelineOpening().IsMatch(title))
        {
            return false;
        }
        var lower = " " + string.Join(' ', Words(title, keepStopwords: true)) + " ";
        return !Lexicon.Furniture.Any(phrase => lower.Contains(" " + phrase + " ", StringComparison.Ordinal));
    }

    /// <summary>Plain headlines over questions, shouting and run-on sentences.</summary>
    private static double Form(string text)
    {
        var form = 1.0;
        if (text.TrimEnd().EndsWith('?'))
        {
            form *= 0.6;
        }
        var letters = text.Count(char.IsLetter);
        if (letters > 10 && text.Count(char.IsUpper) > letters * 0.7)
        {
            form *= 0.6;
        }
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words > 16)
        {
            form *= 0.8;
        }
        if (text.TrimEnd().EndsWith('.'))
        {
            // A headline carries no full stop; a sentence that does is a lead standing in.
            form *= 0.8;
        }
        return form;
    }

    private static IEnumerable<string> Words(string text, bool keepStopwords = false)
    {
        foreach (Match match in Word().Matches(text))
        {
            var word = match.Value.ToLowerInvariant();
            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
            {
                word = word[..^2];
            }
            if (keepStopwords)
            {
                yield return word;
            }
            else if (word.Length > 2 && !Lexicon.Stopwords.Contains(word))
            {
                // A crude plural fold: "troops" and "troop" are one word to a reader.
                yield return word.Length > 4 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
            }
        }
    }

    private static (FrozenSet<string>, FrozenSet<string>) Read()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Clustering.Core.Headlines.headlines.txt")
            ?? throw new InvalidOperationException("headlines.txt is not embedded in Clustering.Core");
        using var reader = new StreamReader(stream);
        var furniture = new List<string>();
        var stopwords = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var content = line.Split('#', 2)[0];
            var colon = content.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }
            var values = content[(colon + 1)..].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(v => v.ToLowerInvariant());
            (content[..colon].Trim() == "furniture" ? furniture : stopwords).AddRange(values);
        }
        return (furniture.ToFrozenSet(StringComparer.Ordinal), stopwords.ToFrozenSet(StringComparer.Ordinal));
    }

    // "SEOUL, May 10 (Agency) -", "Lisbon, June 3 —": a report's opening, not a headline.
    [GeneratedRegex(@"^[A-Z][\w.' -]{1,40},\s+(?:[A-Z][a-z]{2,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,9})\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex DatelineOpening();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Word();
}
