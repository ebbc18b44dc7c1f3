using Clustering.Core.Articles;

namespace Clustering.Grains.Articles;

/// <summary>
/// What of an article its story is sent. The article grain keeps the body; the story reads the body
/// only through the reading (its sentences, dates, quotes), and the article's own text only as the
/// headline of last resort when the article has no title. So the story gets the text only then, and
/// only as much of it as a story title can show.
/// </summary>
internal static class StoryPayload
{
    /// <summary>More than the longest title a story shows, so a title cut from the text is cut the same.</summary>
    public const int TitleFromTextCharacters = Stories.StoryGrain.MaxTitle + 1;

    public static Article Of(Article article) =>
        article with
        {
            Text = article.Title.Length > 0 ? string.Empty
                : article.Text.Length > TitleFromTextCharacters ? article.Text[..TitleFromTextCharacters] : article.Text,
        };
}
