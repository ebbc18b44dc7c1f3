using Clustering.Abstractions.Statistics;

namespace Clustering.Grains.Tests;

[Collection(ClusterCollection.Name)]
public class TermStatisticsShardTests(ClusterFixture fixture)
{
    private static SharedTermCounts Counts(long documents, params (string Term, int Frequency)[] terms) => new()
    {
        Documents = documents,
        Frequencies = terms.ToDictionary(term => term.Term, term => term.Frequency, StringComparer.Ordinal),
    };

    [Fact]
    public async Task each_silo_gets_back_what_the_others_counted_and_never_its_own()
    {
        // A shard of its own: the key is not one the silos' sharing uses in this test cluster.
        var shard = fixture.Client.GetGrain<ITermStatisticsShardGrain>(1001);

        var aFirst = await shard.Exchange("silo-a", Counts(3, ("quake", 3)));
        var bFirst = await shard.Exchange("silo-b", Counts(2, ("quake", 1), ("ferry", 2)));
        var aSecond = await shard.Exchange("silo-a", Counts(1, ("ferry", 1)));
        var bSecond = await shard.Exchange("silo-b", SharedTermCounts.Empty);

        aFirst.Documents.ShouldBe(0);
        bFirst.Documents.ShouldBe(3);
        bFirst.Frequencies.ShouldBe(new Dictionary<string, int> { ["quake"] = 3 });
        aSecond.Documents.ShouldBe(2);
        aSecond.Frequencies.ShouldBe(new Dictionary<string, int> { ["quake"] = 1, ["ferry"] = 2 });
        bSecond.Documents.ShouldBe(1);
        bSecond.Frequencies.ShouldBe(new Dictionary<string, int> { ["ferry"] = 1 });
    }

    [Fact]
    public async Task a_lone_silo_gets_nothing_back()
    {
        var shard = fixture.Client.GetGrain<ITermStatisticsShardGrain>(1002);

        await shard.Exchange("silo-alone", Counts(5, ("dam", 5)));
        var again = await shard.Exchange("silo-alone", Counts(1, ("dam", 1)));

        again.Documents.ShouldBe(0);
        again.Frequencies.ShouldBeEmpty();
    }
}
