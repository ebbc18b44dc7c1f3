using Clustering.Core.Consensus;

namespace Clustering.Core.Tests.Consensus;

/// <summary>Articles by id, looked through while few and by a dictionary beyond: the same answers either way.</summary>
public class HeldArticlesTests
{
    private sealed record Held(string Id, int Version);

    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void each_article_is_found_by_its_id_replaced_in_its_place_and_removed_from_among_the_others(int count)
    {
        var held = new HeldArticles<Held>(article => article.Id);
        for (var i = 0; i < count; i++)
        {
            held.Set(new Held($"pier-{i}", 1));
        }

        held.Set(new Held("pier-1", 2));
        held.Remove("pier-0", out var removed).ShouldBeTrue();

        removed!.Id.ShouldBe("pier-0");
        held.ContainsKey("pier-0").ShouldBeFalse();
        held.Remove("pier-0", out _).ShouldBeFalse();
        held.TryGetValue("pier-1", out var replaced).ShouldBeTrue();
        replaced!.Version.ShouldBe(2);
        held.TryGetValue($"pier-{count - 1}", out _).ShouldBeTrue();
        held.All.Select(article => article.Id).ShouldBe(Enumerable.Range(1, count - 1).Select(i => $"pier-{i}"));
    }
}
