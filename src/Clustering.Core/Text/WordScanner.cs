using System.Globalization;

namespace Clustering.Core.Text;

/// <summary>
/// Cuts text into words, numbers and punctuation, keeping offsets. Numbers stay whole
/// ("2,000", "1.5"); numbers glued to a suffix, a currency sign, a clock colon or a hyphen
/// are marked <see cref="WordTokenKind.NumberLike"/> because they are ordinals, ages, prices, times or phone numbers, not counts.
/// </summary>
public static class WordScanner
{
    public static void Scan(string text, int start, int end, List<WordToken> into)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (char.IsDigit(c))
            {
                i = ScanNumber(text, i, end, into);
                continue;
            }
            if (char.IsLetter(c))
            {
                var s = i;
                i++;
                while (i < end && (char.IsLetterOrDigit(text[i]) || IsInnerJoiner(text, i, end)))
                {
                    i++;
                }
                into.Add(new WordToken(s, i - s, WordTokenKind.Word, 0));
                continue;
            }
            into.Add(new WordToken(i, 1, WordTokenKind.Punctuation, 0));
            i++;
        }
    }

    private static bool IsInnerJoiner(string text, int i, int end) =>
        text[i] is '\'' or '’' or '-' or '.' && i + 1 < end && char.IsLetter(text[i + 1]) && char.IsLetter(text[i - 1]);

    private static int ScanNumber(string text, int s, int end, List<WordToken> into)
    {
        var i = s;
        var separators = false;
        while (i < end)
        {
            if (char.IsDigit(text[i]))
            {
                i++;
            }
            else if (text[i] is ',' or '.' && i + 1 < end && char.IsDigit(text[i + 1]))
            {
                separators = true;
                i++;
            }
            else
            {
                break;
            }
        }
        var numberEnd = i;
        var glued = (s > 0 && text[s - 1] is '$' or '£' or '€' or '#' or '-' or '/' or ':' or '+')
            || (i < end && (char.IsLetter(text[i]) || text[i] is '%' or ':' or '/' or '°'))
            || (i + 1 < end && text[i] == '-' && char.IsLetterOrDigit(text[i + 1]));
        // Absorb the glued tail ("-year-old", "th", ":15") so that its parts are not read as words.
        while (glued && i < end && (char.IsLetterOrDigit(text[i]) || (text[i] is '-' or ':' or '/' or '%' or '°' && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))))
        {
            i++;
        }
        if (glued && i < end && text[i] == '%')
        {
            i++;
        }
        var value = 0d;
        if (!glued)
        {
            var span = text.AsSpan(s, numberEnd - s);
            var styles = separators ? NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint : NumberStyles.None;
            if (!double.TryParse(span, styles, CultureInfo.InvariantCulture, out value))
            {
                glued = true;
            }
        }
        into.Add(new WordToken(s, i - s, glued ? WordTokenKind.NumberLike : WordTokenKind.Number, value));
        return i;
    }
}
