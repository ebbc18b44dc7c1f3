namespace Clustering.Core.Articles;

/// <summary>Size limits of ../CONTRACT.md, in one place so that the API, the CLI and the readers agree.</summary>
public static class ArticleLimits
{
    public const int MaxArticleBytes = 1 << 20;
    public const long MaxBatchBytes = 64L << 20;
    public const int MaxIdLength = 512;
}
