using System.Globalization;
using System.Text;

namespace Clustering.Core.Text;

/// <summary>
/// Splits text into lower-case word tokens: letters and digits, with inner apostrophes and
/// hyphens dropped ("Jong-un" → "jongun" would lose the name, so hyphens split instead), and
/// possessive "'s" removed. Deliberately allocation-light: one string per kept token.
/// </summary>
public static class Tokenizer
{
    /// <summary>Longest token kept; longer words are cut to their first this many characters.</summary>
    public const int MaxTokenLength = 64;

    public static void Tokenize(string text, List<string> into)
    {
        var reader = new TokenReader(text, stackalloc char[MaxTokenLength]);
        while (reader.Next(out var token))
        {
            into.Add(new string(token));
        }
    }

    public static List<string> Tokenize(string text)
    {
        var list = new List<string>();
        Tokenize(text, list);
        return list;
    }

    /// <summary>Folds accents and case: "Pyongyang’s" and "Pyongyang's" give the same token.</summary>
    public static string FoldDiacritics(string value)
    {
        var normalized = value.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    internal static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    internal static bool IsInnerApostrophe(ReadOnlySpan<char> span, int i) =>
        IsApostrophe(span[i]) && i > 0 && i + 1 < span.Length && char.IsLetter(span[i - 1]) && char.IsLetter(span[i + 1]);
}
