using System.Text.RegularExpressions;
using Clustering.Core.Facts;
using Clustering.Core.Packs;
using Clustering.Core.Packs.Shooting;
using Clustering.Core.Text;

namespace Clustering.Core.Consensus;

/// <summary>
/// Reduces the numbers one article states for a slot to the one it stands for: a worked-out sum
/// beats its parts ("11,000, then 3,000 more" is 14,000), the headline beats the body (it is what
/// the outlet chose to lead with), and otherwise the value stated most often; on a tie, for the
/// wounded the one in the opening paragraphs over one deeper down (where figures more often count
/// part of the victims, or other events), then the larger (a story that tells how a toll rose ends
/// on the higher figure).
/// </summary>
internal static class ArticleClaims
{
    /// <summary>The article's value for each slot it mentions, in slot order.</summary>
    public static List<LedgerQuantity> Of(IReadOnlyList<LedgerQuantity> quantities)
    {
        var claims = new List<LedgerQuantity>();
        foreach (var slot in quantities.Select(q => q.Slot).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (Choose(quantities, slot) is { } claim)
            {
                claims.Add(claim);
            }
        }
        // "One dead and four seriously wounded": when the worst of the wounded are the only wounded the
        // article counts (no injured, no shot), they are all of them.
        // "Three others were seriously hurt ... Pellow was also injured": an addition smaller than the worst of the
        // wounded is one of them, not their number.
        if (claims.Find(c => c.Slot == FactLexicon.CriticallyInjured) is { } critical
            && !claims.Exists(c => c.Slot is FactLexicon.Injured or FactLexicon.Shot && (c.Role != QuantityRole.Addition || c.Value >= critical.Value)))
        {
            claims.RemoveAll(c => c.Slot == FactLexicon.Injured);
            claims.Add(critical with { Slot = FactLexicon.Injured });
            claims.Sort((a, b) => string.CompareOrdinal(a.Slot, b.Slot));
        }
        // "A teen was shot and killed ... A woman was also hit": those shot besides the dead are the wounded.
        if (!claims.Exists(c => c.Slot == FactLexicon.Injured) && claims.Find(c => c.Slot == FactLexicon.Shot) is { Role: QuantityRole.Addition } besides
            && claims.Exists(c => c.Slot == FactLexicon.Killed))
        {
            claims.Add(besides with { Slot = FactLexicon.Injured });
            claims.Sort((a, b) => string.CompareOrdinal(a.Slot, b.Slot));
        }
        // "An officer was shot; the suspect died in the standoff": the dead is the one who fired, not one of those shot.
        if (!claims.Exists(c => c.Slot == FactLexicon.Injured) && claims.Find(c => c.Slot == FactLexicon.Shot) is { } hit
            && claims.Find(c => c.Slot == FactLexicon.Killed) is { Value: 1 } fired && SafeRegex.IsMatch(ShooterDiedPattern, fired.Text) && !SafeRegex.IsMatch(ShooterNounPattern, hit.Text))
        {
            claims.Add(hit with { Slot = FactLexicon.Injured });
            claims.Sort((a, b) => string.CompareOrdinal(a.Slot, b.Slot));
        }
        // "Three people were shot, one fatally ... one victim suffered a wound to the hand": a smaller injured
        // count further down than the count of the shot singles out some of the wounded; those shot and not
        // killed are all of them.
        if (claims.FindIndex(c => c.Slot == FactLexicon.Injured) is var at and >= 0
            && claims.Find(c => c.Slot == FactLexicon.Shot) is { } shot && shot.Offset < claims[at].Offset
            && shot.Role != QuantityRole.Implied && claims[at].Role != QuantityRole.Addition)
        {
            var dead = claims.Find(c => c.Slot == FactLexicon.Killed);
            var wounded = shot.Value - (dead?.Value ?? 0);
            if (claims[at].Value < wounded)
            {
                claims[at] = claims[at] with
                {
                    Value = wounded, Low = Math.Max(0, shot.Low - (dead?.High ?? 0)), High = Math.Max(0, shot.High - (dead?.Low ?? 0)),
                    Qualifier = shot.Qualifier, Text = dead is null ? shot.Text : $"{shot.Text} − {dead.Text}", Offset = shot.Offset,
                };
            }
        }
        // A round-up's victim counts, whatever their wording, speak for no single incident.
        if (quantities.Any(q => q.Role == QuantityRole.RoundUp))
        {
            for (var i = 0; i < claims.Count; i++)
            {
                if (FactLexicon.IsVictimSlot(claims[i].Slot))
                {
                    claims[i] = claims[i] with { Role = QuantityRole.RoundUp };
                }
            }
        }
        return claims;
    }

    /// <summary>The nouns for whoever fired (the shooting pack's words), in both patterns below.</summary>
    private static readonly string Shooter = @"\b" + ShootingPack.Lexicon.Alternation("shooter-nouns", wholeWords: false) + @"s?\b";

    /// <summary>"the suspect died", "gunman shot, killed", "suspect was killed by officers".</summary>
    private static readonly Regex ShooterDiedPattern = Lexicon.Pattern(
        Shooter + @",?\s+(?:(?:was|were|is|has|had|been|later|also|then|shot|and|fatally|found)\s+){0,3}(?:killed|dead|died)\b");

