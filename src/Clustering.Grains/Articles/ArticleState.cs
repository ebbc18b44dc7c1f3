using Clustering.Core.Articles;

namespace Clustering.Grains.Articles;

[GenerateSerializer, Alias("Clustering.ArticleState")]
public sealed class ArticleState
{
    [Id(0)] public Article? Article { get; set; }

    /// <summary>The story chosen for the article, recorded before it is absorbed so a retry goes to the same one.</summary>
    [Id(1)] public string? StoryId { get; set; }

    /// <summary>Versions replaced by write-thrus, newest first, at most <see cref="MaxPrevious"/>.</summary>
    [Id(2)] public List<Article> Previous { get; set; } = [];

    /// <summary>How many versions the article has had; 0 in state written before write-thrus (read as 1).</summary>
    [Id(3)] public int Versions { get; set; }

    public const int MaxPrevious = 4;
}
