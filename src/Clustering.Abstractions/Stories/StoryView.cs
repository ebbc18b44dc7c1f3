namespace Clustering.Abstractions.Stories;

/// <summary>The whole story of `GET /api/stories/{id}`.</summary>
[GenerateSerializer, Immutable, Alias("Clustering.StoryView")]
public sealed record StoryView
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public long Version { get; init; }
    [Id(2)] public required string Title { get; init; }
    [Id(3)] public DateTimeOffset Created { get; init; }
    [Id(4)] public DateTimeOffset Updated { get; init; }
    [Id(5)] public IReadOnlyList<StoryArticle> Articles { get; init; } = [];
    [Id(6)] public IReadOnlyList<FactView> Facts { get; init; } = [];
    [Id(7)] public IReadOnlyList<QuoteView> Quotes { get; init; } = [];
    [Id(8)] public IReadOnlyList<TimelineEntry> Timeline { get; init; } = [];
    [Id(9)] public IReadOnlyList<EntityView> Entities { get; init; } = [];
    [Id(10)] public int IndependentSourceCount { get; init; }
    [Id(11)] public int ConflictCount { get; init; }
    [Id(12)] public string? MergedInto { get; init; }
    [Id(13)] public FirstReport? FirstReported { get; init; }
}
