using Clustering.Core.Text;

namespace Clustering.Core.Features;

/// <summary>
/// Document frequencies learned online, for IDF: every article seen adds its distinct terms.
/// Thread-safe. A term never seen counts as seen once, so a brand-new name weighs the most.
/// A silo's table also holds what the other silos saw (see <see cref="TakeUnshared"/> and
/// <see cref="AddOthers"/>), so an article weighs the same whichever silo reads it; with one silo
/// the others are empty and the table is exactly what this silo read, in order.
/// </summary>
public sealed class TermStatistics
{
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _documents;
    private Dictionary<string, int> _unshared = new(StringComparer.Ordinal);
    private long _unsharedDocuments;

    public long Documents
    {
        get
        {
            lock (_lock)
            {
                return _documents;
            }
        }
    }

    /// <summary>Counts one document containing these terms (each counted once however often it occurs).</summary>
    public void Observe(IEnumerable<string> distinctTerms)
    {
        lock (_lock)
        {
            _documents++;
            _unsharedDocuments++;
            foreach (var term in distinctTerms)
            {
                _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
                _unshared[term] = _unshared.GetValueOrDefault(term) + 1;
            }
        }
    }

    /// <summary>
    /// The vector with each term as the one string this table keys it by (a term it has not seen
    /// stays as given): a story keeps its terms for its whole life, and thousands of stories each
    /// holding their own copy of "minister" cost more than their vectors do.
    /// </summary>
    public TermVector Canonical(TermVector vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        var terms = new string[vector.Count];
        lock (_lock)
        {
            var lookup = _documentFrequency.GetAlternateLookup<ReadOnlySpan<char>>();
            for (var i = 0; i < terms.Length; i++)
            {
                var term = vector.Terms[i];
                terms[i] = lookup.TryGetValue(term, out var known, out _) ? known : term;
            }
        }
        return new TermVector(terms, vector.Weights);
    }

    /// <summary>What this table observed since the last call: to be shared with the other silos.</summary>
    public TermCounts TakeUnshared()
    {
        lock (_lock)
        {
            var taken = new TermCounts(_unsharedDocuments, _unshared);
            _unshared = new Dictionary<string, int>(StringComparer.Ordinal);
            _unsharedDocuments = 0;
            return taken;
        }
    }

    /// <summary>Returns counts taken by <see cref="TakeUnshared"/> that could not be shared, to go with the next.</summary>
    public void PutBack(TermCounts counts)
    {
        lock (_lock)
        {
            _unsharedDocuments += counts.Documents;
            foreach (var (term, frequency) in counts.Frequencies)
            {
                _unshared[term] = _unshared.GetValueOrDefault(term) + frequency;
            }
        }
    }

    /// <summary>
    /// Counts one document that wrote these terms as names (<see cref="NameTerms"/>), without counting
    /// a document: the counts sit in the same table under a key no term can have, so they travel to
    /// the other silos with the document frequencies.
    /// </summary>
    public void ObserveNames(IReadOnlyList<string> names)
    {
        lock (_lock)
        {
            foreach (var name in names)
            {
                var key = NameKey(name);
                _documentFrequency[key] = _documentFrequency.GetValueOrDefault(key) + 1;
                _unshared[key] = _unshared.GetValueOrDefault(key) + 1;
            }
        }
    }

    /// <summary>
    /// Counts one document that named these people (<see cref="PersonNames"/> keys: given name and surname),
    /// without counting a document: like <see cref="ObserveNames"/>, under a mark no term has, so the
    /// counts travel to the other silos with the document frequencies.
    /// </summary>
    public void ObservePersons(IReadOnlyList<string> persons)
    {
        lock (_lock)
        {
            foreach (var person in persons)
            {
                var key = PersonMark + person;
                _documentFrequency[key] = _documentFrequency.GetValueOrDefault(key) + 1;
                _unshared[key] = _unshared.GetValueOrDefault(key) + 1;
            }
        }
    }

    /// <summary>How many documents so far named this person (<see cref="ObservePersons"/>).</summary>
    public int PersonArticles(string person)
    {
        lock (_lock)
        {
            return _documentFrequency.GetValueOrDefault(PersonMark + person);
        }
    }

    /// <summary>Terms are letters and digits, so a leading "~" is no term's (nor a name count's "^").</summary>
    private const char PersonMark = '~';

    /// <summary>
    /// Adds to <paramref name="into"/> those of <paramref name="terms"/> that the feed writes as names:
    /// spelled so in at least one of every <see cref="NameShare"/> documents that hold them. A name
    /// is often a headline's first word or in a Title-Case headline, where its capital says nothing;
    /// a common word ("closes") is written lower-case inside a sentence wherever its case says anything.
    /// </summary>
    public void Names(IReadOnlyList<string> terms, ISet<string> into)
    {
        Span<char> key = stackalloc char[Tokenizer.MaxTokenLength + 1];
        key[0] = NameMark;
        lock (_lock)
        {
            var byKey = _documentFrequency.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var term in terms)
            {
                if (term.Length >= key.Length)
                {
                    continue;
                }
                term.CopyTo(key[1..]);
                var asName = byKey.TryGetValue(key[..(term.Length + 1)], out var count) ? count : 0;
                if (asName > 0 && asName * NameShare >= _documentFrequency.GetValueOrDefault(term))
                {
                    into.Add(term);
                }
            }
        }
    }

    /// <summary>One document in this many that hold a term must write it as a name for the term to count as one.</summary>
    public const int NameShare = 8;

    /// <summary>Terms are letters and digits ("e:" marks entities), so a leading "^" is no term's.</summary>
    private const char NameMark = '^';

    private static string NameKey(string term) => NameMark + term;

    /// <summary>Adds what other silos observed (never this table's own counts, or they would count twice).</summary>
    public void AddOthers(TermCounts others)
    {
        lock (_lock)
        {
            _documents += others.Documents;
            foreach (var (term, frequency) in others.Frequencies)
            {
                _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + frequency;
            }
        }
    }

    /// <summary>How many documents seen so far held the term.</summary>
    public int DocumentFrequency(string term)
    {
        lock (_lock)
        {
            return _documentFrequency.GetValueOrDefault(term);
        }
    }

    /// <summary>Smoothed inverse document frequency, ln((N + 1) / (df + 1)) + 1.</summary>
    public float Idf(string term)
    {
        lock (_lock)
        {
            return IdfUnlocked(term);
        }
    }

    /// <summary>Looks up many terms under one lock, for the hot path.</summary>
    public void Idf(IReadOnlyList<string> terms, Span<float> into)
    {
        lock (_lock)
        {
            for (var i = 0; i < terms.Count; i++)
            {
                into[i] = IdfUnlocked(terms[i]);
            }
        }
    }

    private float IdfUnlocked(string term)
    {
        var df = _documentFrequency.GetValueOrDefault(term);
        return MathF.Log((_documents + 1f) / (df + 1f)) + 1f;
    }
}

/// <summary>A number of documents and, per term, how many of them held it.</summary>
public sealed record TermCounts(long Documents, IReadOnlyDictionary<string, int> Frequencies)
{
    public static TermCounts Empty { get; } = new(0, new Dictionary<string, int>(StringComparer.Ordinal));

    public bool IsEmpty => Documents == 0 && Frequencies.Count == 0;
}
