using System.Globalization;
using System.Text.RegularExpressions;
using Clustering.Core.Text;

namespace Clustering.Core.Dates;

/// <summary>
/// The date a page gives for itself when its feed gave none: a stamp line ("Posted on January 5,
/// 2011", "Published: November 30, 2009", "Tuesday, August 7, 2012"), a dateline with a year
/// ("Washington D.C., Jul 13, 2009", also where it opens the first paragraph before a dash), an ISO
/// date, a stamp in figures ("Posted 12/19/2005 3:36 PM", "Article posted on 08. 07. 2012" day first,
/// "2012. 08. 08 09:01 AM"), a weekday and day without a year ("Monday, May 10") when a year written elsewhere in the page
/// is the one that day fell on, or a dateline or stamp without a year ("HOLTBY, Jan. 6 (Wire) —") when
/// the page writes one year and no other. Only the head of the page speaks for the page: a full date
/// deep in the body is a day it tells of, not its own.
/// </summary>
public static partial class PageDate
{
    /// <summary>How many lines of the text (after the title) count as the page's head.</summary>
    public const int HeadLines = 8;

    /// <summary>How far into the text a labelled stamp ("Posted", "Published", …) still dates the page.</summary>
    public const int LabelReach = 3000;

    /// <summary>How long a labelled line may be: a stamp is a short line of its own.</summary>
    private const int LabelledLineLength = 120;

    /// <summary>How much of a head line may be other words around a date for the line to be a stamp or a dateline.</summary>
    private const int StampLength = 90;

    /// <summary>The page's own date, or null when its head gives none.</summary>
    public static DateOnly? Of(string title, string text)
    {
        if (Labelled(text) is { } labelled)
        {
            return labelled;
        }
        var lines = Head(title, text);
        foreach (var line in lines)
        {
            if (StampPart(line) is { } stamp && StampDate(stamp.Text, stamp.Cut) is { } date)
            {
                return date;
            }
        }
        return WeekdayWithYearElsewhere(lines, text) ?? YearlessStamp(lines, text);
    }

    /// <summary>
    /// The part of a head line that may be a stamp or a dateline: the line when it is short, else what
    /// comes before the dash of a dateline that opens a paragraph ("HOLTBY, Jan. 6 (Wire) — The council…"),
    /// which is <c>Cut</c> and must then have a dateline's shape.
    /// </summary>
    private static (string Text, bool Cut)? StampPart(string line)
    {
        if (line.Length <= StampLength)
        {
            return (line, false);
        }
        var head = line.AsSpan(0, StampLength);
        var dash = head.IndexOfAny(DatelineDashes);
        var ascii = head.IndexOf(" - ", StringComparison.Ordinal);
        var doubled = head.IndexOf("--", StringComparison.Ordinal);
        var at = new[] { dash, ascii, doubled }.Where(i => i > 0).DefaultIfEmpty(-1).Min();
        return at > 0 ? (line[..at], true) : null;
    }

    private static readonly System.Buffers.SearchValues<char> DatelineDashes = System.Buffers.SearchValues.Create("—–");

    /// <summary>
    /// A month and day with no year, alone on its line or as a dateline ("Jan. 6", "HOLTBY, Jan. 6 (Wire)"),
    /// takes the one year the page writes; none, or more than one, and the page stays undated. A sentence
    /// that names a day ("He will be sentenced May 3.") is no stamp.
    /// </summary>
    private static DateOnly? YearlessStamp(List<string> head, string text)
    {
        foreach (var line in head)
        {
            // A weekday beside the day was the weekday check's to make ("Monday, May 10" in a year it was no Monday).
            if (StampPart(line) is not { } part || part.Text.TrimEnd().EndsWith('.') || SafeRegex.IsMatch(WeekdayExpression, part.Text))
            {
                continue;
            }
            var stamp = part.Text;
            var match = SafeRegex.Match(YearlessExpression, stamp);
            if (!match.Success || !IsStampAround(stamp, match))
            {
                continue;
            }
            var years = Dates.YearsWritten.All(text);
            return years.Count == 1 ? Valid(years.First(), CalendarNames.Month(match.Groups["month"].Value), Number(match, "day")) : null;
        }
        return null;
    }

