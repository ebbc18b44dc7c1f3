using System.Text;
using Clustering.Core.Text;

namespace Clustering.Core.Cleaning;

/// <summary>
/// Reduces a scraped page to the article: drops page chrome, error-page text, captions, bylines,
/// author boxes, legal footers, teasers of other stories and paragraphs the page repeats, then
/// finds the headline and the lead. Works line by line; HTML is first flattened by <see cref="HtmlText"/>.
/// </summary>
public static class PageCleaner
{
    private const int TitleMinWords = 3;
    private const int TitleMaxWords = 30;
    private const int LeadTitleMaxLength = 160;
    private const int MinRepeatLength = 30;
    private const int LeadAsTitleMinWords = 25;

    /// <summary>How far down a dateline may open the report: below the first few paragraphs it opens another one.</summary>
    private const int DatelineWithinParagraphs = 6;

    [ThreadStatic]
    private static List<(string Text, LineKind Kind)>? t_lines;

    [ThreadStatic]
    private static StringBuilder? t_paragraph;

    [ThreadStatic]
    private static List<(string Text, LineKind Kind, ulong Key)>? t_kept;

    [ThreadStatic]
    private static HashSet<ulong>? t_seen;

    /// <summary>Cleans a page whose title field may be missing, chrome ("403", "Become a member") or really its lead.</summary>
    public static CleanedText Clean(string? title, string text)
    {
        title = title?.Trim() ?? string.Empty;
        string? htmlTitle = null;
        if (HtmlText.LooksLikeHtml(text))
        {
            (text, htmlTitle) = HtmlText.ToText(text);
        }

        // The working lists are one per thread, cleared per page: only the paragraphs leave.
        var lines = t_lines ??= new List<(string Text, LineKind Kind)>(64);
        lines.Clear();
        var titleIsReal = IsRealTitle(title);
        if (!titleIsReal && title.Length > 0)
        {
            AddLine(lines, title);
        }
        if (!titleIsReal && htmlTitle is not null && IsRealTitle(htmlTitle))
        {
            title = htmlTitle;
            titleIsReal = true;
        }
        SplitLines(text, lines);

        var kept = DropJunk(lines);

        var titleFound = titleIsReal;
        if (!titleIsReal)
        {
            title = FindHeadline(kept) ?? string.Empty;
            titleFound = title.Length > 0;
        }

        var titleKey = Fingerprint(title);
        var paragraphs = new List<string>(kept.Count);
        var datelinePlace = string.Empty;
        foreach (var (line, kind, key) in kept)
        {
            if (kind == LineKind.Fragment || (titleKey != 0 && key == titleKey))
            {
                continue;
            }
            var stripped = Dateline.Strip(line, out var place);
            // The dateline opens the story; one further down belongs to a quoted or appended report.
            if (datelinePlace.Length == 0 && paragraphs.Count < DatelineWithinParagraphs)
            {
                datelinePlace = place;
            }
            paragraphs.Add(stripped);
        }

        var lead = string.Empty;
        foreach (var paragraph in paragraphs)
        {
            if (LineRules.CountWords(paragraph) >= 8)
            {
                lead = paragraph;
                break;
            }
        }
        if (!titleFound && lead.Length > 0)
        {
            title = FirstSentence(lead);
        }
        return new CleanedText(title, lead, paragraphs, titleFound) { DatelinePlace = datelinePlace };
    }

    /// <summary>The cleaned body of a bare text, paragraphs joined by new lines.</summary>
    public static string CleanBody(string text) => string.Join('\n', Clean(null, text).Paragraphs);

    private static bool IsRealTitle(string title)
    {
        if (title.Length == 0)
        {
            return false;
        }
        var kind = LineRules.Classify(title);
        if (kind is LineKind.Junk or LineKind.EndOfArticle)
        {
            return false;
        }
        // A long sentence in the title slot is the page's lead that a plain-text reader took for a title.
        return !(kind == LineKind.Body && LineRules.CountWords(title) >= LeadAsTitleMinWords);
    }

    private static void SplitLines(string text, List<(string, LineKind)> into)
    {
        // A text wrapped at a fixed width ("made an / emergency landing"): its lines are gathered into one
        // paragraph, classified once it ends.
        var paragraph = t_paragraph ??= new StringBuilder(256);
        paragraph.Clear();
        var span = text.AsSpan();
        var previous = ReadOnlySpan<char>.Empty;
        while (span.Length > 0)
        {
            var end = span.IndexOfAny('\n', '\r');
            var line = end < 0 ? span : span[..end];
            span = end < 0 ? [] : span[(end + 1)..];
            line = line.Trim();
            if (line.Length == 0)
            {
                continue;
            }
            if (paragraph.Length > 0 && ContinuesWrappedLine(previous, line))
            {
                paragraph.Append(' ').Append(line);
            }
            else
            {
                EndParagraph(paragraph, into);
                paragraph.Append(StripBullet(line));
            }
            previous = line;
        }
        EndParagraph(paragraph, into);
    }

