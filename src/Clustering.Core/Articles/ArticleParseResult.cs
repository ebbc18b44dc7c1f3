namespace Clustering.Core.Articles;

/// <summary>Either a valid article or the reason it is not one, naming the offending field.</summary>
public readonly record struct ArticleParseResult(Article? Article, ArticleError? Error)
{
    public bool IsValid => Article is not null;

    public static ArticleParseResult Ok(Article article) => new(article, null);

    public static ArticleParseResult Fail(string field, string message) => new(null, new ArticleError(field, message));
}

/// <summary>Why an input is not an article. <see cref="Field"/> is the JSON field, or "body" for the whole input.</summary>
public sealed record ArticleError(string Field, string Message)
{
    public override string ToString() => Field == "body" ? Message : $"{Field}: {Message}";
}
