using MessagePack;

namespace Clustering.Abstractions.Stories;

/// <summary>An article as a story lists it: enough to show and to trace, not the text.</summary>
[GenerateSerializer, Immutable, Alias("Clustering.StoryArticle"), MessagePackObject]
public sealed record StoryArticle
{
    [Id(0), Key(0)] public required string Id { get; init; }
    [Id(1), Key(1)] public required string Title { get; init; }
    /// <summary>The outlet: the article's source, else named by its text or its URL's host (Core.Outlets).</summary>
    [Id(2), Key(2)] public string? Source { get; init; }
    [Id(3), Key(3)] public DateTimeOffset? Published { get; init; }
    [Id(4), Key(4)] public bool Independent { get; init; } = true;
    [Id(5), Key(5)] public string? CopyOf { get; init; }
    [Id(6), Key(6)] public string? Url { get; init; }

    /// <summary>How <see cref="Source"/> was known: "source" (given), "dateline", "byline", "copyright", "syndicated", "inputs" (credit lines in the text) or "host" (the URL's).</summary>
    [Id(7), Key(7)] public string? SourceBasis { get; init; }
}
