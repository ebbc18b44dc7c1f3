using Clustering.Core.Text;

namespace Clustering.Core.Facts;

/// <summary>
/// The hedges that come before a number, folded to a few canonical qualifiers, and the interval each
/// one allows around the stated value.
/// </summary>
public static class Qualifiers
{
    public const string Exact = "exact";
    public const string About = "about";
    public const string Nearly = "nearly";
    public const string MoreThan = "more than";
    public const string AtLeast = "at least";
    public const string UpTo = "up to";
    public const string FewerThan = "fewer than";
    public const string Dozens = "dozens";
    public const string Hundreds = "hundreds";
    public const string Thousands = "thousands";

    private static readonly string[] Known = [Exact, About, Nearly, MoreThan, AtLeast, UpTo, FewerThan];

    /// <summary>The hedges (Text/english.lexicon), longest phrases first so that "an estimated" wins over "estimated" and "just over" over "over".</summary>
    internal static readonly (string[] Words, string Qualifier)[] Phrases =
        [.. English.Words.Phrases("qualifiers").Select(p => (p.Words, Known.Contains(p.Value) ? p.Value : throw new FormatException($"[qualifiers] reads an unknown qualifier '{p.Value}'")))];

    /// <summary>"dozens", "hundreds", "thousands": a size, not a number.</summary>
    public static bool IsVague(string qualifier) => qualifier is Dozens or Hundreds or Thousands;

    public static (double Low, double High) Interval(string qualifier, double value)
    {
        var (low, high) = RawInterval(qualifier, value);
        return (Math.Round(low, 6), Math.Round(high, 6));
    }

    private static (double Low, double High) RawInterval(string qualifier, double value) => qualifier switch
    {
        About => (value * 0.9, value * 1.1),
        Nearly => (value * 0.9, value),
        MoreThan or AtLeast => (value, value * 2),
        UpTo => (value * 0.5, value),
        FewerThan => (0, value),
        Dozens => (24, 99),
        Hundreds => (200, 999),
        Thousands => (2_000, 9_999),
        _ => (value, value),
    };
}
