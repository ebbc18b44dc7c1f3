using System.Text.RegularExpressions;
using Clustering.Core.Facts;
using Clustering.Core.Text;

namespace Clustering.Core.Packs.General;

/// <summary>
/// "Charged with killing his wife and daughter", "murdered a guard, a clerk and a customer": the dead
/// listed one by one as the object of a killing verb, each a single person, counted. A report of one
/// killing seldom writes a number for two or three victims it can name by who they were. Read from
/// the headline and the opening of the body, as a stated count of the killed; a list of one is left to
/// the implied count (<see cref="ImpliedCasualties"/>).
/// </summary>
public static class ListedVictims
{
    /// <summary>Characters of the body that still tell what the article is about.</summary>
    public const int LeadWindow = 600;

    public static void Add(string title, string body, List<Quantity> quantities)
    {
        ArgumentNullException.ThrowIfNull(quantities);
        if (Find(title ?? string.Empty) is { } inTitle)
        {
            quantities.Add(Killed(inTitle, -1));
            return;
        }
        var lead = LeadText.Of(body, LeadWindow);
        if (Find(lead) is { } inBody)
        {
            var start = LeadText.SentenceStart(lead, inBody.Match.Index);
            if (!OtherEvents.TellsOfAnEarlierEvent(lead[start..LeadText.SentenceEnd(lead, inBody.Match.Index)]))
            {
                quantities.Add(Killed(inBody, start));
            }
        }
    }

    private static (Match Match, int Victims)? Find(string text)
    {
        var match = SafeRegex.Match(ListPattern, text);
        if (!match.Success)
        {
            return null;
        }
        var victims = match.Groups["victim"].Captures.Count;
        return victims >= 2 ? (match, victims) : null;
    }

    private static Quantity Killed((Match Match, int Victims) found, int offset) =>
        new(FactLexicon.Killed, found.Victims, found.Victims, found.Victims, Qualifiers.Exact, found.Match.Value, null, QuantityKind.Count, QuantityRole.Stated, offset);

    private static readonly string Victim =
        @"(?:" + GeneralPack.Lexicon.Alternation("victim-determiners") + @"\s+)?"
        + @"(?:(?:\d{1,3}-year-old|" + GeneralPack.Lexicon.Alternation("victim-modifiers") + @")\s+)*"
        + @"(?<victim>" + GeneralPack.Lexicon.Alternation("single-person-nouns") + "|" + GeneralPack.Lexicon.Alternation("kin-words") + ")";

    // The general pack's words (general.lexicon): "killing A, B and C", never a killer right after the
    // verb ("the slaying suspect") nor a clause's verb right after the list ("a clerk called police").
    private static readonly Regex ListPattern = Lexicon.Pattern(
        @"\b" + GeneralPack.Lexicon.Alternation("killing-verbs") + @"\s+(?!" + GeneralPack.Lexicon.Alternation("killer-nouns") + @")"
        + Victim + @"(?:\s*,\s*" + Victim + @")*(?:\s*,)?\s+and\s+" + Victim
        + @"\b(?!\s+" + GeneralPack.Lexicon.Alternation("clause-verbs") + ")");
}
