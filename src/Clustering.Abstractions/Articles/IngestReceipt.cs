namespace Clustering.Abstractions.Articles;

[GenerateSerializer, Alias("Clustering.IngestOutcome")]
public enum IngestOutcome
{
    /// <summary>New: recorded durably, and absorbed into a story.</summary>
    Accepted = 0,

    /// <summary>Seen before: nothing changed.</summary>
    Duplicate = 1,
}

/// <summary>What the engine says back for one submitted article.</summary>
[GenerateSerializer, Immutable, Alias("Clustering.IngestReceipt")]
public sealed record IngestReceipt
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public IngestOutcome Outcome { get; init; }
    [Id(2)] public string? StoryId { get; init; }
}

/// <summary>`GET /api/articles/{id}`: where an article went.</summary>
[GenerateSerializer, Immutable, Alias("Clustering.ArticleStatus")]
public sealed record ArticleStatus
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public string? StoryId { get; init; }
    [Id(2)] public required string Status { get; init; }
    [Id(3)] public required string Title { get; init; }
    [Id(4)] public string? Source { get; init; }
    [Id(5)] public DateTimeOffset? Published { get; init; }
    [Id(6)] public DateTimeOffset Received { get; init; }
}
