using Clustering.Core.Features;
using Clustering.Grains.Statistics;
using Clustering.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Clustering.IntegrationTests;

/// <summary>Two silos of one cluster weigh terms by what both have read, whichever received the articles.</summary>
public class SharedIdfTests
{
    [Fact]
    public async Task articles_read_on_silo_a_count_in_the_idf_of_silo_b()
    {
        var ct = TestContext.Current.CancellationToken;
        var (a, b) = await TestSilo.StartPair();
        await using var silos = new SiloPair(a, b);
        for (var i = 0; i < 6; i++)
        {
            await a.Client.PostArticle(new
            {
                id = $"shared-idf-{i}",
                title = $"Quorvath turbine {i} stalls",
                text = i % 2 == 0 ? "The Quorvath turbine stalled again; engineers in the Marrow basin were called out." : "The Quorvath turbine stalled again.",
            }, ct);
        }
        // The article grains may have read some of them on either silo.
        var seenByA = a.Services.GetRequiredService<TermStatistics>();
        var seenByB = b.Services.GetRequiredService<TermStatistics>();
        (seenByA.Documents + seenByB.Documents).ShouldBe(6);

        // A hands over and learns nothing yet; B learns A's; A then learns B's.
        await a.Services.GetRequiredService<TermStatisticsSharing>().ExchangeNow(ct);
        await b.Services.GetRequiredService<TermStatisticsSharing>().ExchangeNow(ct);
        await a.Services.GetRequiredService<TermStatisticsSharing>().ExchangeNow(ct);

        seenByA.Documents.ShouldBe(6);
        seenByB.Documents.ShouldBe(6);
        seenByB.Idf("marrow").ShouldBe(seenByA.Idf("marrow"));
        seenByB.Idf("marrow").ShouldBeLessThan(seenByB.Idf("unheardof"));
    }
}
