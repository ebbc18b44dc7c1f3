namespace Clustering.Abstractions.Stories;

/// <summary>One line of the story list (`GET /api/stories`) and the payload of `storyCreated`.</summary>
[GenerateSerializer, Immutable, Alias("Clustering.StorySummary")]
public sealed record StorySummary
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Title { get; init; }
    [Id(2)] public long Version { get; init; }
    [Id(3)] public int ArticleCount { get; init; }
    [Id(4)] public int IndependentSourceCount { get; init; }
    [Id(5)] public DateTimeOffset Created { get; init; }
    [Id(6)] public DateTimeOffset Updated { get; init; }
    [Id(7)] public int ConflictCount { get; init; }
}
