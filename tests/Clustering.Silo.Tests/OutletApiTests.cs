using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Clustering.Silo.Tests;

/// <summary>Articles without a source field are named by their credit line or their URL, in the story and its explanations.</summary>
[Collection(SiloCollection.Name)]
public class OutletApiTests(SiloFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> Post(object article)
    {
        using var response = await fixture.Silo.Http.PostAsync("api/articles", new StringContent(JsonSerializer.Serialize(article), Encoding.UTF8, "application/json"), Ct);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("storyId").GetString()!;
    }

    [Fact]
    public async Task the_story_names_each_article_by_its_credit_line_or_host_and_explains_facts_by_outlet()
    {
        var storyId = await Post(new
        {
            id = "outlet-wire",
            title = "Grain silo explosion kills four at Orrin Mills",
            text = "ORRIN MILLS, April 2 (AFP) - Four workers were killed when a grain silo exploded at the Orrin Mills co-operative on Thursday, the fire brigade said. The blast shattered windows across the mill yard.",
            published = "2026-04-02T10:00:00Z",
        });
        await Post(new
        {
            id = "outlet-local",
            title = "Orrin Mills grain silo blast: four workers dead",
            text = "Four workers were killed in the grain silo explosion at the Orrin Mills co-operative, the fire brigade confirmed. Investigators from the county began sifting the wreckage of the silo at the mill yard on Friday.",
            url = "https://www.orrin-valley-echo.example/news/silo-blast",
            published = "2026-04-02T14:00:00Z",
        });

        var story = (await fixture.Silo.Client.GetStory(storyId, Ct)).ShouldNotBeNull();

        var wire = story.Articles.Single(article => article.Id == "outlet-wire");
        wire.Source.ShouldBe("AFP");
        wire.SourceBasis.ShouldBe("dateline");
        var local = story.Articles.Single(article => article.Id == "outlet-local");
        local.Source.ShouldBe("orrin-valley-echo.example");
        local.SourceBasis.ShouldBe("host");
        var explanation = story.Facts.Single(fact => fact.Slot == "killed").Explanation.ShouldNotBeNull();
        explanation.ShouldContain("AFP");
        explanation.ShouldContain("orrin-valley-echo.example");
        explanation.ShouldNotContain("outlet-wire");
        var status = await fixture.Silo.Http.GetFromJsonAsync<JsonElement>("api/articles/outlet-wire", Ct);
        status.GetProperty("source").GetString().ShouldBe("AFP");
    }
}
