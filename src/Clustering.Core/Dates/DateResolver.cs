using System.Text.RegularExpressions;
using Clustering.Core.Text;

namespace Clustering.Core.Dates;

/// <summary>
/// Resolves the time expressions of an article against the article's own date (its publication
/// date, else when it arrived): in an article of Tuesday 2025-06-03, "on Monday" and "the
/// previous day" are 2025-06-02, "last month" is May 2025, "last year" 2024, "in late April"
/// 21–30 April 2025, "in the fall of 2024" September to November 2024. News speaks of the past,
/// so a bare weekday or month is the latest one not after the article's date.
/// </summary>
public static class DateResolver
{
    /// <param name="reference">The article's own date; null when neither its feed nor its text gives one: then only
    /// what names its year resolves ("March 3, 2019", "in 2019"), and "on Friday" or "last month" stay unresolved
    /// rather than being read against the clock.</param>
    public static List<ResolvedDate> Resolve(string text, DateOnly? reference)
    {
        var dates = new List<ResolvedDate>();
        foreach (var match in SafeRegex.Matches(Expression, text))
        {
            var resolved = reference is { } day ? Read(match, day) : ReadAbsolute(match);
            if (resolved is { } range)
            {
                dates.Add(new ResolvedDate(match.Value.Trim(), range.Start, range.End, match.Index));
            }
        }
        return dates;
    }

    private static (DateOnly Start, DateOnly End)? Read(Match match, DateOnly reference)
    {
        if (match.Groups["weekday"].Success)
        {
            var wanted = CalendarNames.Weekday(match.Groups["weekday"].Value);
            var back = ((int)reference.DayOfWeek - (int)wanted + 7) % 7;
            var day = reference.AddDays(-back);
            return (day, day);
        }
        if (match.Groups["relative"].Success)
        {
            var word = match.Groups["relative"].Value.ToLowerInvariant();
            var shift = word switch
            {
                "today" or "tonight" or "this morning" or "this afternoon" or "this evening" => 0,
                "tomorrow" or "the next day" or "the following day" => 1,
                _ => -1,
            };
            var day = reference.AddDays(shift);
            return (day, day);
        }
        if (match.Groups["unit"].Success)
        {
            var which = match.Groups["which"].Value.ToLowerInvariant();
            var step = which.StartsWith("last", StringComparison.Ordinal) || which == "previous" ? -1 : which == "next" ? 1 : 0;
            var toDate = which.StartsWith("earlier", StringComparison.Ordinal);
            switch (match.Groups["unit"].Value.ToLowerInvariant())
            {
                case "week":
                    var monday = reference.AddDays(-(((int)reference.DayOfWeek + 6) % 7)).AddDays(7 * step);
                    return (monday, toDate ? reference : monday.AddDays(6));
                case "month":
                    var first = new DateOnly(reference.Year, reference.Month, 1).AddMonths(step);
                    return (first, toDate ? reference : first.AddMonths(1).AddDays(-1));
                default:
                    var year = reference.Year + step;
                    return (new DateOnly(year, 1, 1), toDate ? reference : new DateOnly(year, 12, 31));
            }
        }
        if (match.Groups["season"].Success)
        {
            var year = int.Parse(match.Groups["seasonYear"].Value, System.Globalization.CultureInfo.InvariantCulture);
            return match.Groups["season"].Value.ToLowerInvariant() switch
            {
                "spring" => (new DateOnly(year, 3, 1), new DateOnly(year, 5, 31)),
                "summer" => (new DateOnly(year, 6, 1), new DateOnly(year, 8, 31)),
                "winter" => (new DateOnly(year, 12, 1), new DateOnly(year + 1, 2, 28)),
                _ => (new DateOnly(year, 9, 1), new DateOnly(year, 11, 30)),
            };
        }
        if (match.Groups["month"].Success)
        {
            var month = CalendarNames.Month(match.Groups["month"].Value);
            int year;
            if (match.Groups["year"].Success)
            {
                year = int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                year = month > reference.Month ? reference.Year - 1 : reference.Year;
            }
            var last = DateTime.DaysInMonth(year, month);
            if (match.Groups["day"].Success)
            {
                var day = int.Parse(match.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (day < 1 || day > last)
                {
                    return null;
                }
                if (!match.Groups["year"].Success && new DateOnly(year, month, day) > reference && month == reference.Month)
                {
                    year--;
                }
                return (new DateOnly(year, month, day), new DateOnly(year, month, day));
            }
            return match.Groups["part"].Value.ToLowerInvariant() switch
            {
                "early" => (new DateOnly(year, month, 1), new DateOnly(year, month, 10)),
                "mid" => (new DateOnly(year, month, 11), new DateOnly(year, month, 20)),
                "late" => (new DateOnly(year, month, 21), new DateOnly(year, month, last)),
                _ => (new DateOnly(year, month, 1), new DateOnly(year, month, last)),
            };
        }
        if (match.Groups["bareYear"].Success)
        {
            var year = int.Parse(match.Groups["bareYear"].Value, System.Globalization.CultureInfo.InvariantCulture);
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }
        return null;
    }

    /// <summary>Only what carries its own year: a date read against no reference.</summary>
    private static (DateOnly Start, DateOnly End)? ReadAbsolute(Match match) =>
        match.Groups["season"].Success || match.Groups["bareYear"].Success || (match.Groups["month"].Success && match.Groups["year"].Success)
            ? Read(match, DateOnly.MinValue)
            : null;

    private static readonly Regex Expression = new(
        @"\b(?:(?i:in\s+)?(?i:the\s+)?(?<season>(?i:fall|autumn|spring|summer|winter))\s+(?i:of\s+)(?<seasonYear>(?:19|20)\d{2})"
        + @"|(?<which>(?i:last|this|next|previous|earlier\s+this))\s+(?<unit>(?i:week|month|year))"
        + @"|(?<relative>(?i:yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening)|the\s+(?:previous|next|following)\s+day|the\s+day\s+(?:before|prior)))"
        + @"|(?:(?<part>(?i:early|mid|late))[\s-]+)?" + CalendarNames.MonthGroup + @"\b\.?(?:\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b)?(?:,?\s+(?<year>(?:19|20)\d{2})\b)?"
        + @"|" + CalendarNames.WeekdayGroup
        + @"|(?i:in\s+)(?<bareYear>(?:19|20)\d{2}))\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled, TimeSpan.FromMilliseconds(500));
}
