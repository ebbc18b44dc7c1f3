using Clustering.Core.Articles;

namespace Clustering.Grains.Articles;

[GenerateSerializer, Alias("Clustering.ArticleState")]
public sealed class ArticleState
{
    [Id(0)] public Article? Article { get; set; }

    /// <summary>The story chosen for the article, recorded before it is absorbed so a retry goes to the same one.</summary>
    [Id(1)] public string? StoryId { get; set; }
}
