using Clustering.Core.Assignment;
using Clustering.Core.Particulars;

namespace Clustering.Core.Dates;

/// <summary>
/// The days an article speaks of ("was shot Saturday night", "on March 3"), as day numbers
/// (<see cref="DateOnly.DayNumber"/>). Reports on one event name its day whenever they were
/// published; two shootings in one town on different days do not. Only dates resolved to one day
/// count: "last month" or "in 2019" fit too many events to tell them apart. A story keeps those of
/// its first articles; the measures are whether both sides name a day and how many days lie between.
/// </summary>
public sealed class EventDays : FirstDistinctKind<int>
{
    /// <summary>The kind, as <see cref="ParticularKinds.All"/> lists it.</summary>
    public static EventDays Kind { get; } = new();

    private EventDays()
        : base(PerStory)
    {
    }

    /// <summary>
    /// Days apart beyond which two event days are simply different (the measure stops growing): a
    /// shooting a week later and one a year later are equally another event.
    /// </summary>
    public const int ApartCap = 3;

    /// <summary>How long after a story's span an article naming another day still counts against it.</summary>
    public const int OtherDayCountsForDays = 180;

    /// <summary>How many days one article contributes: the first it writes (a timeline of earlier cases would match everything).</summary>
    public const int PerArticle = 4;

    /// <summary>How many days a story keeps: those of its first articles, which tell what happened.</summary>
    public const int PerStory = 16;

    /// <summary>
    /// The first <see cref="PerArticle"/> distinct days written, in the order written; with the text the
    /// dates were read from, not a day a statement was made on ("officials said Wednesday", "announced
    /// on Monday"): a follow-up days on dates what it reports, not the event.
    /// </summary>
    public static int[] Of(IReadOnlyList<ResolvedDate> dates, string? text = null)
    {
        var days = new List<int>(PerArticle);
        foreach (var date in dates)
        {
            if (date.IsDay && !days.Contains(date.Start.DayNumber) && !(text is not null && DaySaidOn(text, date.Offset)))
            {
                days.Add(date.Start.DayNumber);
                if (days.Count == PerArticle)
                {
                    break;
                }
            }
        }
        return [.. days];
    }

    /// <summary>Whether the words just before the date are a reporting verb, past "on", "late" or "early".</summary>
    private static bool DaySaidOn(string text, int offset)
    {
        if (offset <= 0 || offset > text.Length)
        {
            return false;
        }
        var end = offset;
        for (var words = 0; words < 3; words++)
        {
            while (end > 0 && text[end - 1] == ' ')
            {
                end--;
            }
            var start = end;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }
            if (start == end)
            {
                return false;
            }
            var word = text.AsSpan(start, end - start);
            if (ReportingVerbs.Contains(word))
            {
                return true;
            }
            if (!(word.Equals("on", StringComparison.OrdinalIgnoreCase) || word.Equals("late", StringComparison.OrdinalIgnoreCase) || word.Equals("early", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
            end = start;
        }
        return false;
    }

    private static readonly Text.WordSet ReportingVerbs = new(Text.English.Words.Set("reporting-verbs"));

    /// <summary>Days between the nearest pair of one side's days and the other's; null when either names none.</summary>
    public static int? Apart(IReadOnlyList<int> a, IReadOnlyList<int> b)
    {
        int? best = null;
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                var gap = Math.Abs(x - y);
                if (best is null || gap < best)
                {
                    best = gap;
                }
            }
        }
        return best;
    }

    public override string Name => "days";

    public override IReadOnlyList<int> Read(ParticularsSource source) => Of(source.Readout.Dates, source.Readout.Body);

    /// <summary>
    /// The event's day, whenever the report came out: a follow-up weeks later still says "was shot on
    /// March 3", a shooting in the same town a week on names another day. Months on, an article's news
    /// is a trial, a sentence or an anniversary, a day of its own: another day then says nothing.
    /// </summary>
    public override void Measure(IReadOnlyList<int> given, List<int> kept, in ParticularsMeasuring context, MatchMeasures measures)
    {
        var apart = Apart(given, kept);
        if (apart > 0 && context.Outside.TotalDays > OtherDayCountsForDays)
        {
            apart = null;
        }
        // Whether both name a day of the event, and ln(1 + days between the nearest two, at most ApartCap).
        measures.EventDayKnown = apart is null ? 0f : 1f;
        measures.LogEventDaysApart = apart is { } days ? MathF.Log(1f + Math.Min(days, ApartCap)) : 0f;
    }
}