    /// <summary>Only a place before the date ("HOLTBY, "), and after it at most an agency or a clock.</summary>
    private static bool IsStampAround(string stamp, Match match)
    {
        var before = stamp[..match.Index].Trim();
        var after = stamp[(match.Index + match.Length)..];
        var placeOnly = before.Length == 0 || (before.EndsWith(',') && SafeRegex.Matches(WordExpression(), before).Count <= 3 && char.IsUpper(before[0]));
        return placeOnly && SafeRegex.Matches(WordExpression(), after).Count <= YearlessStampWordsAfter;
    }

    /// <summary>Words a yearless stamp may have after its date: "(Valley Wire)", "10:15 am".</summary>
    private const int YearlessStampWordsAfter = 3;

    /// <summary>A date on a line that says it is the page's: "Posted", "Published", "Updated", "Created", "Released", "Date:".</summary>
    private static DateOnly? Labelled(string text)
    {
        var reach = text.Length > LabelReach ? text[..LabelReach] : text;
        foreach (var match in SafeRegex.Matches(LabelExpression(), reach))
        {
            var lineStart = reach.LastIndexOf('\n', match.Index) + 1;
            var lineEnd = reach.IndexOf('\n', match.Index);
            lineEnd = lineEnd < 0 ? reach.Length : lineEnd;
            // A stamp is a short line of its own; "to date" in a paragraph is no label.
            if (lineEnd - lineStart <= LabelledLineLength && FullDate(reach[match.Index..lineEnd]) is { } date)
            {
                return date;
            }
        }
        return null;
    }

    /// <summary>The title and the first non-blank lines of the text; the rest of the text is never split.</summary>
    private static List<string> Head(string title, string text)
    {
        var lines = new List<string>(HeadLines + 1);
        if (title.Trim().Length > 0)
        {
            lines.Add(title.Trim());
        }
        var rest = text.AsSpan();
        while (lines.Count <= HeadLines)
        {
            var end = rest.IndexOf('\n');
            var line = (end < 0 ? rest : rest[..end]).Trim();
            if (!line.IsEmpty)
            {
                lines.Add(line.ToString());
            }
            if (end < 0)
            {
                break;
            }
            rest = rest[(end + 1)..];
        }
        return lines;
    }

    /// <summary>
    /// The date of a stamp or dateline: a full date with few words around it ("Washington, Jul 13, 2009
    /// (Wire)", "FOR IMMEDIATE RELEASE July 13, 2009"). A sentence that names a date is news, not a stamp.
    /// </summary>
    /// <param name="cut">Cut before a dash from a long line: only a dateline's shape counts ("On March 3, 2011 — a week before…" is news).</param>
    private static DateOnly? StampDate(string line, bool cut)
    {
        var match = SafeRegex.Match(DateExpression, line);
        if (!match.Success || Read(match) is not { } date || (cut && !IsStampAround(line, match)))
        {
            return null;
        }
        var around = line.Remove(match.Index, match.Length);
        return SafeRegex.Matches(WordExpression(), around).Count <= StampWords ? date : null;
    }

    /// <summary>Words a stamp or dateline may have besides its date (a place, an agency, a label, a clock's am/pm).</summary>
    private const int StampWords = 6;

    /// <summary>The first day-month-year date in the line, in any of the orders news pages write.</summary>
    private static DateOnly? FullDate(string line)
    {
        foreach (var match in SafeRegex.Matches(DateExpression, line))
        {
            if (Read(match) is { } date)
            {
                return date;
            }
        }
        return null;
    }

