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
    public static void Tokenize(string text, List<string> into)
    {
        var span = text.AsSpan();
        Span<char> buffer = stackalloc char[64];
        var i = 0;
        while (i < span.Length)
        {
            while (i < span.Length && !char.IsLetterOrDigit(span[i]))
            {
                i++;
            }
            var length = 0;
            var possessive = false;
            while (i < span.Length && (char.IsLetterOrDigit(span[i]) || IsInnerApostrophe(span, i)))
            {
                if (IsInnerApostrophe(span, i))
                {
                    // "Korea's" → "korea": a possessive 's that ends the word is dropped, other apostrophes just vanish.
                    possessive = i + 2 >= span.Length || !char.IsLetterOrDigit(span[i + 2]) ? span[i + 1] is 's' or 'S' : false;
                    if (possessive)
                    {
                        i += 2;
                        break;
                    }
                }
                else if (length < buffer.Length)
                {
                    buffer[length++] = char.ToLowerInvariant(span[i]);
                }
                i++;
            }
            if (length > 0)
            {
                into.Add(new string(buffer[..length]));
            }
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

    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    private static bool IsInnerApostrophe(ReadOnlySpan<char> span, int i) =>
        IsApostrophe(span[i]) && i > 0 && i + 1 < span.Length && char.IsLetter(span[i - 1]) && char.IsLetter(span[i + 1]);
}
