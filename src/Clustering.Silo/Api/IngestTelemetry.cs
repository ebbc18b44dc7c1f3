using Clustering.Grains;
using Clustering.Abstractions.Articles;
using Clustering.Core.Articles;
using Clustering.Grains.Telemetry;

namespace Clustering.Silo.Api;

/// <summary>The root of an article's trace: the "ingest" span around its grain call, and the ingest counter.</summary>
internal static class IngestTelemetry
{
    /// <summary>Submits the article, trying again while a silo is being declared dead (see <see cref="FailoverRetry"/>).</summary>
    public static async Task<IngestReceipt> Submit(IGrainFactory grains, Article article, TimeProvider time, CancellationToken cancellationToken)
    {
        using var activity = ClusteringDiagnostics.Source.StartActivity("ingest")?.SetTag("clustering.article.id", article.Id);
        var grain = grains.Article(article.Id);
        var receipt = await FailoverRetry.Run(() => grain.Submit(article), time, cancellationToken);
        activity?.SetTag("clustering.story.id", receipt.StoryId).SetTag("clustering.outcome", receipt.Outcome.ToString());
        ClusteringDiagnostics.ArticlesIngested.Add(1, new KeyValuePair<string, object?>("outcome", receipt.Outcome.ToString()));
        return receipt;
    }
}
