using System.Security.Cryptography;
using System.Text;

namespace Clustering.Core.Articles;

/// <summary>Stable ids: an article's own, or a hash of its content so that a resend maps to the same id.</summary>
public static class ArticleIds
{
    /// <summary>
    /// Hashes title and text after folding white space, so that a resend that only differs in line
    /// breaks or trailing blanks is still recognised as the same article.
    /// </summary>
    public static string FromContent(string title, string text)
    {
        var normalized = Fold(title) + "\n" + Fold(text);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(normalized), hash);
        return "h-" + Convert.ToHexStringLower(hash[..16]);
    }

    /// <summary>A story id derived from the article that started it: the same input gives the same ids on every run.</summary>
    public static string StoryIdFor(string firstArticleId)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(firstArticleId), hash);
        return "s-" + Convert.ToHexStringLower(hash[..8]);
    }

    private static string Fold(string value)
    {
        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }
}
