using System.Text.RegularExpressions;
using Clustering.Core.Facts;
using Clustering.Core.Text;

namespace Clustering.Core.Packs.Shooting;

/// <summary>
/// "Deputies say the rancher fired at his wife and stepson and then at himself; three bodies bore
/// bullet wounds." In a murder-suicide that names nobody wounded, those shot are the dead, the
/// shooter among them: the count of the shot is a count of the killed. Read as shot, it would leave
/// the killed to a lone "was found dead" and make wounded of the dead (shot less killed).
/// </summary>
public static class MurderSuicides
{
    public static void Add(string title, string body, List<Quantity> quantities)
    {
        ArgumentNullException.ThrowIfNull(quantities);
        if (!quantities.Exists(q => q.Slot == FactLexicon.Shot)
            || quantities.Exists(q => q.Slot is FactLexicon.Injured or FactLexicon.CriticallyInjured or FactLexicon.Casualties)
            || !(SafeRegex.IsMatch(CuePattern, title ?? string.Empty) || SafeRegex.IsMatch(CuePattern, body ?? string.Empty))
            || SafeRegex.IsMatch(SurvivorPattern, body ?? string.Empty))
        {
            return;
        }
        for (var i = 0; i < quantities.Count; i++)
        {
            if (quantities[i].Slot == FactLexicon.Shot)
            {
                quantities[i] = quantities[i] with { Slot = FactLexicon.Killed };
            }
        }
    }

    /// <summary>
    /// "killed six people before turning the gun on himself", "Gunman kills 4 men, self": the
    /// count of the dead names the shooter's victims, and the shooter died too. A stated count of the
    /// killed inside such a clause is one more.
    /// </summary>
    public static void AddShooter(string title, string body, List<Quantity> quantities)
    {
        ArgumentNullException.ThrowIfNull(quantities);
        if (!quantities.Exists(q => q.Slot == FactLexicon.Killed && q.Role == QuantityRole.Stated))
        {
            return;
        }
        AddShooter(title ?? string.Empty, headline: true, quantities);
        AddShooter(body ?? string.Empty, headline: false, quantities);
    }

    /// <summary>Characters before the shooter's death within which the count of his victims is sought.</summary>
    private const int ClauseReach = 160;

    private static void AddShooter(string text, bool headline, List<Quantity> quantities)
    {
        if (!text.Contains("self", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        foreach (Match self in SafeRegex.Matches(ThenSelfPattern, text))
        {
            // The clause the shooter's death ends: back to the start of its sentence.
            var from = Math.Max(0, text.LastIndexOfAny(['.', ';', '!', '?', '\n'], Math.Max(0, self.Index - 1)) + 1);
            from = Math.Max(from, self.Index - ClauseReach);
            var match = (Index: from, Length: self.Index + self.Length - from, Value: text[from..(self.Index + self.Length)].Trim());
            for (var i = 0; i < quantities.Count; i++)
            {
                var q = quantities[i];
                if (q.Slot != FactLexicon.Killed || q.Role != QuantityRole.Stated || (q.Offset < 0) != headline)
                {
                    continue;
                }
                var at = text.IndexOf(q.Text, Math.Max(0, q.Offset), StringComparison.Ordinal);
                if (at >= match.Index && at + q.Text.Length <= match.Index + match.Length)
                {
                    quantities[i] = q with { Value = q.Value + 1, Low = q.Low + 1, High = q.High + 1, Text = match.Value };
                }
            }
        }
    }

    // The shooting pack's words (shooting.lexicon); the patterns are how a report tells of them.
    private static readonly string Weapons = ShootingPack.Lexicon.Alternation("weapons", wholeWords: false);
    private static readonly string SelfKilling = ShootingPack.Lexicon.Alternation("self-killing-verbs", wholeWords: false);

    private static readonly Regex ThenSelfPattern = Lexicon.Pattern(
        @"(?:,\s*(?:and\s+)?(?:then\s+)?(?:him|her)?self\b|\b(?:before|then|and|after)\s+(?:(?:fatally\s+)?(?:"
        + SelfKilling + "|" + ShootingPack.Lexicon.Alternation("self-shooting-verbs", wholeWords: false)
        + @"|turn(?:ing|ed)\s+the\s+" + Weapons + @"\s+on)\s+)?(?:him|her)self\b)");

    private static readonly Regex CuePattern = Lexicon.Pattern(
        @"\b" + ShootingPack.Lexicon.Alternation("murder-suicide", " ") + @"|\b(?:turn(?:ed|ing)|turns) the " + Weapons + @" on (?:him|her)self\b|\b"
        + SelfKilling + @" (?:him|her)self\b");

    private static readonly Regex SurvivorPattern = Lexicon.Pattern(@"\b" + ShootingPack.Lexicon.Alternation("survivor-cues", " "));
}
