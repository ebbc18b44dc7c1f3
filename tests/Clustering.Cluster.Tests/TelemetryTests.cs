using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Clustering.Testing;
using Shouldly;

namespace Clustering.Cluster.Tests;

/// <summary>A silo process exports traces and metrics over OTLP (http/protobuf) to a small local sink.</summary>
public sealed class TelemetryTests(RedisServer redis) : IAsyncLifetime
{
    private readonly string _logs = Directory.CreateTempSubdirectory("clustering-otel-").FullName;
    private readonly OtlpSink _sink = new();
    private SiloProcess? _silo;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }
        _sink.Dispose();
    }

    [Fact]
    public async Task ingest_assign_absorb_spans_and_the_engine_metrics_reach_the_otlp_endpoint()
    {
        redis.Require();
        _silo = SiloProcess.Start(redis.ConnectionString, "otel-" + Guid.NewGuid().ToString("N")[..12], _logs, new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = _sink.Endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
        });
        await _silo.WaitReady(TimeSpan.FromSeconds(90));
        var (lines, _, _) = TestCorpus.Load(5);
        await _silo.Client.PostBatch(lines, TestContext.Current.CancellationToken);

        await Eventually.True(() => _sink.Received("/v1/traces", "ingest") && _sink.Received("/v1/traces", "assign") && _sink.Received("/v1/traces", "absorb"),
            "the ingest, assign and absorb spans are exported", TimeSpan.FromSeconds(30));
        await Eventually.True(() => _sink.Received("/v1/metrics", "clustering.articles.ingested") && _sink.Received("/v1/metrics", "clustering.assignment.duration")
                && _sink.Received("/v1/metrics", "clustering.stories.live") && _sink.Received("/v1/metrics", "orleans-"),
            "the engine's and Orleans' metrics are exported", TimeSpan.FromSeconds(30));
        _sink.Received("/v1/traces", "clustering-silo").ShouldBeTrue("the resource names the service");
    }
}

/// <summary>An OTLP/HTTP receiver that keeps every request body by path (protobuf strings are plain UTF-8 inside).</summary>
internal sealed class OtlpSink : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _bodies = new(StringComparer.Ordinal);

    public OtlpSink()
    {
        var port = FreePorts.Next();
        Endpoint = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Endpoint + "/");
        _listener.Start();
        _ = Serve();
    }

    public string Endpoint { get; }

    public bool Received(string path, string text) =>
        _bodies.TryGetValue(path, out var bodies) && bodies.Any(body => body.Contains(text, StringComparison.Ordinal));

    private async Task Serve()
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
            using var buffer = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(buffer);
            _bodies.GetOrAdd(context.Request.Url!.AbsolutePath, _ => new ConcurrentQueue<string>()).Enqueue(Encoding.UTF8.GetString(buffer.ToArray()));
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.Close();
        }
    }

    public void Dispose() => _listener.Close();
}
