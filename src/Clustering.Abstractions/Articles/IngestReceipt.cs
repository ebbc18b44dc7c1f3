namespace Clustering.Abstractions.Articles;

[GenerateSerializer, Alias("Clustering.IngestOutcome")]
public enum IngestOutcome
{
    /// <summary>New: recorded durably, and absorbed into a story.</summary>
    Accepted = 0,

    /// <summary>Seen before: nothing changed.</summary>
    Duplicate = 1,

    /// <summary>Seen before with other content (a wire write-thru): the new version replaced the old in its story.</summary>
    Revised = 2,
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
    /// <summary>The outlet, as the article's story names it (StoryArticle.Source).</summary>
    [Id(4)] public string? Source { get; init; }

    /// <summary>The date the article speaks from, as its story lists it: its feed's, else its page's own; null when neither gives one.</summary>
    [Id(5)] public DateTimeOffset? Published { get; init; }
    [Id(6)] public DateTimeOffset Received { get; init; }

    /// <summary>How many versions the article has had (1 until a write-thru), and the latest ones, newest first.</summary>
    [Id(7)] public int Versions { get; init; } = 1;

    [Id(8)] public IReadOnlyList<ArticleVersionView> History { get; init; } = [];

    /// <summary>How <see cref="Source"/> was known (see StoryArticle.SourceBasis).</summary>
    [Id(9)] public string? SourceBasis { get; init; }
}

/// <summary>One version of an article as its history lists it.</summary>
[GenerateSerializer, Immutable, Alias("Clustering.ArticleVersionView")]
public sealed record ArticleVersionView
{
    [Id(0)] public int Version { get; init; }
    [Id(1)] public required string Title { get; init; }
    [Id(2)] public DateTimeOffset Received { get; init; }
    [Id(3)] public int TextLength { get; init; }
}
