using Clustering.Core.Articles;

namespace Clustering.Abstractions.Articles;

/// <summary>
/// One grain per article id: the place that makes ingest idempotent. It hands the article
/// to exactly one story, however often it is resent.
/// </summary>
[Alias("Clustering.IArticleGrain")]
public interface IArticleGrain : IGrainWithStringKey
{
    [Alias("Submit")]
    Task<IngestReceipt> Submit(Article article);

    /// <summary>
    /// Reads the article ahead of its submission (cleaning, entities, numbers, quotes: everything
    /// that depends on the article alone), so an ordered replay can read many articles in parallel
    /// while it assigns them one by one. Optional: Submit reads whatever was not prepared.
    /// </summary>
    [Alias("Prepare")]
    Task Prepare(Article article);

    [Alias("GetStatus")]
    Task<ArticleStatus?> GetStatus();
}
