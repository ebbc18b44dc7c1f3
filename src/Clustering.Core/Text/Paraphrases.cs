using System.Collections.Frozen;

namespace Clustering.Core.Text;

/// <summary>
/// Words that rewrites and translations swap for one another ("participation"/"involvement",
/// "war"/"conflict", "deaths"/"fatalities"), folded to one stand-in so that two renderings of the
/// same sentence share their content words. Applied to lower-case words before stemming.
/// </summary>
public static class Paraphrases
{
    private static readonly FrozenDictionary<string, string> Groups = Build(
        ("particip", ["participation", "participate", "participated", "involvement", "involved", "engagement", "engaged", "role"]),
        ("war", ["war", "wars", "conflict", "conflicts", "fighting", "combat", "hostilities"]),
        ("justif", ["justified", "justifiable", "just", "legitimate", "rightful", "justify", "justifying", "lawful"]),
        ("sovereign", ["sovereign", "sovereignty"]),
        ("kill", ["deaths", "death", "fatalities", "fatality", "killed", "dead", "died", "slain"]),
        ("injur", ["wounded", "injured", "injuries", "hurt", "wounds"]),
        ("troop", ["troops", "troop", "soldiers", "soldier", "forces"]),
        ("deploy", ["sent", "send", "sending", "deployed", "deploy", "deployment", "dispatched", "dispatch", "dispatching"]),
        ("attack", ["attack", "attacks", "assault", "offensive", "strike"]),
        ("ignore", ["ignore", "neglect", "disregard"]),
        ("agree", ["agreement", "treaty", "pact", "accord", "deal"]),
        ("confirm", ["confirmed", "acknowledged", "admitted", "acknowledges", "acknowledgment", "acknowledgement", "admits"]),
        ("visit", ["visit", "visited", "visiting", "trip"]),
        ("invade", ["invaded", "encroached", "invasion", "incursion"]),
        ("say", ["said", "stated", "remarked", "declared", "asserted", "says", "told"]),
        ("about", ["around", "approximately", "roughly", "some", "nearly", "about", "estimated"]),
        ("ally", ["allies", "ally", "vassal", "henchmen", "stooge", "puppet"]),
        ("military", ["military", "armed", "army"]),
        ("celebrat", ["celebrated", "commemorated", "marked", "commemorating", "celebrating"]),
        ("victory", ["victory", "defeat", "triumph"]));

    public static string? Fold(string lowerWord) => Groups.GetValueOrDefault(lowerWord);

    /// <summary>Every word that folds, with its stand-in.</summary>
    internal static IReadOnlyDictionary<string, string> All => Groups;

    private static FrozenDictionary<string, string> Build(params (string Group, string[] Words)[] groups)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (group, words) in groups)
        {
            foreach (var word in words)
            {
                map[word] = "~" + group;
            }
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
