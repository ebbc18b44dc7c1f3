namespace Clustering.Core.Packs;

/// <summary>
/// What a rule reads of a body as its news: the opening window, and the sentence an offset falls in,
/// bounded by . ! ? or a line break. Rough on purpose (an abbreviation's point ends a sentence here):
/// rules use it to place a count, not to quote it.
/// </summary>
internal static class LeadText
{
    private static readonly char[] Ends = ['.', '\n', '!', '?'];

    /// <summary>The first <paramref name="window"/> characters of the body (all of a shorter one; none of none).</summary>
    public static string Of(string? body, int window) =>
        body is null ? string.Empty : body.Length > window ? body[..window] : body;

    /// <summary>Where the sentence holding <paramref name="at"/> begins: after the last end before it, past any space.</summary>
    public static int SentenceStart(string text, int at)
    {
        var start = text.LastIndexOfAny(Ends, Math.Max(0, at - 1)) + 1;
        while (start < at && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        return start;
    }

    /// <summary>Where the sentence holding <paramref name="at"/> ends: at the next end, or the text's.</summary>
    public static int SentenceEnd(string text, int at)
    {
        var end = text.IndexOfAny(Ends, at);
        return end < 0 ? text.Length : end;
    }
}
