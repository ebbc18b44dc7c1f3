using System.Buffers;
using System.Text.RegularExpressions;
using Clustering.Core.Text;
using Clustering.Core.Entities;

namespace Clustering.Core.Credits;

/// <summary>
/// Reads wire and outlet credits from the raw page (the cleaner drops footers that carry them):
/// dateline agencies "(IANS)", "With inputs from Reuters", "X contributed to this report",
/// "By The Associated Press", copyright lines naming an agency, and agencies cited as sources.
/// </summary>
public static partial class CreditExtractor
{
    public static List<Credit> Extract(string rawText)
    {
        var credits = new List<Credit>();
        // A dateline credit is bracketed: over half of all pages have no bracket and skip the scan.
        if (rawText.Contains('(', StringComparison.Ordinal))
        {
            foreach (var match in SafeRegex.Matches(DatelineCredit(), rawText))
            {
                Add(credits, match.Groups["name"].Value, CreditKind.Dateline, match.Value.Trim(), null);
            }
        }
        foreach (var match in InputsCredits(rawText))
        {
            foreach (var name in SplitNames(match.Groups["name"].Value))
            {
                Add(credits, name, CreditKind.Inputs, match.Value.Trim(), null);
            }
        }
        foreach (var match in SafeRegex.Matches(SyndicationCredit(), rawText))
        {
            var name = match.Groups["name"].Value;
            if (Gazetteer.Agencies.ContainsKey(name))
            {
                Add(credits, name, CreditKind.Syndicated, match.Value.Trim(), null);
            }
        }
        foreach (var match in SafeRegex.Matches(CitedCredit(), rawText))
        {
            var name = match.Groups["name"].Value;
            if (!Gazetteer.Agencies.ContainsKey(name))
            {
                continue;
            }
            var via = match.Groups["via"].Success ? Canonical(match.Groups["via"].Value) : null;
            Add(credits, name, CreditKind.Cited, match.Value.Trim(), via);
        }
        foreach (var match in SafeRegex.Matches(AgencyCites(), rawText))
        {
            if (Gazetteer.Agencies.ContainsKey(match.Groups["name"].Value))
            {
                Add(credits, match.Groups["name"].Value, CreditKind.Cited, match.Value.Trim(), null);
            }
        }
        return credits;
    }

    /// <summary>
    /// The <see cref="InputsCredit"/> matches, read only on lines that hold one of its literals:
    /// a match never spans a line, and scanning the whole page for its capitalised-name branch
    /// cost more than the rest of reading together.
    /// </summary>
    private static List<Match> InputsCredits(string rawText)
    {
        var found = new List<Match>();
        var text = rawText.AsSpan();
        var from = 0;
        while (from < text.Length)
        {
            var hit = text[from..].IndexOfAny(InputsTriggers);
            if (hit < 0)
            {
                break;
            }
            hit += from;
            var lineStart = rawText.LastIndexOf('\n', hit) + 1;
            var lineEnd = rawText.IndexOf('\n', hit);
            if (lineEnd < 0)
            {
                lineEnd = rawText.Length;
            }
            found.AddRange(SafeRegex.Matches(InputsCredit(), rawText, lineStart, lineEnd - lineStart));
            from = lineEnd + 1;
        }
        return found;
    }

    // Every InputsCredit match holds one of these (the regex ignores case, and so does this search).
    private static readonly SearchValues<string> InputsTriggers = SearchValues.Create(["input", "contributed to this"], StringComparison.OrdinalIgnoreCase);

    private static string Canonical(string name)
    {
        name = name.Trim();
        return Gazetteer.Agencies.TryGetValue(name, out var canonical) ? canonical : name;
    }

    private static string[] SplitNames(string names) =>
        names.Split([",", " and ", "&"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static void Add(List<Credit> credits, string name, CreditKind kind, string text, string? via)
    {
        var canonical = Canonical(name);
        if (canonical.Length == 0)
        {
            return;
        }
        foreach (var credit in credits)
        {
            if (credit.Kind == kind && credit.Name == canonical)
            {
                return;
            }
        }
        credits.Add(new Credit(canonical, kind, text, via));
    }

    [GeneratedRegex(@"(?:^|\n)[^\n(]{0,60}?\((?<name>[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3})\)\s*[-—–:]*\s*(?=[A-Z])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex DatelineCredit();

    [GeneratedRegex(@"\(?\b(?:with )?inputs? from (?<name>[A-Z][\w.&' -]{1,60}?)\)?(?=[.\n]|$)|(?<name>(?:The )?[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3}) contributed to this (?:report|story)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex InputsCredit();

    [GeneratedRegex(@"(?:^|\n)\W*(?i:by|copyright(?: \(c\))?(?: \d{4})?(?: by)?|©\s*(?:\d{4})?)\s+(?<name>(?:The )?[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex SyndicationCredit();

    [GeneratedRegex(@"\b(?:according to|reports?|reported by|relayed by|citing|quoting|per)\s+(?:the\s+)?(?:(?:state(?:-run)?|official|news agency|state media|media)\s+)*(?<name>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3})(?:,?\s+(?:quoting|citing)\s+(?:the\s+)?(?:state(?:-run)?\s+)?(?<via>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3}))?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex CitedCredit();

    [GeneratedRegex(@"\b(?<name>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3})\s+(?:reported|said|reports|says)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex AgencyCites();
}
