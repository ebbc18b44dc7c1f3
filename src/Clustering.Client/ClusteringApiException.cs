using System.Net;

namespace Clustering.Client;

/// <summary>The server answered with an error; <see cref="Detail"/> is its problem+json detail when it gave one.</summary>
public sealed class ClusteringApiException : Exception
{
    public ClusteringApiException()
    {
    }

    public ClusteringApiException(string message)
        : base(message)
    {
    }

    public ClusteringApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ClusteringApiException(HttpStatusCode status, string? detail)
        : base($"{(int)status} {status}: {detail ?? "no detail"}")
    {
        Status = status;
        Detail = detail;
    }

    public HttpStatusCode Status { get; }

    public string? Detail { get; }
}
