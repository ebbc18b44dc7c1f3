using System.Text.RegularExpressions;
using Clustering.Core.Text;

namespace Clustering.Core.Cleaning;

/// <summary>
/// The wire dateline that opens a lead ("Lisbon, June 3 (Wire) ", "SPRINGFIELD (KXYZ) — ",
/// "(Agency) "): it names a place and a credit, not what happened, so the lead drops it.
/// </summary>
public static partial class Dateline
{
    public static string Strip(string paragraph)
    {
        // A dateline has a bracketed credit or a dash near the start; most paragraphs have neither.
        var head = paragraph.AsSpan(0, Math.Min(paragraph.Length, 80));
        if (head.IndexOf('(') < 0 && head.IndexOfAny('—', '–') < 0 && head.IndexOf(" -", StringComparison.Ordinal) < 0)
        {
            return paragraph;
        }
        var match = SafeRegex.Match(Pattern(), paragraph);
        return match.Success && match.Length < paragraph.Length ? paragraph[match.Length..] : paragraph;
    }

    /// <summary>
    /// The place a paragraph's dateline names ("SPRINGFIELD" of "SPRINGFIELD, Ill. (KXYZ) — "), without
    /// its state; empty when the paragraph opens with no dateline or the dateline names only a credit.
    /// </summary>
    public static string Place(string paragraph)
    {
        if (Strip(paragraph).Length == paragraph.Length)
        {
            return string.Empty;
        }
        var place = SafeRegex.Match(Pattern(), paragraph).Groups["place"].Value;
        var comma = place.IndexOf(',', StringComparison.Ordinal);
        return (comma < 0 ? place : place[..comma]).TrimEnd(' ', '-', '—', '–', '.', '’', '\'');
    }

    [GeneratedRegex(
        @"^(?:(?<place>[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,3}),?\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s*)?)?\((?:[A-Z][\w&.'-]*\s?){1,4}\)\s*[-—–:]*\s*|^(?<place>[A-Z][A-Z .,'’-]{2,40})\s*[-—–]+\s*",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Pattern();
}
