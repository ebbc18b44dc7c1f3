using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Clustering.Silo.Hosting;

/// <summary>What a request needs to show: nothing, a read key or an ingest key.</summary>
internal enum Access
{
    Open,
    Read,
    Ingest,
}

/// <summary>
/// The configured keys, kept as SHA-256 digests so that every comparison is over equal lengths and in
/// constant time: neither the content nor the length of a key leaks through response timing.
/// </summary>
internal sealed class ApiKeys
{
    /// <summary>Set on the request once a key matched: which one (its position, never its text), for rate limiting.</summary>
    public const string PrincipalItem = "clustering.apiKey";

    private readonly byte[][] _ingest;
    private readonly byte[][] _read;

    public ApiKeys(IOptions<ClusteringOptions> options)
    {
        _ingest = [.. ClusteringOptions.SplitList(options.Value.IngestKeys).Select(Digest)];
        _read = [.. ClusteringOptions.SplitList(options.Value.ReadKeys).Select(Digest)];
    }

    public bool AnyConfigured => _ingest.Length > 0 || _read.Length > 0;

    /// <summary>
    /// Writes are the POST routes under /api. Reads are everything else under /api, the hub (its
    /// negotiate is a POST too) and the Orleans dashboard if one is mounted. Health probes, the
    /// board's static files and CORS preflights stay open: the board page must load to ask for a key.
    /// </summary>
    public static Access Classify(HttpRequest request)
    {
        if (HttpMethods.IsOptions(request.Method))
        {
            return Access.Open;
        }
        var path = request.Path;
        if (path.StartsWithSegments("/api"))
        {
            return HttpMethods.IsPost(request.Method) ? Access.Ingest : Access.Read;
        }
        return path.StartsWithSegments("/hubs") || path.StartsWithSegments("/dashboard") ? Access.Read : Access.Open;
    }

    /// <summary>Null when the request may pass, with the matched key's label stored; else the reason.</summary>
    public string? Check(HttpContext http, Access access)
    {
        if (access == Access.Open)
        {
            return null;
        }
        // An ingest key also reads; a read key never writes.
        var required = access == Access.Ingest ? _ingest : _read;
        if (required.Length == 0)
        {
            return null;
        }
        var presented = Presented(http.Request, allowQuery: access == Access.Read);
        if (presented is null)
        {
            return access == Access.Ingest
                ? "this route needs an ingest key in the X-Api-Key header"
                : "this route needs a read key: X-Api-Key header, Authorization: Bearer, or access_token query for the hub";
        }
        var digest = Digest(presented);
        var label = Match(digest, _ingest, "ingest") ?? (access == Access.Read ? Match(digest, _read, "read") : null);
        if (label is null)
        {
            return access == Access.Ingest ? "the API key is not a valid ingest key" : "the API key is not a valid read key";
        }
        http.Items[PrincipalItem] = label;
        return null;
    }

    private static string? Presented(HttpRequest request, bool allowQuery)
    {
        if (request.Headers.TryGetValue("X-Api-Key", out var header) && !string.IsNullOrEmpty(header.ToString()))
        {
            return header.ToString();
        }
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && authorization.Length > 7)
        {
            return authorization[7..].Trim();
        }
        // Browsers cannot set headers on a WebSocket: SignalR sends the key as access_token.
        if (allowQuery && request.Query.TryGetValue("access_token", out var token) && !string.IsNullOrEmpty(token.ToString()))
        {
            return token.ToString();
        }
        return null;
    }

    /// <summary>Compares against every key without stopping at the first match.</summary>
    private static string? Match(byte[] digest, byte[][] keys, string kind)
    {
        var found = -1;
        for (var i = 0; i < keys.Length; i++)
        {
            if (CryptographicOperations.FixedTimeEquals(digest, keys[i]) && found < 0)
            {
                found = i;
            }
        }
        return found < 0 ? null : $"{kind}:{found}";
    }

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}

/// <summary>Answers 401 problem+json before any endpoint runs when a protected route lacks a valid key.</summary>
internal static class ApiKeyMiddleware
{
    public static IApplicationBuilder UseApiKeys(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var keys = http.RequestServices.GetRequiredService<ApiKeys>();
        if (keys.Check(http, ApiKeys.Classify(http.Request)) is { } reason)
        {
            http.Response.Headers.WWWAuthenticate = "ApiKey header=\"X-Api-Key\"";
            await Results.Problem(detail: reason, statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized").ExecuteAsync(http);
            return;
        }
        await next(http);
    });
}
