namespace Clustering.Cli;

internal static class ServerConnection
{
    public const string DefaultServer = "http://localhost:5080";

    public static HttpClient CreateHttpClient(string server, string? apiKey)
    {
        var baseAddress = server.EndsWith('/') ? server : server + "/";
        var http = new HttpClient { BaseAddress = new Uri(baseAddress), Timeout = TimeSpan.FromMinutes(5) };
        if (!string.IsNullOrEmpty(apiKey))
        {
            http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }
        return http;
    }
}

internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadArguments = 2;
}
