using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Clustering.Cli.Tests.Web;

/// <summary>
/// A tiny HTTP server on 127.0.0.1 started by the test: serves feeds and pages set by the test, and
/// plays the engine's batch route, recording every NDJSON line it receives.
/// </summary>
internal sealed class LoopbackServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, (string ContentType, byte[] Body)> _documents = new(StringComparer.Ordinal);
    private readonly Task _loop;

    public LoopbackServer()
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            try
            {
                _listener.Prefixes.Clear();
                _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
                _listener.Start();
                Address = new Uri($"http://127.0.0.1:{port}/");
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
            }
        }
        _loop = Task.Run(Loop);
    }

    public Uri Address { get; private set; } = null!;

    /// <summary>Every article line the fake engine received, in order.</summary>
    public ConcurrentQueue<JsonElement> Received { get; } = new();

    public int Fetches(string path) => _fetches.GetValueOrDefault(path);

    private readonly ConcurrentDictionary<string, int> _fetches = new(StringComparer.Ordinal);

    public Uri Serve(string path, string contentType, string body) => Serve(path, contentType, Encoding.UTF8.GetBytes(body));

    /// <summary>Serves bytes as they are: a feed in the encoding it declares.</summary>
    public Uri Serve(string path, string contentType, byte[] body)
    {
        _documents[path] = (contentType, body);
        return new Uri(Address, path);
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }

    private async Task Loop()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            try
            {
                await Handle(context);
            }
            catch (Exception ex) when (ex is HttpListenerException or IOException)
            {
                // The client went away; the next request is unaffected.
            }
        }
    }

    private async Task Handle(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath.TrimStart('/');
        _fetches.AddOrUpdate(path, 1, (_, n) => n + 1);
        var response = context.Response;
        if (context.Request.HttpMethod == "POST" && path == "api/articles/batch")
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var lines = (await reader.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            foreach (var line in lines)
            {
                Received.Enqueue(JsonDocument.Parse(line).RootElement.Clone());
            }
            await Write(response, 200, "application/json", JsonSerializer.Serialize(new { accepted = lines.Length, duplicates = 0, rejected = Array.Empty<object>() }));
            return;
        }
        if (_documents.TryGetValue(path, out var document))
        {
            await Write(response, 200, document.ContentType, document.Body);
            return;
        }
        await Write(response, 404, "text/plain", "not here");
    }

    private static Task Write(HttpListenerResponse response, int status, string contentType, string body) =>
        Write(response, status, contentType, Encoding.UTF8.GetBytes(body));

    private static async Task Write(HttpListenerResponse response, int status, string contentType, byte[] bytes)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
