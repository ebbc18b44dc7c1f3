using MessagePack;

namespace Clustering.Abstractions.Stories;

/// <summary>One line of the story list (`GET /api/stories`) and the payload of `storyCreated`.</summary>
[GenerateSerializer, Immutable, Alias("Clustering.StorySummary"), MessagePackObject]
public sealed record StorySummary
{
    [Id(0), Key(0)] public required string Id { get; init; }
    [Id(1), Key(1)] public required string Title { get; init; }
    [Id(2), Key(2)] public long Version { get; init; }
    [Id(3), Key(3)] public int ArticleCount { get; init; }
    [Id(4), Key(4)] public int IndependentSourceCount { get; init; }
    [Id(5), Key(5)] public DateTimeOffset Created { get; init; }
    [Id(6), Key(6)] public DateTimeOffset Updated { get; init; }
    [Id(7), Key(7)] public int ConflictCount { get; init; }
    [Id(8), Key(8)] public FirstReport? FirstReported { get; init; }
}
