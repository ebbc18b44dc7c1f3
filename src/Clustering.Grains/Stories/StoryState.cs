using Clustering.Abstractions.Stories;

namespace Clustering.Grains.Stories;

[GenerateSerializer, Alias("Clustering.StoryState")]
public sealed class StoryState
{
    [Id(0)] public string Title { get; set; } = string.Empty;
    [Id(1)] public long Version { get; set; }
    [Id(2)] public DateTimeOffset Created { get; set; }
    [Id(3)] public DateTimeOffset Updated { get; set; }
    [Id(4)] public List<StoryArticle> Articles { get; set; } = [];

    /// <summary>The running sum of the articles' term vectors (bounded, see Centroid).</summary>
    [Id(5)] public Dictionary<string, float> CentroidSum { get; set; } = new(StringComparer.Ordinal);

    // Id 6 held the ring of recent deltas; it now lives in the activation (see StoryGrain.Live). Not to be reused.

    [Id(7)] public string? MergedInto { get; set; }

    // Id 8 held the terms last indexed under, written and never read; what was sent now lives in the
    // activation (StoryGrain.Index). Not to be reused.

    /// <summary>The span of time the story's articles speak from (their own dates, not arrival).</summary>
    [Id(9)] public DateTimeOffset FirstEventTime { get; set; }

    [Id(10)] public DateTimeOffset LastEventTime { get; set; }

    /// <summary>The most recent articles' vectors (trimmed), for the nearest-member measure.</summary>
    [Id(11)] public List<Core.Features.TermVector> Members { get; set; } = [];

    /// <summary>What each article said (numbers, quotes, dates, entities) and how it stands to the others.</summary>
    [Id(12)] public Core.Consensus.LedgerState? Ledger { get; set; }

    /// <summary>Who published each of <see cref="Members"/>, in the same order (shorter in state written before it existed).</summary>
    [Id(13)] public List<string> MemberSources { get; set; } = [];

    /// <summary>The days its first articles speak of (Core.Dates.EventDays, bounded), for the event-day measures.</summary>
    [Id(14)] public List<int> EventDays { get; set; } = [];

    /// <summary>The street addresses its first articles give (Core.Features.StreetAddresses, bounded), for the address measures.</summary>
    [Id(15)] public List<string> Addresses { get; set; } = [];

    /// <summary>The people its articles name (Core.Features.StoryPersons, bounded), for the named-person measure.</summary>
    [Id(16)] public List<string> Persons { get; set; } = [];

    /// <summary>How many of its articles named each of <see cref="Persons"/>, in the same order.</summary>
    [Id(17)] public List<int> PersonArticles { get; set; } = [];

    /// <summary>Whether some article gave the age of each of <see cref="Persons"/>, in the same order.</summary>
    [Id(18)] public List<bool> PersonAged { get; set; } = [];

    /// <summary>The towns its first articles say it happened in (Core.Features.Towns, bounded), for the other-town measure.</summary>
    [Id(20)] public List<string> Towns { get; set; } = [];

    /// <summary>Its articles' offers for its headline (Core.Headlines, bounded), from which <see cref="Title"/> is chosen.</summary>
    [Id(21)] public List<Core.Headlines.HeadlineCandidate> Headlines { get; set; } = [];

    /// <summary>The article whose headline is <see cref="Title"/>; kept unless another is clearly better.</summary>
    [Id(22)] public string? HeadlineArticleId { get; set; }

    /// <summary>
    /// The silos watching the story for their clients (Grains/Live/DurableWatchers): an activation
    /// elsewhere notifies them from its first change. Id 40 keeps clear of the measures' lists above.
    /// </summary>
    [Id(40)] public List<Abstractions.Live.IStoryObserver> Watchers { get; set; } = [];

    public bool Exists => Version > 0;
}
