using System.Globalization;
using System.Text.RegularExpressions;

namespace Clustering.Cli.Web.Feeds;

/// <summary>
/// Dates as feeds write them: RFC 822 (with zone names and offsets without a colon), ISO 8601, and
/// the small sins around them (a weekday in another language, a missing zone, doubled spaces). An
/// unreadable date is no date, never a failed feed.
/// </summary>
internal static partial class FeedDates
{
    /// <summary>RFC 822 zone names and the US ones feeds still write; anything else unknown is read as UTC.</summary>
    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "+00:00", ["UT"] = "+00:00", ["UTC"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
    };

    public static DateTimeOffset? Read(string? written)
    {
        if (string.IsNullOrWhiteSpace(written))
        {
            return null;
        }
        var text = Spaces().Replace(written.Trim(), " ");
        if (TryParse(text, out var value))
        {
            return value;
        }
        // "Sáb, 14 Mar 2026 06:00:00 -0300": the weekday says nothing the date does not.
        text = LeadingWeekday().Replace(text, string.Empty);
        text = ZoneName().Replace(text, match => Zones.TryGetValue(match.Groups[1].Value, out var offset) ? " " + offset : string.Empty);
        text = OffsetWithoutColon().Replace(text, "$1$2:$3");
        if (TryParse(text, out value))
        {
            return value;
        }
        // "14 Fev 2026", "3 mars 2026": a month named in the feed's own language.
        text = MonthName().Replace(text, match => Months.TryGetValue(match.Value.TrimEnd('.'), out var english) ? english : match.Value);
        return TryParse(text, out value) ? value : null;
    }

    private static readonly Dictionary<string, string> Months = ReadMonths();

    private static Dictionary<string, string> ReadMonths()
    {
        using var stream = typeof(FeedDates).Assembly.GetManifestResourceStream("Clustering.Cli.Web.Feeds.months.txt")
            ?? throw new InvalidOperationException("months.txt is not embedded in the CLI");
        using var reader = new StreamReader(stream);
        var months = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split('#', 2)[0].Split(':', 2);
            if (parts.Length == 2)
            {
                foreach (var name in parts[1].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    months.TryAdd(name, parts[0].Trim());
                }
            }
        }
        return months;
    }

    private static bool TryParse(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out value);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?<=^|[\s\d-])\p{L}{3,}\.?(?=[\s\d-]|$)")]
    private static partial Regex MonthName();

    [GeneratedRegex(@"^\p{L}+\.?,?\s+(?=\d)")]
    private static partial Regex LeadingWeekday();

    [GeneratedRegex(@"\s+\(?([A-Za-z]{1,4})\)?$")]
    private static partial Regex ZoneName();

    [GeneratedRegex(@"([+-])(\d{2})(\d{2})$")]
    private static partial Regex OffsetWithoutColon();
}
