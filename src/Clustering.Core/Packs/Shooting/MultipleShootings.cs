using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Clustering.Core.Facts;
using Clustering.Core.Text;

namespace Clustering.Core.Packs.Shooting;

/// <summary>
/// "A double shooting", "Fatal triple shooting on Alder Street": the kind of shooting names how many
/// were shot, dead and wounded together, often in the only words an article spends on it. Read from
/// the headline and the opening of the body, as a stated count of the shot.
/// </summary>
public static class MultipleShootings
{
    /// <summary>Characters of the body that still tell what the article is about.</summary>
    public const int LeadWindow = 600;

    public static void Add(string title, string body, List<Quantity> quantities)
    {
        ArgumentNullException.ThrowIfNull(quantities);
        if (Find(title ?? string.Empty) is { } inTitle)
        {
            quantities.Add(Shot(inTitle, -1));
            return;
        }
        var lead = LeadText.Of(body, LeadWindow);
        if (Find(lead) is { } inBody)
        {
            quantities.Add(Shot(inBody, LeadText.SentenceStart(lead, inBody.Index)));
        }
    }

    private static Match? Find(string text)
    {
        if (!text.Contains("shooting", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var match = SafeRegex.Match(KindPattern, text);
        return match.Success ? match : null;
    }

    private static Quantity Shot(Match match, int offset)
    {
        var value = Kinds[match.Groups[1].Value];
        // "A double fatal shooting": both died.
        var slot = match.Groups[2].Success ? FactLexicon.Killed : FactLexicon.Shot;
        return new Quantity(slot, value, value, value, Qualifiers.Exact, match.Value, null, QuantityKind.Count, QuantityRole.Stated, offset);
    }

    // The shooting pack's words (shooting.lexicon).
    private static readonly FrozenDictionary<string, double> Kinds = ShootingPack.Lexicon.Numbers("multiple-shootings");

    private static readonly Regex KindPattern = Lexicon.Pattern(
        @"\b(" + ShootingPack.Lexicon.Alternation("multiple-shootings") + @")[- ](?:(" + ShootingPack.Lexicon.Alternation("fatal-adjectives", wholeWords: false) + @")\s+)?shootings?\b");
}
