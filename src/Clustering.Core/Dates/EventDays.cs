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

    /// <summary>The first <see cref="PerArticle"/> distinct days written, in the order written.</summary>
    public static int[] Of(IReadOnlyList<ResolvedDate> dates)
    {
        var days = new List<int>(PerArticle);
        foreach (var date in dates)
        {
            if (date.IsDay && !days.Contains(date.Start.DayNumber))
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

    public override IReadOnlyList<int> Read(ParticularsSource source) => Of(source.Readout.Dates);

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
