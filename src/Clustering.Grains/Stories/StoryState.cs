using Clustering.Abstractions.Stories;
using Clustering.Core.Features;

namespace Clustering.Grains.Stories;

[GenerateSerializer, Alias("Clustering.StoryState")]
public sealed class StoryState
{
    [Id(0)] public string Title { get; set; } = string.Empty;
    [Id(1)] public long Version { get; set; }
    [Id(2)] public DateTimeOffset Created { get; set; }
    [Id(3)] public DateTimeOffset Updated { get; set; }
    [Id(4)] public List<StoryArticle> Articles { get; set; } = [];

    /// <summary>
    /// The running sum of the articles' term vectors as state written before <see cref="CentroidTerms"/>
    /// kept it: read once on activation and moved there (<see cref="MoveCentroidSum"/>), null ever after.
    /// </summary>
    [Id(5)] public Dictionary<string, float>? CentroidSum { get; set; }

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

    // Ids 14-18 and 20 held the particulars one list at a time, as state written before Particulars
    // (Id 23) has them: read once on activation and moved into it (MoveSeparateParticulars), null ever
    // after (six empty lists in each of 100k live stories were ~0.2 KB a story).

    [Id(14)] public List<int>? EventDays { get; set; }

    [Id(15)] public List<string>? Addresses { get; set; }

    [Id(16)] public List<string>? Persons { get; set; }

    [Id(17)] public List<int>? PersonArticles { get; set; }

    [Id(18)] public List<bool>? PersonAged { get; set; }

    [Id(20)] public List<string>? Towns { get; set; }

    /// <summary>Its articles' offers for its headline (Core.Headlines, bounded), from which <see cref="Title"/> is chosen.</summary>
    [Id(21)] public List<Core.Headlines.HeadlineCandidate> Headlines { get; set; } = [];

    /// <summary>The article whose headline is <see cref="Title"/>; kept unless another is clearly better.</summary>
    [Id(22)] public string? HeadlineArticleId { get; set; }

    /// <summary>
    /// What its articles give of each kind of particular (days, blocks, towns, people; Core.Particulars,
    /// each bounded), for the measures that tell two events of one kind apart. Stored as JSON, each kind
    /// under its name, so a new kind needs no new field here.
    /// </summary>
    [Id(23)] public Core.Particulars.StoryParticulars Particulars { get; set; } = new();

    /// <summary>
    /// The silos watching the story for their clients (Grains/Live/DurableWatchers): an activation
    /// elsewhere notifies them from its first change. Id 40 keeps clear of the measures' lists above.
    /// </summary>
    [Id(40)] public List<Abstractions.Live.IStoryObserver> Watchers { get; set; } = [];

    /// <summary>The running sum of the articles' term vectors (bounded, see Core's Centroid): its terms, sorted ordinally.</summary>
    [Id(41)] public string[] CentroidTerms { get; set; } = [];

    /// <summary>The weight of each of <see cref="CentroidTerms"/>.</summary>
    [Id(42)] public float[] CentroidWeights { get; set; } = [];

    public bool Exists => Version > 0;

    /// <summary>The story's centroid, from the sorted arrays or, in state written before them, from <see cref="CentroidSum"/>.</summary>
    public Centroid MoveCentroidSum()
    {
        if (CentroidSum is { Count: > 0 } sum)
        {
            var centroid = Centroid.FromSum(sum);
            CentroidSum = null;
            KeepCentroid(centroid);
            return centroid;
        }
        CentroidSum = null;
        return Centroid.FromSorted(CentroidTerms, CentroidWeights);
    }

    /// <summary>Points the stored sum at the centroid's arrays (replaced, never changed, by the centroid).</summary>
    public void KeepCentroid(Centroid centroid) => (CentroidTerms, CentroidWeights) = (centroid.Terms, centroid.Weights);

    /// <summary>
    /// Moves the particulars of state written before <see cref="Particulars"/> into it, as a merge
    /// would (each kind keeps them by its own bound), and lets the old lists go, so that it happens once.
    /// </summary>
    public void MoveSeparateParticulars()
    {
        if ((EventDays?.Count ?? 0) + (Addresses?.Count ?? 0) + (Persons?.Count ?? 0) + (Towns?.Count ?? 0) > 0)
        {
            Core.Dates.EventDays.Kind.Add(Particulars.Of(Core.Dates.EventDays.Kind), EventDays ?? []);
            StreetAddresses.Kind.Add(Particulars.Of(StreetAddresses.Kind), Addresses ?? []);
            Core.Features.Towns.Kind.Add(Particulars.Of(Core.Features.Towns.Kind), Towns ?? []);
            var persons = Particulars.Of(StoryPersons.Kind);
            StoryPersons.Merge(persons.Keys, persons.Counts, persons.Aged, Persons ?? [], PersonArticles ?? [], PersonAged ?? []);
        }
        EventDays = null;
        Addresses = null;
        Towns = null;
        Persons = null;
        PersonArticles = null;
        PersonAged = null;
    }
}
