using System.Text.RegularExpressions;

namespace Clustering.Core.Articles;

/// <summary>
/// A plain-text article as in ../shared/seeds: an optional leading <c>date YYYY-MM-DD</c> (which
/// may share its line with the first words of the page), then the title candidate, then the text.
/// The file name is the id.
/// </summary>
public static partial class TxtArticleReader
{
    public static ArticleParseResult Read(string fileName, string content, DateTimeOffset received)
    {
        var body = content.TrimStart('\uFEFF').TrimStart();
        string? published = null;
        var date = DatePrefix().Match(body);
        if (date.Success)
        {
            published = date.Groups["date"].Value;
            body = body[date.Length..];
        }

        var lines = body.Split('\n');
        var titleLine = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length > 0)
            {
                titleLine = i;
                break;
            }
        }

        var title = titleLine >= 0 ? lines[titleLine].Trim() : string.Empty;
        var text = titleLine >= 0 ? string.Join('\n', lines[(titleLine + 1)..]).Trim() : string.Empty;
        var id = Path.GetFileNameWithoutExtension(fileName);
        return ArticleParser.Build(id, title, text, url: null, source: null, published, language: null, received);
    }

    [GeneratedRegex(@"^date\s+(?<date>\d{4}-\d{2}-\d{2})[ \t]*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DatePrefix();
}
