using System.Text.RegularExpressions;
using Clustering.Core.Text;

namespace Clustering.Core.Cleaning;

/// <summary>
/// The wire dateline that opens a lead ("Lisbon, June 3 (Wire) ", "SPRINGFIELD (KXYZ) — ",
/// "(Agency) "): it names a place and a credit, not what happened, so the lead drops it.
/// </summary>
public static partial class Dateline
{
    public static string Strip(string paragraph) => Strip(paragraph, out _);

    /// <summary>
    /// The paragraph without its dateline, and the place the dateline names ("SPRINGFIELD" of
    /// "SPRINGFIELD, Ill. (KXYZ) — "), without its state; empty when the paragraph opens with no
    /// dateline or the dateline names only a credit. One match gives both.
    /// </summary>
    public static string Strip(string paragraph, out string place)
    {
        place = string.Empty;
        // A dateline has a bracketed credit or a dash near the start; most paragraphs have neither.
        var head = paragraph.AsSpan(0, Math.Min(paragraph.Length, 80));
        if (head.IndexOf('(') < 0 && head.IndexOfAny('—', '–') < 0 && head.IndexOf(" -", StringComparison.Ordinal) < 0)
        {
            return paragraph;
        }
        var match = SafeRegex.Match(Pattern(), paragraph);
        if (!match.Success || match.Length >= paragraph.Length)
        {
            return paragraph;
        }
        var written = match.Groups["place"].Value;
        var comma = written.IndexOf(',', StringComparison.Ordinal);
        place = (comma < 0 ? written : written[..comma]).TrimEnd(' ', '-', '—', '–', '.', '’', '\'');
        return paragraph[match.Length..];
    }

    /// <summary>The place a paragraph's dateline names (see <see cref="Strip(string, out string)"/>).</summary>
    public static string Place(string paragraph)
    {
        Strip(paragraph, out var place);
        return place;
    }

    [GeneratedRegex(
        @"^(?:(?<place>[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,3}),?\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s*)?)?\((?:[A-Z][\w&.'-]*\s?){1,4}\)\s*[-—–:]*\s*|^(?<place>[A-Z][A-Z .,'’-]{2,40})\s*[-—–]+\s*",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Pattern();
}
