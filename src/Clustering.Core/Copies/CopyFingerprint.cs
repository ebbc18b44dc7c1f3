using Clustering.Core.Text;

namespace Clustering.Core.Copies;

/// <summary>
/// What copy detection needs of one article, small enough to keep with every story member:
/// a MinHash over word 4-shingles (near-duplicates: the same text at two addresses) and, per
/// sentence, the hashes of its content words folded across paraphrase (rewrites: the same
/// sentences, in the same order, in other words).
/// </summary>
public sealed record CopyFingerprint(ulong[] MinHash, uint[][] Sentences)
{
    public const int Permutations = 64;
    private const int ShingleSize = 4;
    private const int MinSentenceWords = 4;

    public static readonly CopyFingerprint Empty = new([], []);

    public static CopyFingerprint Of(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var minHash = new ulong[Permutations];
        Array.Fill(minHash, ulong.MaxValue);
        var shingled = false;
        for (var i = 0; i + ShingleSize <= tokens.Count; i++)
        {
            ulong shingle = 14695981039346656037UL;
            for (var k = 0; k < ShingleSize; k++)
            {
                shingle = (shingle ^ StableHash.Of(tokens[i + k])) * 1099511628211UL;
            }
            shingled = true;
            for (var p = 0; p < Permutations; p++)
            {
                var value = StableHash.Mix(shingle + (ulong)p * 0x9E3779B97F4A7C15UL);
                if (value < minHash[p])
                {
                    minHash[p] = value;
                }
            }
        }

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
        return new CopyFingerprint(shingled ? minHash : [], [.. sentences]);
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
