using Microsoft.AspNetCore.Diagnostics;

namespace Clustering.Silo.Api;

/// <summary>
/// A call that still failed for where it went (a silo declared dead, Redis down) after the silo's
/// own retries (<see cref="FailoverRetry"/>) is a 503 problem+json with Retry-After, not a 500:
/// the request was sound, and sending it again later is safe (ingest is idempotent by article id).
/// </summary>
internal sealed class ClusterHealingHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public const int RetryAfterSeconds = 1;

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (!FailoverRetry.IsTransient(exception))
        {
            return false;
        }
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Cluster unavailable",
                Detail = "the cluster is recovering from a failed silo or storage; send the request again",
            },
        });
    }
}
