using Clustering.Abstractions.Index;

namespace Clustering.Grains.Tests;

/// <summary>Terms gathered by shard come in the order GroupBy gives: shards by their first term, terms as given.</summary>
public class IndexShardingTests
{
    [Fact]
    public void terms_are_gathered_by_shard_in_the_order_they_first_come()
    {
        var terms = Enumerable.Range(0, 300).Select(i => ($"breakwater{i * 7 % 113}", (float)i)).Distinct().ToArray();

        var gathered = IndexSharding.ByShard(terms);

        var expected = terms.GroupBy(term => IndexSharding.ShardOf(term.Item1)).ToArray();
        gathered.Select(group => group.Shard).ShouldBe(expected.Select(group => group.Key));
        for (var i = 0; i < expected.Length; i++)
        {
            gathered[i].Terms.ShouldBe(expected[i].Select(term => term.Item1));
            gathered[i].Weights.ShouldBe(expected[i].Select(term => term.Item2));
        }
    }

    [Fact]
    public void no_terms_make_no_calls()
    {
        IndexSharding.ByShard([]).ShouldBeEmpty();
    }
}
