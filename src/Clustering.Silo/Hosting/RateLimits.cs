using System.Globalization;
using System.Threading.RateLimiting;

namespace Clustering.Silo.Hosting;

/// <summary>
/// A token bucket per API key (per remote address when the route is open), over the API and the hub.
/// Health probes and the board's files are never limited. A refused request gets 429 problem+json
/// with Retry-After in whole seconds.
/// </summary>
internal static class RateLimits
{
    public static void AddClusteringRateLimits(this IServiceCollection services, ClusteringOptions options)
    {
        var permits = EffectivePermitsPerSecond(options);
        if (permits <= 0)
        {
            return;
        }
        var burst = Math.Max(1, options.RateLimit.Burst ?? permits * 2);
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                if (ApiKeys.Classify(http.Request) == Access.Open)
                {
                    return RateLimitPartition.GetNoLimiter("open");
                }
                var partition = http.Items[ApiKeys.PrincipalItem] as string
                    ?? "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
                return RateLimitPartition.GetTokenBucketLimiter(partition, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = burst,
                    TokensPerPeriod = permits,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Results.Problem(
                    detail: $"rate limit of {permits} requests a second (bursts of {burst}) reached; retry after {seconds} s",
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many requests").ExecuteAsync(context.HttpContext);
            };
        });
    }

    public static bool Enabled(ClusteringOptions options) => EffectivePermitsPerSecond(options) > 0;

    private static int EffectivePermitsPerSecond(ClusteringOptions options)
    {
        if (options.RateLimit.PermitsPerSecond is { } configured)
        {
            return configured;
        }
        var keyed = ClusteringOptions.SplitList(options.IngestKeys).Length + ClusteringOptions.SplitList(options.ReadKeys).Length > 0;
        return keyed ? RateLimitOptions.DefaultPermitsPerSecond : 0;
    }
}
