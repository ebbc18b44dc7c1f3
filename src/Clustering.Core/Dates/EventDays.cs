namespace Clustering.Core.Dates;

/// <summary>
/// The days an article speaks of ("was shot Saturday night", "on March 3"), as day numbers
/// (<see cref="DateOnly.DayNumber"/>). Reports on one event name its day whenever they were
/// published; two shootings in one town on different days do not. Only dates resolved to one day
/// count: "last month" or "in 2019" fit too many events to tell them apart.
/// </summary>
public static class EventDays
{
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

    /// <summary>Adds an article's days to a story's, keeping the first <see cref="PerStory"/> distinct ones.</summary>
    public static void AddTo(List<int> story, IReadOnlyList<int> days) =>
        Features.FirstDistinct.AddTo(story, days, PerStory);

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
}
