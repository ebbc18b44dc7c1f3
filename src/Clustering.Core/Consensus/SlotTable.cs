using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Clustering.Core.Consensus;

/// <summary>
/// A ledger's facts by slot, in slot-name order (ordinal): an exact-size sorted array. A story has
/// a few slots, and a sorted dictionary's tree, comparer and collections were ~0.15 KB of each live story.
/// </summary>
internal sealed class SlotTable : IReadOnlyDictionary<string, FactSlot>
{
    private KeyValuePair<string, FactSlot>[] _slots = [];

    public int Count => _slots.Length;

    public IEnumerable<string> Keys => _slots.Select(pair => pair.Key);

    public IEnumerable<FactSlot> Values => _slots.Select(pair => pair.Value);

    public FactSlot this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no fact for the slot '{key}'");

    public bool ContainsKey(string key) => Find(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out FactSlot value)
    {
        var at = Find(key);
        value = at >= 0 ? _slots[at].Value : null;
        return at >= 0;
    }

    /// <summary>Sets the slot's fact, in its place by name.</summary>
    public void Set(string key, FactSlot value)
    {
        var at = Find(key);
        if (at >= 0)
        {
            _slots[at] = new(key, value);
            return;
        }
        at = ~at;
        _slots = [.. _slots.AsSpan(0, at), new(key, value), .. _slots.AsSpan(at)];
    }

    public bool Remove(string key)
    {
        var at = Find(key);
        if (at < 0)
        {
            return false;
        }
        _slots = [.. _slots.AsSpan(0, at), .. _slots.AsSpan(at + 1)];
        return true;
    }

    public IEnumerator<KeyValuePair<string, FactSlot>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, FactSlot>>)_slots).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The slot's place, or the complement of where it would go (as Array.BinarySearch gives).</summary>
    private int Find(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        int low = 0, high = _slots.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = string.CompareOrdinal(_slots[middle].Key, key);
            if (order == 0)
            {
                return middle;
            }
            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }
        return ~low;
    }
}
