using Clustering.Abstractions.Stories;

namespace Clustering.Grains.Stories;

/// <summary>
/// Pages over the story list (most recently updated first, then by id) so that following the
/// cursors visits every story once even while stories change: a walk lists the stories as they
/// stood when it began, each at the place it had then, with its latest summary. Stories created
/// during the walk are not in it (the live feed and <c>updatedSince</c> bring them); stories merged
/// away during it are left out.
/// </summary>
/// <remarks>
/// The place each story had before each change is kept for the last <see cref="MovesKept"/>
/// changes of this activation. A cursor older than that, or from another activation (the
/// directory moved silos), continues from its place in the current order: a story updated since
/// may then be missed by that walk, never shown twice.
/// </remarks>
internal sealed class StoryListing
{
    public const int MovesKept = 100_000;

    private readonly Queue<Move> _moves = new();
    private long _sequence;

    /// <summary>Tells cursors of this activation from those of an earlier one.</summary>
    public long Epoch { get; } = Random.Shared.NextInt64(1, long.MaxValue);

    /// <summary>Call before a story's summary changes or it leaves the list.</summary>
    public void Moving(IReadOnlyDictionary<string, StorySummary> stories, string id)
    {
        Place? before = stories.TryGetValue(id, out var known) ? new Place(known.Updated, id) : null;
        _moves.Enqueue(new Move(++_sequence, id, before));
        if (_moves.Count > MovesKept)
        {
            _moves.Dequeue();
        }
    }

    public StoryPage Page(IReadOnlyDictionary<string, StorySummary> stories, int limit, DateTimeOffset? updatedSince, StoryCursor? after)
    {
        // The HTTP route checks the limit; a caller of the grain itself gets the same answer, not an index error.
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var asOf = after is not null && after.Epoch == Epoch && Covers(after.AsOf) ? after.AsOf : _sequence;
        var then = asOf == _sequence ? null : PlacesAsOf(asOf);
        // The page and one more (whether there is a next page) out of the whole list: a heap of that
        // many whose top is the one latest in the list, instead of sorting every story for each page.
        var keep = (int)Math.Min((long)limit + 1, stories.Count + 1L);
        var kept = new PriorityQueue<(Place Place, StorySummary Story), Place>(keep, LatestInListFirst);
        foreach (var story in stories.Values)
        {
            var place = then is not null && then.TryGetValue(story.Id, out var old) ? old : new Place(story.Updated, story.Id);
            if (place is { } p
                && (updatedSince is not { } since || p.Updated > since)
                && (after is null || after.Precedes(p.Updated, p.Id)))
            {
                if (kept.Count < keep)
                {
                    kept.Enqueue((p, story), p);
                }
                else
                {
                    kept.EnqueueDequeue((p, story), p);
                }
            }
        }
        var page = new List<(Place Place, StorySummary Story)>(kept.Count);
        while (kept.TryDequeue(out var entry, out _))
        {
            page.Add(entry);
        }
        page.Reverse();
        StoryCursor? next = null;
        if (page.Count > limit)
        {
            var last = page[limit - 1].Place;
            next = new StoryCursor { Epoch = Epoch, AsOf = asOf, Updated = last.Updated, Id = last.Id };
            page.RemoveAt(limit);
        }
        return new StoryPage { Stories = page.Select(entry => entry.Story).ToArray(), Next = next };
    }

    /// <summary>The list's order (most recently updated first, then by id), reversed: the heap's top is the one to drop first.</summary>
    private static readonly Comparer<Place> LatestInListFirst = Comparer<Place>.Create((a, b) => InListOrder(b, a));

    private static int InListOrder(Place a, Place b)
    {
        var byTime = b.Updated.CompareTo(a.Updated);
        return byTime != 0 ? byTime : string.CompareOrdinal(a.Id, b.Id);
    }

    /// <summary>Whether every change after <paramref name="asOf"/> is still known.</summary>
    private bool Covers(long asOf) =>
        asOf <= _sequence && (_moves.Count == 0 ? asOf == _sequence : asOf >= _moves.Peek().Sequence - 1);

    /// <summary>For each story changed after <paramref name="asOf"/>: its place then, or null if it did not exist.</summary>
    private Dictionary<string, Place?> PlacesAsOf(long asOf)
    {
        var places = new Dictionary<string, Place?>(StringComparer.Ordinal);
        foreach (var move in _moves)
        {
            if (move.Sequence > asOf)
            {
                places.TryAdd(move.Id, move.Before);
            }
        }
        return places;
    }

    private readonly record struct Place(DateTimeOffset Updated, string Id);

    private readonly record struct Move(long Sequence, string Id, Place? Before);
}
