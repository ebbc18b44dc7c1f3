using System.Diagnostics.CodeAnalysis;

namespace Clustering.Core.Consensus;

/// <summary>
/// A ledger's articles by id: an exact-size array looked through while there are few (most live
/// stories hold one or two, and a dictionary's table was ~0.2 KB of each), a dictionary beyond.
/// </summary>
internal sealed class HeldArticles<T>(Func<T, string> idOf)
    where T : class
{
    private const int LookedThroughUpTo = 8;

    private T[] _few = [];
    private Dictionary<string, T>? _byId;

    /// <summary>Every article held, in no promised order.</summary>
    public IEnumerable<T> All => (IEnumerable<T>?)_byId?.Values ?? _few;

    public bool ContainsKey(string id) => TryGetValue(id, out _);

    public bool TryGetValue(string id, [MaybeNullWhen(false)] out T held)
    {
        if (_byId is not null)
        {
            return _byId.TryGetValue(id, out held);
        }
        held = Array.Find(_few, each => string.Equals(idOf(each), id, StringComparison.Ordinal));
        return held is not null;
    }

    /// <summary>Holds <paramref name="held"/> under its id, in place of one held under the same id.</summary>
    public void Set(T held)
    {
        var id = idOf(held);
        if (_byId is not null)
        {
            _byId[id] = held;
            return;
        }
        var at = Array.FindIndex(_few, each => string.Equals(idOf(each), id, StringComparison.Ordinal));
        if (at >= 0)
        {
            _few[at] = held;
            return;
        }
        _few = [.. _few, held];
        if (_few.Length > LookedThroughUpTo)
        {
            (_byId, _few) = (_few.ToDictionary(idOf, StringComparer.Ordinal), []);
        }
    }

    public bool Remove(string id, [MaybeNullWhen(false)] out T held)
    {
        if (_byId is not null)
        {
            return _byId.Remove(id, out held);
        }
        var at = Array.FindIndex(_few, each => string.Equals(idOf(each), id, StringComparison.Ordinal));
        if (at < 0)
        {
            held = null;
            return false;
        }
        held = _few[at];
        _few = [.. _few.AsSpan(0, at), .. _few.AsSpan(at + 1)];
        return true;
    }
}
