using Clustering.Core.Text;

namespace Clustering.Core.Cleaning;

/// <summary>
/// Recognises stamp lines ("Tuesday, March 4", "March 3, 2031 9:42 PM", "Updated: 3:05 PM EDT"):
/// every word is a month, a weekday, a number, a clock reading or a stamp label.
/// </summary>
internal static class StampLine
{
    private static readonly HashSet<string> Words = new(English.Words.Words("stamp-words"), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Is(string line)
    {
        if (line.Length > 80)
        {
            return false;
        }
        var span = line.AsSpan();
        var sawWord = false;
        var i = 0;
        while (i < span.Length)
        {
            if (!char.IsLetterOrDigit(span[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < span.Length && char.IsLetterOrDigit(span[i]))
            {
                i++;
            }
            var word = span[start..i];
            if (char.IsDigit(word[0]))
            {
                var digits = 0;
                while (digits < word.Length && char.IsDigit(word[digits]))
                {
                    digits++;
                }
                if (digits < word.Length && !WordsBySpan.Contains(word[digits..]))
                {
                    return false;
                }
                continue;
            }
            if (!WordsBySpan.Contains(word))
            {
                return false;
            }
            sawWord = true;
        }
        return sawWord;
    }
}
