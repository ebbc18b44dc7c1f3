using System.Collections.Frozen;

namespace Clustering.Core.Text;

/// <summary>
/// Words that rewrites and translations swap for one another ("participation"/"involvement",
/// "war"/"conflict", "deaths"/"fatalities"), folded to one stand-in so that two renderings of the
/// same sentence share their content words. Applied to lower-case words before stemming; the groups
/// are the language's words (Text/english.lexicon).
/// </summary>
public static class Paraphrases
{
    private static readonly FrozenDictionary<string, string> Groups =
        English.Words.Map("paraphrases").ToFrozenDictionary(p => p.Key, p => "~" + p.Value, StringComparer.Ordinal);

    public static string? Fold(string lowerWord) => Groups.GetValueOrDefault(lowerWord);

    /// <summary>Every word that folds, with its stand-in.</summary>
    internal static IReadOnlyDictionary<string, string> All => Groups;
}
