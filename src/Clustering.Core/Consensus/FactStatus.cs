namespace Clustering.Core.Consensus;

/// <summary>How the independent sources of one slot stand to each other.</summary>
public enum FactStatus
{
    /// <summary>One independent source (its copies do not count).</summary>
    SingleSource,

    /// <summary>Every independent source gives the same value.</summary>
    Agreed,

    /// <summary>The values differ in wording but can all be true at once ("more than 10,000" and "around 15,000").</summary>
    Compatible,

    /// <summary>A later value replaces an earlier one (a toll that rises through the day).</summary>
    Updated,

    /// <summary>Independent sources give values that cannot both be true at about the same time.</summary>
    Conflict,
}

public static class FactStatusNames
{
    /// <summary>The contract's lower-case name: agreed, compatible, conflict, updated, single.</summary>
    public static string ToWire(this FactStatus status) => status switch
    {
        FactStatus.SingleSource => "single",
        FactStatus.Agreed => "agreed",
        FactStatus.Compatible => "compatible",
        FactStatus.Updated => "updated",
        FactStatus.Conflict => "conflict",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
