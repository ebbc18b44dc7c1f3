using System.Collections.Frozen;
using System.Globalization;
using Clustering.Core.Packs.General;

namespace Clustering.Core.Dates;

/// <summary>
/// The names of months and weekdays the date readers match, from the general pack's lexicon
/// (<c>[months]</c>, <c>[weekdays]</c>): the same words the fact reader knows for a date, so one list is
/// changed in one place. Each name is numbered by the calendar month or day it begins.
/// </summary>
internal static class CalendarNames
{
    private static readonly IReadOnlyList<string> Months = GeneralPack.Lexicon.Words("months");

    private static readonly IReadOnlyList<string> Weekdays = GeneralPack.Lexicon.Words("weekdays");

    private static readonly FrozenDictionary<string, int> MonthNumbers = Months.ToFrozenDictionary(
        name => name, NumberOf, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, DayOfWeek> Days = Weekdays.ToFrozenDictionary(
        name => name, DayOf, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A named group <c>(?&lt;month&gt;January|…|Sept|Sep|…)</c> written as dates are, capitalised (a pattern that
    /// ignores case reads "JAN" too); longest first, so that "Sept" is never cut to "Sep".
    /// </summary>
    public static string MonthGroup { get; } = Group("month", Months);

    /// <summary>A named group <c>(?&lt;weekday&gt;Monday|…)</c>, capitalised as <see cref="MonthGroup"/>.</summary>
    public static string WeekdayGroup { get; } = Group("weekday", Weekdays);

    /// <summary>The month (1 to 12) of a name <see cref="MonthGroup"/> matched; 0 for one a pattern that ignores case matched by a letter's odd case form.</summary>
    public static int Month(string name) => MonthNumbers.GetValueOrDefault(name);

    /// <summary>The day of a name <see cref="WeekdayGroup"/> matched.</summary>
    public static DayOfWeek Weekday(string name) => Days[name];

    private static string Group(string name, IReadOnlyList<string> words) =>
        $"(?<{name}>" + string.Join('|', words.OrderByDescending(word => word.Length).Select(Capitalised)) + ")";

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static int NumberOf(string name)
    {
        var month = Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.MonthNames,
            full => full.Length > 0 && full.StartsWith(name, StringComparison.OrdinalIgnoreCase));
        return month >= 0 ? month + 1 : throw new FormatException($"[months] {name} names no month");
    }

    private static DayOfWeek DayOf(string name)
    {
        var day = Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.DayNames,
            full => full.StartsWith(name, StringComparison.OrdinalIgnoreCase));
        return day >= 0 ? (DayOfWeek)day : throw new FormatException($"[weekdays] {name} names no day");
    }
}
