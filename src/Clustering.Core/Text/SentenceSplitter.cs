namespace Clustering.Core.Text;

/// <summary>
/// Splits prose into sentences without a model: a sentence ends at . ! ? (and any closing quotes)
/// followed by a space and a capital, a digit or an opening quote, unless the word before the
/// period is an abbreviation ("Mr.", "Sgt.", "U.S.") or an initial ("N. Korea").
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(English.Words.Words("abbreviations"), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationsBySpan = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Appends (start, length) of each sentence of <paramref name="text"/>.</summary>
    public static void Split(string text, List<(int Start, int Length)> into)
    {
        var start = 0;
        while (start < text.Length)
        {
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
            if (start >= text.Length)
            {
                break;
            }
            var end = NextEnd(text, start);
            into.Add((start, end - start));
            start = end;
        }
    }

    public static int FirstSentenceEnd(string text) => NextEnd(text, 0);

    /// <summary>Where the sentence that runs on from <paramref name="from"/> ends: past "7.2" and "U.S.", as <see cref="Split"/> reads it.</summary>
    public static int SentenceEndFrom(string text, int from) => NextEnd(text, from);

    private static int NextEnd(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }
            var end = i + 1;
            while (end < text.Length && text[end] is '"' or '”' or '’' or '\'' or ')')
            {
                end++;
            }
            if (end >= text.Length)
            {
                return text.Length;
            }
            if (!char.IsWhiteSpace(text[end]))
            {
                continue;
            }
            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }
            if (next >= text.Length)
            {
                return text.Length;
            }
            var n = text[next];
            if (!(char.IsUpper(n) || char.IsDigit(n) || n is '"' or '“' or '\'' or '‘' or '('))
            {
                continue;
            }
            if (c == '.' && IsAbbreviation(text, i))
            {
                continue;
            }
            return end;
        }
        return text.Length;
    }

    private static bool IsAbbreviation(string text, int period)
    {
        var start = period;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        var length = period - start;
        if (length == 0)
        {
            return false;
        }
        // A single capital ("N." in "N. Korea", initials) or a dotted acronym ("U.S.", "a.m.").
        if (length == 1 && (char.IsUpper(text[start]) || (start > 0 && text[start - 1] == '.')))
        {
            return true;
        }
        return AbbreviationsBySpan.Contains(text.AsSpan(start, length));
    }
}
