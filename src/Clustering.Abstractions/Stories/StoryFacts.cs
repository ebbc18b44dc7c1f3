using MessagePack;

namespace Clustering.Abstractions.Stories;

/// <summary>One fact slot of a story (killed, troops, …) with every value reported for it.</summary>
[GenerateSerializer, Immutable, Alias("Clustering.FactView"), MessagePackObject]
public sealed record FactView
{
    [Id(0), Key(0)] public required string Slot { get; init; }
    [Id(1), Key(1)] public required string Status { get; init; }
    [Id(2), Key(2)] public IReadOnlyList<FactValueView> Values { get; init; } = [];
    [Id(3), Key(3)] public double? Consensus { get; init; }
    [Id(4), Key(4)] public string? Explanation { get; init; }
}

[GenerateSerializer, Immutable, Alias("Clustering.FactValueView"), MessagePackObject]
public sealed record FactValueView
{
    [Id(0), Key(0)] public double Value { get; init; }
    [Id(1), Key(1)] public required string Qualifier { get; init; }
    [Id(2), Key(2)] public required string Text { get; init; }
    [Id(3), Key(3)] public string? Attribution { get; init; }
    [Id(4), Key(4)] public IReadOnlyList<string> Sources { get; init; } = [];
    [Id(5), Key(5)] public int IndependentSources { get; init; }
    [Id(6), Key(6)] public DateTimeOffset FirstSeen { get; init; }
    [Id(7), Key(7)] public DateTimeOffset LastSeen { get; init; }
}

[GenerateSerializer, Immutable, Alias("Clustering.QuoteView")]
public sealed record QuoteView
{
    [Id(0)] public required string Speaker { get; init; }
    [Id(1)] public IReadOnlyList<string> Variants { get; init; } = [];
    [Id(2)] public IReadOnlyList<string> Sources { get; init; } = [];
}

[GenerateSerializer, Immutable, Alias("Clustering.TimelineEntry")]
public sealed record TimelineEntry
{
    [Id(0)] public DateTimeOffset At { get; init; }
    [Id(1)] public required string Event { get; init; }
    [Id(2)] public IReadOnlyList<string> Sources { get; init; } = [];
}

[GenerateSerializer, Immutable, Alias("Clustering.EntityView")]
public sealed record EntityView
{
    [Id(0)] public required string Name { get; init; }
    [Id(1)] public required string Kind { get; init; }
    [Id(2)] public IReadOnlyList<string> Variants { get; init; } = [];
}
