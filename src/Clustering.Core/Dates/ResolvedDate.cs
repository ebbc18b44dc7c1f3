namespace Clustering.Core.Dates;

/// <summary>
/// A time expression pinned to the calendar: a day ("on Friday" → that Friday, Start = End) or
/// a range ("last month", "in the fall of 2024"). <see cref="Offset"/> is where it was written.
/// </summary>
public sealed record ResolvedDate(string Text, DateOnly Start, DateOnly End, int Offset)
{
    public bool IsDay => Start == End;
}
