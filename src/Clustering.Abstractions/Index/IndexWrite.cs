namespace Clustering.Abstractions.Index;

/// <summary>
/// One story's change to one shard's postings: its weights under these terms, or, without weights,
/// its leaving them. Gathered in the silo that made them and handed to the shard with its next query
/// (or the silo's next flush), in the order they were made.
/// </summary>
[GenerateSerializer, Immutable, Alias("Clustering.IndexWrite")]
public sealed record IndexWrite
{
    [Id(0)] public required string StoryId { get; init; }

    [Id(1)] public required string[] Terms { get; init; }

    /// <summary>The story's weight under each term; null when the story leaves the terms (it merged away).</summary>
    [Id(2)] public float[]? Weights { get; init; }

    /// <summary>When the story last spoke: what postings age and are evicted by.</summary>
    [Id(3)] public DateTimeOffset Updated { get; init; }
}
