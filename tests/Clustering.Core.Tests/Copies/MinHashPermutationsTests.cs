using Clustering.Core.Copies;
using Clustering.Core.Text;

namespace Clustering.Core.Tests.Copies;

public class MinHashPermutationsTests
{
    [Theory]
    [InlineData(0UL)]
    [InlineData(1UL)]
    [InlineData(0x9E3779B97F4A7C15UL)]
    [InlineData(ulong.MaxValue)]
    [InlineData(14695981039346656037UL)]
    public void every_lane_computes_the_scalar_hash_of_its_permutation(ulong shingle)
    {
        var minHash = new ulong[CopyFingerprint.Permutations];
        Array.Fill(minHash, ulong.MaxValue);

        MinHashPermutations.Lower(minHash, shingle);

        for (var p = 0; p < minHash.Length; p++)
        {
            minHash[p].ShouldBe(StableHash.Mix(shingle + ((ulong)p * 0x9E3779B97F4A7C15UL)), $"permutation {p}");
        }
    }

    [Fact]
    public void a_value_already_lower_is_kept()
    {
        var minHash = new ulong[CopyFingerprint.Permutations];

        MinHashPermutations.Lower(minHash, 42);

        minHash.ShouldAllBe(value => value == 0);
    }
}
