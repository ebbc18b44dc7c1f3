using System.Text.RegularExpressions;
using Clustering.Core.Facts;
using Clustering.Core.Text;

namespace Clustering.Core.Packs.General;

/// <summary>
/// "No one was hurt", "nobody was killed or injured", "no injuries were reported", "there were no
/// casualties": a count of zero, stated. "No one else was hurt" says nothing of those already told of,
/// and is not read.
/// </summary>
public static class ZeroCounts
{
    public static void Add(string headline, string body, List<Quantity> quantities)
    {
        ArgumentNullException.ThrowIfNull(quantities);
        headline ??= string.Empty;
        body ??= string.Empty;
        Read(headline, headline.Length, -1, quantities);
        Read(body, Math.Min(body.Length, OpeningReach), 0, quantities);
    }

    /// <summary>
    /// Characters of the body read for a denial: a report says early whether anyone was hurt; "no one was
    /// injured" deeper down more often tells of another case (a round-up's next item, an earlier crash).
    /// </summary>
    private const int OpeningReach = 1200;

    /// <summary>Reads the first <paramref name="length"/> characters of the text; matches are rare, so only a match allocates.</summary>
    private static void Read(string text, int length, int headlineOffset, List<Quantity> quantities)
    {
        if (length == 0 || text.AsSpan(0, length).IndexOf("no", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return;
        }
        foreach (var match in SafeRegex.Matches(NobodyPattern, text, 0, length))
        {
            var what = match.Groups["what"].Value;
            var offset = headlineOffset < 0 ? -1 : SentenceStart(text, match.Index);
            foreach (var slot in SlotsOf(what))
            {
                if (Counts(quantities, slot))
                {
                    continue;
                }
                quantities.Add(new Quantity(slot, 0, 0, 0, Qualifiers.Exact, match.Value, null, QuantityKind.Count, QuantityRole.Stated, offset));
            }
        }
    }

    private static bool Counts(List<Quantity> quantities, string slot) =>
        quantities.Exists(q => q.Value > 0 && (q.Slot == slot || q.Slot == FactLexicon.Casualties
            || (slot == FactLexicon.Injured && q.Slot is FactLexicon.Shot or FactLexicon.CriticallyInjured)));

    /// <summary>"killed or injured" and "casualties" deny both; every other word one slot.</summary>
    private static IEnumerable<string> SlotsOf(string what)
    {
        var lower = what.ToLowerInvariant();
        bool dead = false, hurt = false;
        foreach (var (stem, slot) in DenialStems)
        {
            if (lower.Contains(stem, StringComparison.Ordinal))
            {
                dead |= slot is FactLexicon.Killed or FactLexicon.Casualties;
                hurt |= slot is FactLexicon.Injured or FactLexicon.Casualties;
            }
        }
        if (dead)
        {
            yield return FactLexicon.Killed;
        }
        if (hurt)
        {
            yield return FactLexicon.Injured;
        }
    }

    private static int SentenceStart(string text, int at)
    {
        var start = text.LastIndexOfAny(['.', '\n', '!', '?'], Math.Max(0, at - 1));
        while (start >= 0 && start + 1 < text.Length && char.IsWhiteSpace(text[start + 1]))
        {
            start++;
        }
        return at == 0 || start < 0 ? 0 : start + 1;
    }

    // The general pack's words (general.lexicon): what a denial denies.
    private static readonly (string Stem, string Slot)[] DenialStems = [.. GeneralPack.Lexicon.Map("denial-stems").Select(p => (p.Key, p.Value))];
    private static readonly string HarmWords = GeneralPack.Lexicon.Alternation("harm-words", wholeWords: false);
    private static readonly string HarmNouns = GeneralPack.Lexicon.Alternation("harm-nouns", wholeWords: false);
    private static readonly string Harm = HarmWords + @"(?:\s+or\s+" + HarmWords + ")?";
    private static readonly string Harms = HarmNouns + @"(?:\s+or\s+" + HarmNouns + ")?";

    private static readonly Regex NobodyPattern = Lexicon.Pattern(
        @"\b(?:no\s+one|no-one|nobody)\s+(?:was|were|is|has\s+been|had\s+been|have\s+been|got)\s+(?:\w+ly\s+)?(?:reported\s+)?(?<what>" + Harm + @")\b"
        + @"|\bno\s+(?<what>" + Harms + @")\s+(?:were|was|have\s+been|had\s+been|are|has\s+been)\s+(?:immediately\s+)?reported\b"
        + @"|\bthere\s+(?:were|was|have\s+been|had\s+been|are)\s+no\s+(?:reports?\s+of\s+)?(?<what>" + Harms + @")\b"
        + @"|\bno\s+(?:reports?\s+of\s+)?(?<what>" + Harms + @")\s+reported\b"
        + @"|\bno\s+(?<what>dead\s+or\s+(?:wounded|injured))\b",
        RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture);
}