    private static readonly Regex ShooterNounPattern = Lexicon.Pattern(Shooter);

    /// <summary>
    /// Victims are listed one group after another ("two were hurt ... two more people were hurt" tells
    /// the same two twice), so a worked-out sum of victims is no figure the article gives.
    /// </summary>
    private static bool IsVictimCount(string slot) => slot is FactLexicon.Killed or FactLexicon.Injured or FactLexicon.Shot;

    /// <summary>What befell an event's people other than death, which a report counts after its dead ("and another 11 are missing").</summary>
    private static bool IsFateOfSurvivors(string slot) => IsWounded(slot) || slot is FactLexicon.Missing or FactLexicon.Rescued or FactLexicon.Displaced;

    private static bool IsWounded(string slot) => slot is FactLexicon.Injured or FactLexicon.Shot or FactLexicon.CriticallyInjured;

    /// <summary>
    /// Whether the figure stands in the headline or the opening paragraphs, where outlets give the toll itself;
    /// deeper down, figures more often count part of the victims ("20 in the capital"), an earlier figure, or
    /// another event set beside this one ("the deadliest since a 1987 quake, which killed 1,000").
    /// </summary>
    private static bool InLead(LedgerQuantity quantity) => quantity.Offset < SlotConsensus.NearTop;

    /// <summary>How far above a lead's rounded bound a deeper count may lie and still be that count made exact.</summary>
    private const double RefinedWithin = 1.25;

    /// <summary>"More than 200 died ... crews recovered 204 bodies": the deeper count makes the lead's rounded bound exact.</summary>
    private static bool Refines(LedgerQuantity deeper, LedgerQuantity lead) =>
        lead.Qualifier is Qualifiers.MoreThan or Qualifiers.AtLeast && deeper.Value >= lead.Value && deeper.Value <= lead.Value * RefinedWithin;

    /// <summary>
    /// Between two figures with as many votes: the one given as the whole or the latest ("a total of 97 deaths"),
    /// then for the dead and the wounded the one in the opening over one deeper down (unless the deeper one
    /// makes the opening's bound exact), then (and for every other slot) the larger.
    /// </summary>
    private static bool WinsTie(LedgerQuantity challenger, LedgerQuantity holder, string slot)
    {
        if (challenger.Tally != holder.Tally)
        {
            return challenger.Tally;
        }
        if ((IsWounded(slot) || slot == FactLexicon.Killed) && InLead(challenger) != InLead(holder))
        {
            var (lead, deeper) = InLead(challenger) ? (challenger, holder) : (holder, challenger);
            var winner = Refines(deeper, lead) ? deeper : lead;
            return ReferenceEquals(winner, challenger);
        }
        return challenger.Value > holder.Value;
    }

    public static LedgerQuantity? Choose(IReadOnlyList<LedgerQuantity> quantities, string slot)
    {
        LedgerQuantity? total = null, headline = null, best = null;
        var bestVotes = 0;
        // "Dozens hurt" over "47 were injured": a size gives way to the number the same article gives,
        // wherever it stands (a headline rounds; the body counts).
        var givesNumber = quantities.Any(q => q.Slot == slot && !Qualifiers.IsVague(q.Qualifier) && q.Role != QuantityRole.Addition);
        foreach (var quantity in quantities)
        {
            // "Father killed in shooting that left another six injured": a headline has no count before it for
            // "another" to add to, so its wounded are all the wounded.
            var headlineWounded = quantity.Role == QuantityRole.Addition && quantity.Offset < 0 && slot is FactLexicon.Injured or FactLexicon.Shot;
            if (quantity.Slot != slot || (quantity.Role == QuantityRole.Addition && !headlineWounded) || (quantity.Role == QuantityRole.Total && IsVictimCount(slot))
                || (givesNumber && Qualifiers.IsVague(quantity.Qualifier)))
            {
                continue;
            }
            if (quantity.Role == QuantityRole.Total)
            {
                total = quantity;
            }
            if (quantity.Offset < 0)
            {
                headline ??= quantity;
            }
            if (headlineWounded)
            {
                continue;
            }
            // One vote a sentence: "a toddler was grazed in the calf, a driver was hit in one hip and a passenger was
            // grazed on the wrist" tells of three people one at a time, not three times of one.
            var votes = quantities.Where(q => q.Slot == slot && q.Value == quantity.Value && q.Role != QuantityRole.Addition
                && !(q.Role == QuantityRole.Total && IsVictimCount(slot))).Select(q => q.Offset).Distinct().Count();
            if (votes > bestVotes || (votes == bestVotes && WinsTie(quantity, best!, slot)))
            {
                best = quantity;
                bestVotes = votes;
            }
        }
        if (total is null && headline is not null && best is not null && !ReferenceEquals(best, headline) && Refines(best, headline))
        {
            // "More than 200 killed" over a body that counts "at least 217": the headline rounds what the body counts.
            headline = best;
        }
        // "Two were killed and another wounded", "three died and another 11 are missing": an addition to no count of
        // its own slot is that slot's count.
        // Not for the dead: "two more people were killed" far from any count tells of other deaths (a year's toll).
        return total ?? headline ?? best
            ?? (IsFateOfSurvivors(slot) ? quantities.FirstOrDefault(q => q.Slot == slot && q.Role == QuantityRole.Addition) : null);
    }
}
