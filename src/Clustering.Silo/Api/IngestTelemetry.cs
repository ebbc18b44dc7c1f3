using Clustering.Abstractions.Articles;
using Clustering.Core.Articles;
using Clustering.Grains.Telemetry;

namespace Clustering.Silo.Api;

/// <summary>The root of an article's trace: the "ingest" span around its grain call, and the ingest counter.</summary>
internal static class IngestTelemetry
{
    public static async Task<IngestReceipt> Submit(IGrainFactory grains, Article article)
    {
        using var activity = ClusteringDiagnostics.Source.StartActivity("ingest")?.SetTag("clustering.article.id", article.Id);
        var receipt = await grains.GetGrain<IArticleGrain>(article.Id).Submit(article);
        activity?.SetTag("clustering.story.id", receipt.StoryId).SetTag("clustering.outcome", receipt.Outcome.ToString());
        ClusteringDiagnostics.ArticlesIngested.Add(1, new KeyValuePair<string, object?>("outcome", receipt.Outcome.ToString()));
        return receipt;
    }
}