    private static DateOnly? Read(Match match)
    {
        int year, month, day;
        if (match.Groups["isoYear"].Success)
        {
            year = Number(match, "isoYear");
            month = Number(match, "isoMonth");
            day = Number(match, "isoDay");
        }
        else if (match.Groups["slashYear"].Success)
        {
            (year, month, day) = Slashed(Number(match, "slashFirst"), Number(match, "slashSecond"), Number(match, "slashYear"));
        }
        else if (match.Groups["dotYear"].Success)
        {
            year = Number(match, "dotYear");
            month = Number(match, "dotMonth");
            day = Number(match, "dotDay");
        }
        else
        {
            year = Number(match, "year");
            month = CalendarNames.Month(match.Groups["month"].Value);
            day = Number(match, "day");
        }
        return Valid(year, month, day);
    }

    /// <summary>
    /// A stamp in figures with slashes: month first ("12/19/2005 3:36 PM") unless the first figure
    /// cannot be a month ("15/09/2013"); with both figures 12 or under, month first, the order of the
    /// pages that write stamps this way most.
    /// </summary>
    private static (int Year, int Month, int Day) Slashed(int first, int second, int year) =>
        first > 12 ? (year, second, first) : (year, first, second);

    private static DateOnly? Valid(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    /// <summary>
    /// "Monday, May 10" in the head and no year beside it: the year is one the page writes elsewhere
    /// in which May 10 was a Monday, if exactly one of them fits.
    /// </summary>
    private static DateOnly? WeekdayWithYearElsewhere(List<string> head, string text)
    {
        foreach (var line in head)
        {
            var match = SafeRegex.Match(WeekdayExpression, line);
            if (!match.Success)
            {
                continue;
            }
            var weekday = CalendarNames.Weekday(match.Groups["weekday"].Value);
            var month = CalendarNames.Month(match.Groups["month"].Value);
            var day = Number(match, "day");
            DateOnly? found = null;
            foreach (var year in Dates.YearsWritten.All(text))
            {
                if (Valid(year, month, day) is { } date && date.DayOfWeek == weekday)
                {
                    if (found is not null && found != date)
                    {
                        return null;
                    }
                    found = date;
                }
            }
            return found;
        }
        return null;
    }

    private const RegexOptions DateOptions = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(500);

    private static readonly Regex DateExpression = new(
        @"(?<![\d-])(?<isoYear>(?:19|20)\d{2})(?:-|/|\.\s?)(?<isoMonth>\d{2})(?:-|/|\.\s?)(?<isoDay>\d{2})(?![\d])"
        + @"|(?<![\d/.])(?<slashFirst>\d{1,2})/(?<slashSecond>\d{1,2})/(?<slashYear>(?:19|20)\d{2})(?![\d/])"
        + @"|(?<![\d.])(?<dotDay>\d{1,2})\.\s?(?<dotMonth>\d{1,2})\.\s?(?<dotYear>(?:19|20)\d{2})(?![\d])"
        + @"|\b" + CalendarNames.MonthGroup + @"\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s*(?<year>(?:19|20)\d{2})\b"
        + @"|\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + CalendarNames.MonthGroup + @"\.?,?\s+(?<year>(?:19|20)\d{2})\b",
        DateOptions | RegexOptions.IgnoreCase, MatchTimeout);

    private static readonly Regex YearlessExpression = new(
        @"\b" + CalendarNames.MonthGroup + @"\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d)",
        DateOptions, MatchTimeout);

    private static readonly Regex WeekdayExpression = new(
        @"\b" + CalendarNames.WeekdayGroup + @",?\s+" + CalendarNames.MonthGroup + @"\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d)",
        DateOptions, MatchTimeout);

    [GeneratedRegex(
        @"\b(?:posted|published|updated|created|released|last\s+modified|date)\b\s*(?:on|at)?\s*:?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 500)]
    private static partial Regex LabelExpression();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex WordExpression();

}
