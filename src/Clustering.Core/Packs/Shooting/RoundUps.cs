using System.Text.RegularExpressions;
using Clustering.Core.Facts;
using Clustering.Core.Text;

namespace Clustering.Core.Packs.Shooting;

/// <summary>
/// Round-ups tell of several shootings at once: "6 dead, 20 wounded in weekend shootings",
/// "two killed in separate shootings across the city". Their victim counts are sums over the
/// incidents, and their paragraphs give each incident's own figures one after another, so none of
/// their counts speaks for the one incident a story is about. Told by a headline or opening that
/// speaks of several, separate or the weekend's shootings, or by a headline's plural shootings and
/// a body that moves from address to address.
/// </summary>
public static partial class RoundUps
{
    /// <summary>Characters of the body that still tell what the article is about.</summary>
    public const int LeadWindow = 400;

    public static bool Is(string title, string body)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        var lead = body.Length > LeadWindow ? body.AsSpan(0, LeadWindow) : body.AsSpan();
        // Most articles name neither word: no pattern to run.
        if ((MayTell(title) && SafeRegex.IsMatch(SeveralShootingsPattern, title)) || (MayTell(lead) && SafeRegex.IsMatch(SeveralShootingsPattern, lead)))
        {
            return true;
        }
        // "Two dead in Riverside shootings" may be one spree; it is a round-up when the body moves from scene to scene.
        return title.Contains("shootings", StringComparison.OrdinalIgnoreCase) && ManyScenes(body);
    }

    private static bool MayTell(ReadOnlySpan<char> text) =>
        text.Contains("shootings", StringComparison.OrdinalIgnoreCase) || text.Contains("weekend", StringComparison.OrdinalIgnoreCase);

    /// <summary>Two street addresses ("the 300 block of Alder Street") or three clock times: several scenes.</summary>
    private static bool ManyScenes(string body)
    {
        string? firstBlock = null;
        foreach (Match match in SafeRegex.Matches(Block(), body))
        {
            var number = match.Groups[1].Value;
            if (firstBlock is null)
            {
                firstBlock = number;
            }
            else if (number != firstBlock)
            {
                return true;
            }
        }
        var times = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in SafeRegex.Matches(ClockTime(), body))
        {
            if (times.Add(match.Groups[1].Value) && times.Count >= 3)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Marks the victim counts of a round-up as <see cref="QuantityRole.RoundUp"/>; additions stay additions.</summary>
    public static void Mark(List<Quantity> quantities)
    {
        ArgumentNullException.ThrowIfNull(quantities);
        for (var i = 0; i < quantities.Count; i++)
        {
            if (FactLexicon.IsVictimSlot(quantities[i].Slot) && quantities[i].Role is QuantityRole.Stated or QuantityRole.Implied)
            {
                quantities[i] = quantities[i] with { Role = QuantityRole.RoundUp };
            }
        }
    }


    /// <summary>"two shootings", "separate shootings", "weekend shootings", "shootings across the city", "a weekend of violence" (the words: shooting.lexicon).</summary>
    private static readonly Regex SeveralShootingsPattern = Lexicon.Pattern(
        @"\b(?:" + ShootingPack.Lexicon.Alternation("several-shootings", wholeWords: false) + @"|\d+)(?:\s+\S+){0,2}\s+shootings\b|\bshootings\s+"
        + ShootingPack.Lexicon.Alternation("shootings-across", wholeWords: false) + @"|\bweekend\s+of\s+" + ShootingPack.Lexicon.Alternation("weekend-of", wholeWords: false)
        + @"|\bviolent\s+weekend\b");

    [GeneratedRegex(@"\b(\d+)\s+block\s+of\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Block();

    [GeneratedRegex(@"\b(\d{1,2}(?::\d\d)?)\s*(?:a\.m\.|p\.m\.)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex ClockTime();
}