    private static void EndParagraph(StringBuilder paragraph, List<(string, LineKind)> into)
    {
        if (paragraph.Length > 0)
        {
            AddLine(into, paragraph.ToString());
            paragraph.Clear();
        }
    }

    /// <summary>A line that starts in lower case after one that ends mid-sentence (a word, a comma) goes on it.</summary>
    private static bool ContinuesWrappedLine(ReadOnlySpan<char> previous, ReadOnlySpan<char> line) =>
        char.IsLower(line[0]) && previous.Length >= WrappedLineMinLength && (char.IsLetterOrDigit(previous[^1]) || previous[^1] == ',');

    /// <summary>Shorter lines are menus, bylines and captions more often than a wrapped paragraph's lines.</summary>
    private const int WrappedLineMinLength = 40;

    private static void AddLine(List<(string, LineKind)> into, string line) => into.Add((line, LineRules.Classify(line)));

    private static ReadOnlySpan<char> StripBullet(ReadOnlySpan<char> line)
    {
        if (line.Length > 2 && line[0] is '-' or '•' or '*' or '·' or '–' && line[1] == ' ')
        {
            return line[2..].TrimStart();
        }
        return line;
    }

    // Each kept line comes with its fingerprint, made once here and compared again with the title's.
    private static List<(string Text, LineKind Kind, ulong Key)> DropJunk(List<(string Text, LineKind Kind)> lines)
    {
        var kept = t_kept ??= new List<(string Text, LineKind Kind, ulong Key)>(64);
        kept.Clear();
        var seen = t_seen ??= new HashSet<ulong>();
        seen.Clear();
        var sawBody = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var (line, kind) = lines[i];
            switch (kind)
            {
                case LineKind.Junk:
                    continue;
                case LineKind.EndOfArticle when sawBody:
                    return kept;
                case LineKind.EndOfArticle:
                    continue;
                case LineKind.Truncated when kept.Count > 0 && kept[^1].Kind == LineKind.Headline:
                    // A cut-off excerpt under a headline is a teaser of another story: both go.
                    kept.RemoveAt(kept.Count - 1);
                    continue;
                default:
                    break;
            }
            var key = Fingerprint(line);
            if (line.Length >= MinRepeatLength && !seen.Add(key))
            {
                continue;
            }
            sawBody |= kind == LineKind.Body;
            kept.Add((line, kind, key));
        }
        return kept;
    }

    private static string? FindHeadline(List<(string Text, LineKind Kind, ulong Key)> kept)
    {
        foreach (var (line, kind, _) in kept)
        {
            if (kind == LineKind.Body)
            {
                return null;
            }
            var words = LineRules.CountWords(line);
            if (kind is LineKind.Headline or LineKind.Fragment && words >= TitleMinWords && words <= TitleMaxWords && line.Length >= 15)
            {
                return line;
            }
        }
        return null;
    }

    private static string FirstSentence(string lead)
    {
        var end = SentenceSplitter.FirstSentenceEnd(lead);
        var sentence = lead[..end].TrimEnd();
        if (sentence.Length <= LeadTitleMaxLength)
        {
            return sentence;
        }
        var cut = sentence.LastIndexOf(' ', LeadTitleMaxLength);
        return (cut > 40 ? sentence[..cut] : sentence[..LeadTitleMaxLength]) + "…";
    }

    /// <summary>A case- and punctuation-blind hash: the same paragraph with other quotes or spacing collides on purpose.</summary>
    internal static ulong Fingerprint(string line)
    {
        var hash = 14695981039346656037UL;
        var any = false;
        foreach (var c in line)
        {
            // ASCII from a table (0 for what is skipped); the rest as FastChar answers it.
            var folded = c < 128 ? FoldedAscii[c] : FastChar.IsLetterOrDigit(c) ? FastChar.ToLowerInvariant(c) : '\0';
            if (folded == '\0')
            {
                continue;
            }
            hash = (hash ^ folded) * 1099511628211UL;
            any = true;
        }
        return any ? hash : 0;
    }

    // An ASCII letter or digit lower-cased; 0 for any other ASCII character.
    private static readonly char[] FoldedAscii = [.. Enumerable.Range(0, 128).Select(c => FastChar.IsLetterOrDigit((char)c) ? FastChar.ToLowerInvariant((char)c) : '\0')];
}
