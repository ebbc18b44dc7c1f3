using System.Text;

namespace Clustering.Core.Entities;

/// <summary>
/// Spelling-blind keys: case, accents, spaces, hyphens and apostrophes go, so "Anna Berg-Lund",
/// "Anna Berg Lund" and "ANNA BERG LUND" share one key.
/// </summary>
public static class EntityKeys
{
    public static string Fold(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(Latin.Fold(char.ToLowerInvariant(c)));
            }
        }
        return builder.ToString();
    }

    /// <summary>The initials of a name's capitalised words: "Northern River Authority" → "NRA".</summary>
    public static string Initials(string name)
    {
        var builder = new StringBuilder(8);
        var start = true;
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c) || c == '-')
            {
                start = true;
                continue;
            }
            if (start && char.IsUpper(c))
            {
                builder.Append(c);
            }
            start = false;
        }
        return builder.ToString();
    }
}
