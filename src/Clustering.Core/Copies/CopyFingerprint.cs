using Clustering.Core.Text;

namespace Clustering.Core.Copies;

/// <summary>
/// What copy detection needs of one article, small enough to keep with every story member:
/// a MinHash over word 4-shingles (near-duplicates: the same text at two addresses) and, per
/// sentence, the hashes of its content words folded across paraphrase (rewrites: the same
/// sentences, in the same order, in other words). The signature keeps the low 32 bits of each
/// 64-bit minimum: two different minima share them once in four billion, so the resemblance is the
/// one the whole minima give, at half the size in every story that keeps it. The sentences are one
/// array of runs (<see cref="SentenceRuns"/>).
/// </summary>
public sealed record CopyFingerprint(
    [property: System.Text.Json.Serialization.JsonConverter(typeof(SignatureJson))] uint[] MinHash,
    [property: System.Text.Json.Serialization.JsonConverter(typeof(SentenceRunsJson))] uint[] Sentences)
{
    public const int Permutations = 64;
    private const int ShingleSize = 4;
    private const int MinSentenceWords = 4;

    public static readonly CopyFingerprint Empty = new([], []);

    public static CopyFingerprint Of(string text)
    {
        var minHash = MinHashOf(text);
        var sentences = new List<uint[]>();
        var spans = new List<(int Start, int Length)>();
        SentenceSplitter.Split(text, spans);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (start, length) in spans)
        {
            words.Clear();
            ContentWords.Collect(text, start, length, words);
            if (words.Count < MinSentenceWords)
            {
                continue;
            }
            var hashes = new uint[words.Count];
            var n = 0;
            foreach (var word in words)
            {
                hashes[n++] = StableHash.Of(word);
            }
            Array.Sort(hashes);
            sentences.Add(hashes);
        }
        return new CopyFingerprint(minHash, SentenceRuns.Of(sentences));
    }

    /// <summary>The MinHash signature of the text's word 4-shingles (the low halves of the minima); empty when it has fewer than four words.</summary>
    private static uint[] MinHashOf(string text)
    {
        var tokenHashes = new List<uint>(text.Length / 5);
        var reader = new TokenReader(text, stackalloc char[Tokenizer.MaxTokenLength]);
        while (reader.Next(out var token))
        {
            tokenHashes.Add(StableHash.Of(token));
        }
        if (tokenHashes.Count < ShingleSize)
        {
            return [];
        }
        var minHash = new ulong[Permutations];
        Array.Fill(minHash, ulong.MaxValue);
        // A repeated shingle cannot lower any minimum: each distinct one is mixed once.
        var seen = new HashSet<ulong>(tokenHashes.Count);
        var hashes = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokenHashes);
        for (var i = 0; i + ShingleSize <= hashes.Length; i++)
        {
            ulong shingle = 14695981039346656037UL;
            for (var k = 0; k < ShingleSize; k++)
            {
                shingle = (shingle ^ hashes[i + k]) * 1099511628211UL;
            }
            if (seen.Add(shingle))
            {
                MinHashPermutations.Lower(minHash, shingle);
            }
        }
        var signature = new uint[Permutations];
        for (var p = 0; p < Permutations; p++)
        {
            signature[p] = unchecked((uint)minHash[p]);
        }
        return signature;
    }

    /// <summary>Estimated Jaccard resemblance of the two texts' shingle sets.</summary>
    public double Resemblance(CopyFingerprint other)
    {
        if (MinHash.Length != Permutations || other.MinHash.Length != Permutations)
        {
            return 0;
        }
        var same = 0;
        for (var p = 0; p < Permutations; p++)
        {
            if (MinHash[p] == other.MinHash[p])
            {
                same++;
            }
        }
        return (double)same / Permutations;
    }
}
