namespace Clustering.Core.Text;

/// <summary>
/// FNV-1a over UTF-16 code units. string.GetHashCode is randomised per process, and fingerprints
/// are stored and compared across silos and restarts, so they need a hash that never changes.
/// </summary>
public static class StableHash
{
    public static uint Of(ReadOnlySpan<char> text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return hash;
    }

    /// <summary>A 64-bit mix (SplitMix64 finaliser), used to derive MinHash permutations from one hash.</summary>
    public static ulong Mix(ulong value)
    {
        value += 0x9E3779B97F4A7C15UL;
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }
}
