namespace Clustering.Abstractions.Stories;

/// <summary>
/// Where a walk over the story list stands: the last story handed out (its place in the listing
/// order, most recently updated first, then by id) and the listing it walks, named by the
/// directory activation (<see cref="Epoch"/>) and the change it had reached (<see cref="AsOf"/>).
/// Opaque to clients (the HTTP API passes it on as a `cursor` in the `Link` header).
/// </summary>
[GenerateSerializer, Immutable, Alias("Clustering.StoryCursor")]
public sealed record StoryCursor
{
    [Id(0)] public long Epoch { get; init; }
    [Id(1)] public long AsOf { get; init; }
    [Id(2)] public DateTimeOffset Updated { get; init; }
    [Id(3)] public required string Id { get; init; }

    /// <summary>Whether a story with this place in the listing comes after the cursor.</summary>
    public bool Precedes(DateTimeOffset updated, string id) =>
        updated < Updated || (updated == Updated && string.CompareOrdinal(id, Id) > 0);
}

/// <summary>One page of the story list and, while more remain, the cursor of the next.</summary>
[GenerateSerializer, Immutable, Alias("Clustering.StoryPage")]
public sealed record StoryPage
{
    [Id(0)] public required IReadOnlyList<StorySummary> Stories { get; init; }
    [Id(1)] public StoryCursor? Next { get; init; }
}
