namespace Clustering.Core.Text;

/// <summary>
/// First-pass page cleaning: drops paragraphs a page repeats (some pages carry their body twice)
/// and blank runs. The fuller cleaner (menus, error pages, teasers, footers) builds on this seam.
/// </summary>
public static class TextCleaner
{
    public static string Clean(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }
            // Short lines (menu items, "Follow Us") may legitimately repeat; only long ones mark a copied body.
            if (line.Length >= 40 && !seen.Add(line))
            {
                continue;
            }
            kept.Add(line);
        }
        return string.Join('\n', kept);
    }
}
