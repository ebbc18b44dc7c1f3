namespace Clustering.Abstractions.Api;

// The JSON answers of the ingest routes (../CONTRACT.md), shared by the silo and the .NET client.

/// <summary>`POST /api/articles`: 202 accepted, 200 duplicate or 200 revised.</summary>
public sealed record IngestResponse(string Id, string Status, string? StoryId);

/// <summary>`POST /api/articles/batch`: the good lines are kept even when others are rejected.</summary>
public sealed record BatchResponse(int Accepted, int Duplicates, IReadOnlyList<BatchRejection> Rejected, IReadOnlyList<BatchItem> Items)
{
    /// <summary>Known ids that came with new content (write-thrus); counted neither as accepted nor as duplicates.</summary>
    public int Revised { get; init; }
}

public sealed record BatchRejection(int Line, string Error);

public sealed record BatchItem(int Line, string Id, string Status, string? StoryId);

public static class IngestStatus
{
    public const string Accepted = "accepted";
    public const string Duplicate = "duplicate";
    public const string Revised = "revised";
}
