using Clustering.Core.Text;

namespace Clustering.Core.Facts;

/// <summary>
/// "Two climbers are feared dead", "40 are feared to have drowned", "presumed dead", "believed dead": a fear or
/// belief before the death word says the dead are not known to be dead. A desk counts them missing until bodies
/// are found or officials confirm. "Believed to have died in a fire" says how they died, not whether, so a belief
/// counts only right before the death word; a fear also over "to have" or "to be".
/// </summary>
internal static class FearedDeaths
{
    /// <summary>Whether the death word at token <paramref name="at"/> is feared or believed rather than known.</summary>
    public static bool Before(string text, List<WordToken> tokens, int at)
    {
        if (IsIn(text, tokens, at - 1, FactLexicon.BeliefWordsBySpan))
        {
            return true;
        }
        var k = at - 1;
        if (IsWord(text, tokens, k, "have") || IsWord(text, tokens, k, "be"))
        {
            if (!IsWord(text, tokens, k - 1, "to"))
            {
                return false;
            }
            k -= 2;
        }
        return IsIn(text, tokens, k, FactLexicon.FearedWordsBySpan);
    }

    private static bool IsWord(string text, List<WordToken> tokens, int k, string word) => k >= 0 && k < tokens.Count && tokens[k].Is(text, word);

    private static bool IsIn(string text, List<WordToken> tokens, int k, WordSet words) =>
        k >= 0 && k < tokens.Count && tokens[k].Kind == WordTokenKind.Word && words.Contains(tokens[k].Span(text));
}
