using System.Collections.Frozen;

namespace Clustering.Core.Text;

/// <summary>
/// Span lookups into a frozen word set or map, answering exactly as the frozen collection's own
/// comparer (Ordinal or OrdinalIgnoreCase) would. The rule lexicons are asked about nearly every
/// word of an article; a frozen collection's span lookup goes through a delegate and a virtual
/// call each time, while this answers an ASCII word (nearly all of them) from a flat table with
/// an inline hash, and any other word by comparing it with the members of its length.
/// </summary>
internal sealed class WordTable
{
    private readonly string?[] _slots;
    private readonly uint[] _hashes;
    private readonly int[] _members;
    private readonly ulong _lengths;
    private readonly int _mask;
    private readonly bool _ignoreCase;
    private readonly int _maxLength;
    private readonly string[][] _byLength;
    private readonly int[][] _indexByLength;

    /// <param name="words">Distinct under <paramref name="comparer"/>, all ASCII; a word's index is its position here.</param>
    public WordTable(IReadOnlyList<string> words, IEqualityComparer<string> comparer)
    {
        ArgumentNullException.ThrowIfNull(words);
        _ignoreCase = ReferenceEquals(comparer, StringComparer.OrdinalIgnoreCase) || Equals(comparer, StringComparer.OrdinalIgnoreCase);
        if (!_ignoreCase && !ReferenceEquals(comparer, StringComparer.Ordinal) && !Equals(comparer, StringComparer.Ordinal)
            && !ReferenceEquals(comparer, EqualityComparer<string>.Default))
        {
            throw new ArgumentException("only Ordinal and OrdinalIgnoreCase lookups are answered", nameof(comparer));
        }
        var size = 16;
        while (size < words.Count * 4)
        {
            size *= 2;
        }
        _slots = new string?[size];
        _hashes = new uint[size];
        _members = new int[size];
        _mask = size - 1;
        for (var index = 0; index < words.Count; index++)
        {
            var word = words[index];
            if (!System.Text.Ascii.IsValid(word))
            {
                throw new ArgumentException($"'{word}' is not ASCII", nameof(words));
            }
            _maxLength = Math.Max(_maxLength, word.Length);
            _lengths |= word.Length < 64 ? 1UL << word.Length : 0;
            var folded = _ignoreCase ? word.ToLowerInvariant() : word;
            var hash = Hash(folded);
            var slot = (int)hash & _mask;
            while (_slots[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }
            _slots[slot] = folded;
            _hashes[slot] = hash;
            _members[slot] = index;
        }
        _byLength = new string[_maxLength + 1][];
        _indexByLength = new int[_maxLength + 1][];
        for (var length = 0; length <= _maxLength; length++)
        {
            var indexes = Enumerable.Range(0, words.Count).Where(i => words[i].Length == length).ToArray();
            _indexByLength[length] = indexes;
            _byLength[length] = [.. indexes.Select(i => words[i])];
        }
    }

    /// <summary>The index of the member equal to <paramref name="word"/>, or -1.</summary>
    public int IndexOf(ReadOnlySpan<char> word)
    {
        var length = word.Length;
        // No member has this length: most words stop here.
        if (length == 0 || length > _maxLength || (length < 64 && (_lengths & (1UL << length)) == 0))
        {
            return -1;
        }
        var hash = 2166136261u;
        foreach (var letter in word)
        {
            var c = letter;
            if (c >= 128)
            {
                return SlowIndexOf(word);
            }
            if (_ignoreCase && (uint)(c - 'A') <= 'Z' - 'A')
            {
                c = (char)(c | 0x20);
            }
            hash = (hash ^ c) * 16777619u;
        }
        var slot = (int)hash & _mask;
        while (_slots[slot] is { } member)
        {
            if (_hashes[slot] == hash && member.Length == length && Matches(member, word))
            {
                return _members[slot];
            }
            slot = (slot + 1) & _mask;
        }
        return -1;
    }

    private bool Matches(string member, ReadOnlySpan<char> word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (_ignoreCase && (uint)(c - 'A') <= 'Z' - 'A')
            {
                c = (char)(c | 0x20);
            }
            if (c != member[i])
            {
                return false;
            }
        }
        return true;
    }

    public bool Contains(ReadOnlySpan<char> word) => IndexOf(word) >= 0;

    // A word beyond ASCII: compared as the frozen collection's comparer would, with the members of its length.
    private int SlowIndexOf(ReadOnlySpan<char> word)
    {
        var members = _byLength[word.Length];
        for (var i = 0; i < members.Length; i++)
        {
            if (word.Equals(members[i], _ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            {
                return _indexByLength[word.Length][i];
            }
        }
        return -1;
    }

    private static uint Hash(string folded)
    {
        var hash = 2166136261u;
        foreach (var c in folded)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return hash;
    }
}

/// <summary>A frozen word set's span lookups through a <see cref="WordTable"/>.</summary>
internal sealed class WordSet(FrozenSet<string> set)
{
    private readonly WordTable _table = new(set.Items, set.Comparer);

    [ThreadStatic]
    private static List<WordToken>? t_tokens;

    public bool Contains(ReadOnlySpan<char> word) => _table.IndexOf(word) >= 0;

    /// <summary>Whether one of the words of the first <paramref name="length"/> characters of <paramref name="text"/> is in the set.</summary>
    public bool ContainsAnyWordOf(string text, int length)
    {
        var tokens = t_tokens ??= new List<WordToken>(256);
        tokens.Clear();
        WordScanner.Scan(text, 0, length, tokens);
        foreach (var token in tokens)
        {
            if (token.Kind == WordTokenKind.Word && Contains(token.Span(text)))
            {
                return true;
            }
        }
        return false;
    }
}

/// <summary>A frozen word map's span lookups through a <see cref="WordTable"/>.</summary>
internal sealed class WordMap<TValue>(FrozenDictionary<string, TValue> map)
{
    private readonly WordTable _table = new(map.Keys, map.Comparer);
    private readonly TValue[] _values = [.. map.Values];

    public bool ContainsKey(ReadOnlySpan<char> word) => _table.IndexOf(word) >= 0;

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        var index = _table.IndexOf(word);
        value = index >= 0 ? _values[index] : default!;
        return index >= 0;
    }
}
