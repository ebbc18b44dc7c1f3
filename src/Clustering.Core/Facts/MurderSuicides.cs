using System.Text.RegularExpressions;

namespace Clustering.Core.Facts;

/// <summary>
/// "Deputies say the rancher fired at his wife and stepson and then at himself; three bodies bore
/// bullet wounds." In a murder-suicide that names nobody wounded, those shot are the dead, the
/// shooter among them: the count of the shot is a count of the killed. Read as shot, it would leave
/// the killed to a lone "was found dead" and make wounded of the dead (shot less killed).
/// </summary>
public static partial class MurderSuicides
{
    public static void Add(string title, string body, List<Quantity> quantities)
    {
        ArgumentNullException.ThrowIfNull(quantities);
        if (!quantities.Exists(q => q.Slot == FactLexicon.Shot)
            || quantities.Exists(q => q.Slot is FactLexicon.Injured or FactLexicon.CriticallyInjured or FactLexicon.Casualties)
            || !(Cue().IsMatch(title ?? string.Empty) || Cue().IsMatch(body ?? string.Empty))
            || Survivor().IsMatch(body ?? string.Empty))
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

    [GeneratedRegex(@"\bmurder[- ]suicide\b|\b(?:turn(?:ed|ing)|turns) the (?:gun|weapon|rifle|shotgun|handgun) on (?:him|her)self\b|\b(?:killed|killing|kills) (?:him|her)self\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Cue();

    [GeneratedRegex(@"\bsurviv|\bwounded\b|\bcritical condition\b|\bhospitali[sz]ed\b|\bexpected to recover\b|\binjured\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Survivor();
}
