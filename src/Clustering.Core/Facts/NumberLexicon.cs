namespace Clustering.Core.Facts;

/// <summary>Reads spelled-out numbers: "four", "twenty-one", "two hundred", "a dozen", "1.2 million".</summary>
internal static class NumberLexicon
{
    /// <summary>Whether a line with this word may hold a count (see <see cref="FactLexicon.CountOpeners"/>).</summary>
    public static bool CouldStartCount(ReadOnlySpan<char> word)
    {
        if (FactLexicon.CountOpenersBySpan.Contains(word))
        {
            return true;
        }
        var hyphen = word.IndexOf('-');
        return hyphen > 0 && FactLexicon.NumberWordsBySpan.ContainsKey(word[..hyphen]);
    }

    /// <summary>The value of a spelled number word, including hyphenated tens ("twenty-one"), or null.</summary>
    public static double? WordValue(ReadOnlySpan<char> word)
    {
        var lookup = FactLexicon.NumberWordsBySpan;
        if (lookup.TryGetValue(word, out var value))
        {
            return value;
        }
        var hyphen = word.IndexOf('-');
        if (hyphen > 0 && lookup.TryGetValue(word[..hyphen], out var tens) && tens >= 20 && tens % 10 == 0
            && lookup.TryGetValue(word[(hyphen + 1)..], out var units) && units < 10)
        {
            return tens + units;
        }
        return null;
    }

    /// <summary>"one-third", "two-thirds": a share written as one hyphenated word.</summary>
    public static double? HyphenatedFraction(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOf('-');
        if (hyphen <= 0)
        {
            return null;
        }
        var numerator = WordValue(word[..hyphen]);
        return numerator is { } n && FactLexicon.FractionWordsBySpan.TryGetValue(word[(hyphen + 1)..], out var share)
            ? n * share
            : null;
    }
}
