namespace Clustering.Core.Features;

/// <summary>
/// Lines a source has already printed verbatim in earlier articles: page furniture the cleaner's
/// general rules did not know (a station's slogan, a sign-up prompt, a copyright notice). Two
/// unrelated articles of one outlet would otherwise share its terms, so such lines are dropped
/// from the body before weighing. Counted per source in <see cref="TermStatistics"/> (a key no
/// term can have), so the count travels to other silos with the document frequencies and a replay
/// in published order reads the same.
/// </summary>
public static class SourceLines
{
    /// <summary>
    /// A line printed by this many earlier articles of the source is furniture. One is enough: a
    /// follow-up that reprints a paragraph still shares its lead, title and names with the first.
    /// </summary>
    public const int Repeats = 1;

    /// <summary>Shorter lines are too common to be a site's own ("Police said.").</summary>
    public const int MinLength = 20;

    /// <summary>
    /// The body without the lines the source has printed <see cref="Repeats"/> times before (the
    /// first line, the lead, always stays); learns this article's lines when <paramref name="learn"/>.
    /// </summary>
    public static string Strip(string source, string body, TermStatistics statistics, bool learn)
    {
        if (source.Length == 0 || body.Length == 0)
        {
            return body;
        }
        var lines = body.Split('\n');
        var keys = new List<string>(lines.Length);
        var kept = new List<string>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length < MinLength)
            {
                kept.Add(lines[i]);
                continue;
            }
            var key = Key(source, line);
            if (i == 0 || statistics.LineCount(key) < Repeats)
            {
                kept.Add(lines[i]);
            }
            if (!keys.Contains(key))
            {
                keys.Add(key);
            }
        }
        if (learn)
        {
            statistics.ObserveLines(keys);
        }
        return kept.Count == lines.Length ? body : string.Join('\n', kept);
    }

    /// <summary>
    /// "~" and a stable 64-bit FNV-1a hash of source and line (string hashes vary per process): a
    /// short key of fixed size, since every line read is kept.
    /// </summary>
    private static string Key(string source, string line)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in source)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        hash = (hash ^ '\n') * 1099511628211UL;
        foreach (var c in line)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return "~" + hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }
}
