using Clustering.Abstractions.Index;

namespace Clustering.Grains.Index;

/// <summary>
/// A shard's postings laid out for reading: each term's postings side by side in one list, each
/// naming its story by a small number rather than the story's id. Scoring then reads a few
/// contiguous bytes per posting and adds into an array, where summing by id hashed every story id
/// string: strings scattered over a heap of 100k stories, so reading a posting cost about twice as
/// much with 100k stories as with 1k (measured in the scaling benchmark). Ids are read only for
/// the few candidates answered and for ties. The shard's stored state stays the term → story map
/// (its storage format does not change); this is rebuilt from it on activation and kept in step.
/// </summary>
internal sealed class ShardPostings
{
    private readonly struct Entry(int story, float weight, long updatedUtcTicks)
    {
        public int Story { get; } = story;
        public float Weight { get; } = weight;
        public long UpdatedUtcTicks { get; } = updatedUtcTicks;
    }

    private readonly Dictionary<string, List<Entry>> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _handles = new(StringComparer.Ordinal);
    private readonly List<string?> _ids = [];
    /// <summary>Per handle: how many of this shard's terms hold the story; its handle is reused at zero.</summary>
    private readonly List<int> _uses = [];
    private readonly Stack<int> _free = new();

    // A query's scratch: an open-addressed table from handle + 1 to score, sized to the postings
    // the query reads (at most a few hundred), so it stays in the nearest cache. A score per
    // handle in arrays as large as the shard's story count missed the cache twice per posting.
    private int[] _slotStories = new int[64];
    private float[] _slotScores = new float[64];
    private readonly List<List<Entry>?> _found = [];

    public void Set(string term, string storyId, float weight, DateTimeOffset updated)
    {
        if (!_terms.TryGetValue(term, out var entries))
        {
            entries = [];
            _terms[term] = entries;
        }
        var story = HandleOf(storyId);
        var entry = new Entry(story, weight, updated.UtcTicks);
        var at = IndexOf(entries, story);
        if (at >= 0)
        {
            entries[at] = entry;
            return;
        }
        entries.Add(entry);
        _uses[story]++;
    }

    public void Remove(string term, string storyId)
    {
        if (!_terms.TryGetValue(term, out var entries) || !_handles.TryGetValue(storyId, out var story))
        {
            return;
        }
        var at = IndexOf(entries, story);
        if (at < 0)
        {
            return;
        }
        entries.RemoveAt(at);
        if (entries.Count == 0)
        {
            _terms.Remove(term);
        }
        if (--_uses[story] == 0)
        {
            _handles.Remove(storyId);
            _ids[story] = null;
            _free.Push(story);
        }
    }

    /// <summary>
    /// The best <paramref name="take"/> stories by summed weight × posting weight over the terms, ties
    /// by id; postings older than <paramref name="activeSince"/> are skipped. Sums run over the
    /// terms in the order given, as they did by id. Also how many postings were read.
    /// </summary>
    public (List<StoryCandidate> Best, int Read) Query(string[] terms, float[] weights, DateTimeOffset activeSince, int take)
    {
        _found.Clear();
        var read = 0;
        foreach (var term in terms)
        {
            var entries = _terms.GetValueOrDefault(term);
            _found.Add(entries);
            read += entries?.Count ?? 0;
        }
        var size = 64;
        while (size < read * 2)
        {
            size *= 2;
        }
        if (_slotStories.Length < size)
        {
            _slotStories = new int[size];
            _slotScores = new float[size];
        }
        else
        {
            Array.Clear(_slotStories, 0, size);
        }
        var mask = size - 1;
        var since = activeSince.UtcTicks;
        for (var i = 0; i < terms.Length; i++)
        {
            if (_found[i] is not { } entries)
            {
                continue;
            }
            foreach (var entry in entries)
            {
                // Aged out: the story stays in storage and answers by id, but no longer competes.
                if (entry.UpdatedUtcTicks < since)
                {
                    continue;
                }
                var key = entry.Story + 1;
                var slot = (int)(((uint)key * 2654435769u) >> 7) & mask;
                while (_slotStories[slot] != 0 && _slotStories[slot] != key)
                {
                    slot = (slot + 1) & mask;
                }
                if (_slotStories[slot] == 0)
                {
                    _slotStories[slot] = key;
                    _slotScores[slot] = 0f;
                }
                _slotScores[slot] += weights[i] * entry.Weight;
            }
        }

        // The best few by score, ties by id (deterministic), kept in order as they come.
        var best = new List<StoryCandidate>(take + 1);
        for (var slot = 0; slot < size; slot++)
        {
            if (_slotStories[slot] == 0)
            {
                continue;
            }
            var story = _slotStories[slot] - 1;
            var score = _slotScores[slot];
            if (best.Count == take && !Outranks(score, story, best[^1]))
            {
                continue;
            }
            var candidate = new StoryCandidate { StoryId = _ids[story]!, Score = score };
            var at = best.Count;
            while (at > 0 && Outranks(score, story, best[at - 1]))
            {
                at--;
            }
            best.Insert(at, candidate);
            if (best.Count > take)
            {
                best.RemoveAt(best.Count - 1);
            }
        }
        return (best, read);
    }

    private bool Outranks(float score, int story, StoryCandidate other) =>
        score > other.Score || (score == other.Score && string.CompareOrdinal(_ids[story], other.StoryId) < 0);

    private int HandleOf(string storyId)
    {
        if (_handles.TryGetValue(storyId, out var story))
        {
            return story;
        }
        if (_free.TryPop(out story))
        {
            _ids[story] = storyId;
            _uses[story] = 0;
        }
        else
        {
            story = _ids.Count;
            _ids.Add(storyId);
            _uses.Add(0);
        }
        _handles[storyId] = story;
        return story;
    }

    private static int IndexOf(List<Entry> entries, int story)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Story == story)
            {
                return i;
            }
        }
        return -1;
    }
}
