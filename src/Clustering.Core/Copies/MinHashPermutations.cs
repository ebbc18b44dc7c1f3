using System.Runtime.Intrinsics;
using Clustering.Core.Text;

namespace Clustering.Core.Copies;

/// <summary>
/// The <see cref="CopyFingerprint.Permutations"/> hash functions of the MinHash, h_p(x) =
/// Mix(x + p·φ): every shingle goes through all of them, so they run eight or four lanes at a time
/// where the machine can. Each lane computes exactly <see cref="StableHash.Mix"/>, so signatures do
/// not depend on the machine that made them.
/// </summary>
internal static class MinHashPermutations
{
    private const ulong Step = 0x9E3779B97F4A7C15UL;

    /// <summary>Lowers each minHash[p] to h_p(shingle) where that is smaller.</summary>
    public static void Lower(ulong[] minHash, ulong shingle)
    {
        var p = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            var lanes = Vector512.Create(0UL, 1, 2, 3, 4, 5, 6, 7) * Step + Vector512.Create(shingle);
            var stride = Vector512.Create(Step * (ulong)Vector512<ulong>.Count);
            for (; p + Vector512<ulong>.Count <= minHash.Length; p += Vector512<ulong>.Count)
            {
                var current = Vector512.LoadUnsafe(ref minHash[p]);
                Vector512.Min(current, Mix(lanes)).StoreUnsafe(ref minHash[p]);
                lanes += stride;
            }
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            var lanes = Vector256.Create(0UL, 1, 2, 3) * Step + Vector256.Create(shingle);
            var stride = Vector256.Create(Step * (ulong)Vector256<ulong>.Count);
            for (; p + Vector256<ulong>.Count <= minHash.Length; p += Vector256<ulong>.Count)
            {
                var current = Vector256.LoadUnsafe(ref minHash[p]);
                Vector256.Min(current, Mix(lanes)).StoreUnsafe(ref minHash[p]);
                lanes += stride;
            }
        }
        for (; p < minHash.Length; p++)
        {
            var value = StableHash.Mix(shingle + ((ulong)p * Step));
            if (value < minHash[p])
            {
                minHash[p] = value;
            }
        }
    }

    // StableHash.Mix, lane by lane.
    private static Vector512<ulong> Mix(Vector512<ulong> value)
    {
        value += Vector512.Create(0x9E3779B97F4A7C15UL);
        value = (value ^ Vector512.ShiftRightLogical(value, 30)) * Vector512.Create(0xBF58476D1CE4E5B9UL);
        value = (value ^ Vector512.ShiftRightLogical(value, 27)) * Vector512.Create(0x94D049BB133111EBUL);
        return value ^ Vector512.ShiftRightLogical(value, 31);
    }

    private static Vector256<ulong> Mix(Vector256<ulong> value)
    {
        value += Vector256.Create(0x9E3779B97F4A7C15UL);
        value = (value ^ Vector256.ShiftRightLogical(value, 30)) * Vector256.Create(0xBF58476D1CE4E5B9UL);
        value = (value ^ Vector256.ShiftRightLogical(value, 27)) * Vector256.Create(0x94D049BB133111EBUL);
        return value ^ Vector256.ShiftRightLogical(value, 31);
    }
}
