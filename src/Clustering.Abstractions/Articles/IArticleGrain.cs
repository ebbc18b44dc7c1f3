using Clustering.Core.Articles;

namespace Clustering.Abstractions.Articles;

/// <summary>
/// One grain per article id: the place that makes ingest idempotent. It records the article
/// before anything else happens and hands it to exactly one story, however often it is resent.
/// </summary>
[Alias("Clustering.IArticleGrain")]
public interface IArticleGrain : IGrainWithStringKey
{
    [Alias("Submit")]
    Task<IngestReceipt> Submit(Article article);

    [Alias("GetStatus")]
    Task<ArticleStatus?> GetStatus();
}
