using System.Text.RegularExpressions;

namespace Clustering.Client;

/// <summary>Reads the <c>rel="next"</c> target of an RFC 8288 <c>Link</c> header.</summary>
public static partial class NextLink
{
    /// <summary>The next page's address resolved against <paramref name="requested"/>, or null when there is none.</summary>
    public static Uri? Of(HttpResponseMessage response, Uri requested)
    {
        if (!response.Headers.TryGetValues("Link", out var values))
        {
            return null;
        }
        foreach (var value in values)
        {
            foreach (Match link in LinkValue().Matches(value))
            {
                var relations = link.Groups["rel"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (relations.Contains("next", StringComparer.OrdinalIgnoreCase))
                {
                    return new Uri(requested, link.Groups["target"].Value);
                }
            }
        }
        return null;
    }

    // <target> then parameters up to the next link; rel quoted or a bare token.
    [GeneratedRegex("""<(?<target>[^>]*)>(?:\s*;\s*(?:rel\s*=\s*(?:"(?<rel>[^"]*)"|(?<rel>[^;,\s]+))|[^;,=]+(?:=(?:"[^"]*"|[^;,]*))?))*""", RegexOptions.CultureInvariant)]
    private static partial Regex LinkValue();
}
