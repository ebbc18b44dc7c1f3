using System.Collections.Frozen;
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

    /// <summary>The furniture phrases each between spaces, as they are looked for in a title's words.</summary>
    private static readonly (string[] Furniture, FrozenSet<string> Stopwords) Lexicon = ReadLexicon();

    /// <summary>A candidate from an article's title as read, its lead and whether the reader found a headline.</summary>
    public static HeadlineCandidate Candidate(string articleId, string title, string lead, bool titleFound)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(lead);
        // Kept as long as the story keeps the offer: common words as one shared string each.
        var own = Words(title).Distinct(StringComparer.Ordinal).ToArray();
        var titleWords = own.Length;
        var words = own.Concat(Words(lead)).Distinct(StringComparer.Ordinal).Take(MaxWords).Select(Text.SharedStrings.Of).ToArray();
        // The title's own words lead the list: scoring reads them from there, not by reading the title again.
        return new HeadlineCandidate(articleId, title.Trim(), titleFound && IsHeadline(title), words) { TitleWords = titleWords <= MaxWords ? titleWords : -1 };
    }

    /// <summary>
    /// The candidate to headline the story; <paramref name="current"/> is the article whose headline
    /// stands now (null when none), kept unless another scores <see cref="ClearlyBetter"/> times more.
    /// </summary>
    public static HeadlineCandidate? Choose(IReadOnlyList<HeadlineCandidate> candidates, string? current) =>
        Choose(candidates, current, Scores(candidates));

    /// <param name="scores">The candidates' <see cref="Scores"/>, when the caller has them already.</param>
    public static HeadlineCandidate? Choose(IReadOnlyList<HeadlineCandidate> candidates, string? current, double[] scores)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(scores);
        if (candidates.Count == 0)
        {
            return null;
        }
        var best = -1;
        var standing = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            if (!candidates[i].Real)
            {
                continue;
            }
            // The first of equal scores wins, as the articles came.
            if (best < 0 || scores[i] > scores[best])
            {
                best = i;
            }
            if (standing < 0 && candidates[i].ArticleId == current)
            {
                standing = i;
            }
        }
        if (best < 0)
        {
            // No real headline yet: the first article's stand-in, until one arrives.
            return candidates.FirstOrDefault(c => c.ArticleId == current) ?? candidates[0];
        }
        return standing >= 0 && scores[best] <= scores[standing] * ClearlyBetter ? candidates[standing] : candidates[best];
    }

    /// <summary>
    /// Every candidate's score (the share of its title's words the other articles echo, scaled by how
    /// a headline reads) against all the others, in one pass: each word's count
    /// of candidates is taken once, so scoring a story's few dozen offers costs a pass over their
    /// words rather than every pair of them, which every article a big story absorbs would pay.
    /// Each article offers once (a story replaces an article's offer with its new one).
    /// </summary>
    public static double[] Scores(IReadOnlyList<HeadlineCandidate> all)
    {
        ArgumentNullException.ThrowIfNull(all);
        var echoes = Echoes.Of(all);
        var scores = new double[all.Count];
        for (var i = 0; i < all.Count; i++)
        {
            scores[i] = Score(all[i], all, echoes);
        }
        return scores;
    }

    private static double Score(HeadlineCandidate candidate, IReadOnlyList<HeadlineCandidate> all, Echoes echoes)
    {
        // The title's words lead the offer's list; offers stored before that was kept read their title again.
        var reread = candidate.TitleWords >= 0 ? null : Words(candidate.Text).Distinct(StringComparer.Ordinal).ToArray();
        var own = reread?.Length ?? candidate.TitleWords;
        if (own == 0)
        {
            return 0;
        }
        var others = all.Count - 1;
        var echoed = 0;
        for (var i = 0; i < own; i++)
        {
            echoed += reread is null ? echoes.Others(candidate.Words[i]) : echoes.Others(reread[i], candidate);
        }
        // Alone, every headline is fully representative of its story.
        var echo = others == 0 ? 1.0 : echoed / ((double)own * others);
        return (0.1 + echo) * Form(candidate.Text);
    }

    /// <summary>How many offers carry each word.</summary>
    private sealed class Echoes
    {
        /// <summary>One table per thread, cleared for each scoring: a story's offers hold a thousand words, scored with every article.</summary>
        [ThreadStatic]
        private static Dictionary<string, int>? t_carriers;

        private readonly Dictionary<string, int> _carriers;

        private Echoes(Dictionary<string, int> carriers) => _carriers = carriers;

        /// <summary>The counts of these offers' words; good until the next call on the same thread.</summary>
        public static Echoes Of(IReadOnlyList<HeadlineCandidate> all)
        {
            var carriers = t_carriers ??= new Dictionary<string, int>(StringComparer.Ordinal);
            carriers.Clear();
            foreach (var candidate in all)
            {
                // An offer's words are distinct as it was made (Candidate).
                foreach (var word in candidate.Words)
                {
                    System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(carriers, word, out _)++;
                }
            }
            return new Echoes(carriers);
        }

        /// <summary>The other offers that carry one of an offer's own words.</summary>
        public int Others(string ownWord) => Math.Max(0, _carriers.GetValueOrDefault(ownWord) - 1);

        /// <summary>The other offers that carry a word an old offer's title has, which its kept words may lack.</summary>
        public int Others(string word, HeadlineCandidate candidate)
        {
            var carriers = _carriers.GetValueOrDefault(word);
            return carriers == 0 ? 0 : carriers - (candidate.Words.Contains(word) ? 1 : 0);
        }
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
        return !Array.Exists(Lexicon.Furniture, phrase => lower.Contains(phrase, StringComparison.Ordinal));
    }

    /// <summary>Plain headlines over questions, shouting and run-on sentences.</summary>
    /// <remarks>One pass over the characters: every offer of a story is scored again with each article it absorbs.</remarks>
    private static double Form(string text)
    {
        var (letters, upper, words) = (0, 0, 0);
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
            if (char.IsUpper(c))
            {
                upper++;
            }
            // Words as Split(' ') counts them: runs of anything but the plain space.
            if (c != ' ' && !inWord)
            {
                words++;
            }
            inWord = c != ' ';
        }
        var end = text.AsSpan().TrimEnd();
        var form = 1.0;
        if (end.EndsWith('?'))
        {
            form *= 0.6;
        }
        if (letters > 10 && upper > letters * 0.7)
        {
            form *= 0.6;
        }
        if (words > 16)
        {
            form *= 0.8;
        }
        if (end.EndsWith('.'))
        {
            // A headline carries no full stop; a sentence that does is a lead standing in.
            form *= 0.8;
        }
        return form;
    }

    /// <summary>
    /// The words of a text, lower-cased, in order: runs of letters and numbers with inner apostrophes
    /// and hyphens, less a final "'s"; without stop words and short words unless asked, plurals folded.
    /// A scan of the characters, one string per word kept: every article offers its title and lead.
    /// </summary>
    internal static List<string> Words(string text, bool keepStopwords = false)
    {
        var words = new List<string>();
        Span<char> lowered = stackalloc char[64];
        for (var i = 0; i < text.Length;)
        {
            if (!IsLetterOrNumber(text[i]))
            {
                i++;
                continue;
            }
            var start = i++;
            while (i < text.Length && (IsLetterOrNumber(text[i]) || text[i] is '\'' or '’' or '-'))
            {
                i++;
            }
            var word = Lowered(text.AsSpan(start, i - start), lowered);
            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
            {
                word = word[..^2];
            }
            if (keepStopwords)
            {
                words.Add(word.ToString());
                continue;
            }
            if (word.Length <= 2)
            {
                continue;
            }
            // A crude plural fold: "troops" and "troop" are one word to a reader.
            var kept = word.ToString();
            if (!Lexicon.Stopwords.Contains(kept))
            {
                words.Add(kept.Length > 4 && kept.EndsWith('s') && !kept.EndsWith("ss", StringComparison.Ordinal) ? kept[..^1] : kept);
            }
        }
        return words;
    }

    private static ReadOnlySpan<char> Lowered(ReadOnlySpan<char> word, Span<char> room) =>
        word.Length <= room.Length ? room[..word.ToLowerInvariant(room)] : word.ToString().ToLowerInvariant();

    /// <summary>A letter or a number of any script (the classes \p{L} and \p{N}).</summary>
    private static bool IsLetterOrNumber(char c) => char.GetUnicodeCategory(c) is <= System.Globalization.UnicodeCategory.OtherLetter
        or System.Globalization.UnicodeCategory.DecimalDigitNumber or System.Globalization.UnicodeCategory.LetterNumber or System.Globalization.UnicodeCategory.OtherNumber;

    private static (string[], FrozenSet<string>) ReadLexicon()
    {
        var sections = Text.WordLists.Sections("Clustering.Core.Headlines.headlines.txt");
        FrozenSet<string> Values(string section) => sections[section].SelectMany(values => values).Select(v => v.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        return ([.. Values("furniture").Select(phrase => " " + phrase + " ")], Values("stopword"));
    }

    // "SEOUL, May 10 (Agency) -", "Lisbon, June 3 —": a report's opening, not a headline.
    [GeneratedRegex(@"^[A-Z][\w.' -]{1,40},\s+(?:[A-Z][a-z]{2,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,9})\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex DatelineOpening();
}
