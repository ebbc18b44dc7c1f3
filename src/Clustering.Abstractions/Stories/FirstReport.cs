using MessagePack;

namespace Clustering.Abstractions.Stories;

/// <summary>
/// Who had the story first: the earliest of its independent articles (copies never count), by the
/// articles' own dates; <see cref="Dated"/> is false when no independent article gives a date and
/// <see cref="At"/> is only when the first of them arrived.
/// </summary>
[GenerateSerializer, Immutable, Alias("Clustering.FirstReport"), MessagePackObject]
public sealed record FirstReport
{
    [Id(0), Key(0)] public required string ArticleId { get; init; }
    [Id(1), Key(1)] public string? Source { get; init; }
    [Id(2), Key(2)] public DateTimeOffset At { get; init; }
    [Id(3), Key(3)] public bool Dated { get; init; }
}
