using System.Text.RegularExpressions;
using Clustering.Core.Facts;
using Clustering.Core.Text;

namespace Clustering.Core.Packs.General;

/// <summary>
/// "Just last year, a boy was killed at the same address"; "it was the third shooting on the block
/// since March 2015": reports set the event beside earlier ones, and the victims of those are no
/// count of this one. A count of victims, missing, rescued or displaced in a sentence that dates itself before the event is dropped,
/// as long as the article counts victims, the missing, the rescued or the displaced elsewhere (a report
/// on a trial may speak of the event only in the past), and unless it tells of a charge, plea or trial
/// (a later report on this event).
/// </summary>
public static class OtherEvents
{
    /// <summary>Characters of a sentence searched for a cue, from its start.</summary>
    private const int SentenceReach = 300;

    public static void Drop(string body, List<Quantity> quantities)
    {
        ArgumentNullException.ThrowIfNull(quantities);
        if (string.IsNullOrEmpty(body))
        {
            return;
        }
        var earlier = new HashSet<int>();
        foreach (var offset in quantities.Where(q => q.Offset >= 0 && IsEventsPeople(q.Slot)).Select(q => q.Offset).Distinct())
        {
            if (offset < body.Length && TellsOfAnEarlierEvent(Sentence(body, offset)))
            {
                earlier.Add(offset);
            }
        }
        // "Four are still missing ... Six people died in avalanches here last winter": the missing, rescued and displaced
        // are this event's people as much as its victims.
        if (earlier.Count == 0 || !quantities.Exists(q => IsEventsPeople(q.Slot) && !earlier.Contains(q.Offset)))
        {
            return;
        }
        quantities.RemoveAll(q => q.Offset >= 0 && IsEventsPeople(q.Slot) && earlier.Contains(q.Offset));
    }

    private static bool IsEventsPeople(string slot) =>
        FactLexicon.IsVictimSlot(slot) || slot is FactLexicon.Missing or FactLexicon.Rescued or FactLexicon.Displaced;

    /// <summary>Whether the quantity's sentence in the body dates itself before the event (<see cref="TellsOfAnEarlierEvent"/>); false for a headline's.</summary>
    internal static bool IsOfAnEarlierEvent(string body, Quantity quantity) =>
        quantity.Offset >= 0 && quantity.Offset < body.Length && TellsOfAnEarlierEvent(Sentence(body, quantity.Offset));

    /// <summary>Whether a sentence dates itself before the event and tells of no charge, plea or trial.</summary>
    internal static bool TellsOfAnEarlierEvent(string sentence)
    {
        foreach (Match cue in SafeRegex.Matches(CuePattern, sentence))
        {
            // "the deadliest in the region since 2017" measures this event against the years before it;
            // "the worst since 2009, when a crash killed 71" goes on to tell of the earlier one.
            var comparison = cue.Value.StartsWith("since", StringComparison.OrdinalIgnoreCase) && SafeRegex.IsMatch(SuperlativePattern, sentence[..cue.Index])
                && !SafeRegex.IsMatch(WhenPattern, sentence[(cue.Index + cue.Length)..]);
            if (!comparison)
            {
                return !SafeRegex.IsMatch(CourtPattern, sentence);
            }
        }
        return false;
    }

    /// <summary>The sentence from <paramref name="start"/>, at most <see cref="SentenceReach"/> characters: a line break ends it, a decimal point ("magnitude-7.2") does not.</summary>
    private static string Sentence(string body, int start)
    {
        var length = Math.Min(SentenceReach, body.Length - start);
        var lineEnd = body.IndexOf('\n', start, length);
        var end = Math.Min(SentenceSplitter.SentenceEndFrom(body, start), lineEnd < 0 ? start + length : lineEnd);
        return body[start..end];
    }

    // The general pack's words (general.lexicon); the patterns are how a sentence dates itself.
    private static readonly string Months = GeneralPack.Lexicon.Alternation("month-names", wholeWords: false);

    private static readonly Regex CuePattern = Lexicon.Pattern(
        @"\b" + GeneralPack.Lexicon.Alternation("earlier-words", wholeWords: false) + " " + GeneralPack.Lexicon.Alternation("earlier-periods", wholeWords: false)
        + @"\b|\b(?:years|months) ago\b|\bearlier this year\b|\bso far (?:this|in)\b|\bin the (?:past|last) (?:\w+ )?(?:days|weeks|months|years)\b|\bsame "
        + GeneralPack.Lexicon.Alternation("same-places", wholeWords: false) + @" where\b|\bnot far from where\b|\b(?:in|since|through|until|during) (?:" + Months + @" )?(?:19|20)\d\d\b|\bon "
        + Months + @" \d{1,2}, (?:19|20)\d\d\b");

    private static readonly Regex WhenPattern = Lexicon.Pattern(@"^\W*when\b");

    private static readonly Regex SuperlativePattern = Lexicon.Pattern(@"\b" + GeneralPack.Lexicon.Alternation("superlatives"));

    /// <summary>"pleaded guilty to killing his brothers last year": a later report on this event, told in the past.</summary>
    private static readonly Regex CourtPattern = Lexicon.Pattern(@"\b" + GeneralPack.Lexicon.Alternation("court-stems"));
}
