using System.Diagnostics;
using System.Globalization;
using Clustering.Client;
using Clustering.Testing;

namespace Clustering.Cluster.Tests;

/// <summary>
/// A silo as its own process: the built Clustering.Silo.dll run with `dotnet`, on free loopback
/// ports, over the given Redis and cluster id. Its output goes to a log file for the post-mortem.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private SiloProcess(Process process, Uri address, string logPath, StreamWriter log)
    {
        _process = process;
        _log = log;
        Address = address;
        LogPath = logPath;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        Client = new ClusteringHttpClient(Http);
    }

    public Uri Address { get; }

    public string LogPath { get; }

    public HttpClient Http { get; }

    public ClusteringHttpClient Client { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The silo the test project built (same configuration as the tests).</summary>
    public static string SiloDll
    {
        get
        {
#if DEBUG
            const string configuration = "Debug";
#else
            const string configuration = "Release";
#endif
            var path = Path.Combine(RepoPaths.Root, "src", "Clustering.Silo", "bin", configuration, "net10.0", "Clustering.Silo.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("build the silo first (the test project references it)", path);
        }
    }

    public static SiloProcess Start(string redis, string clusterId, string logDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var httpPort = FreePorts.Next();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(SiloDll)!,
        };
        start.ArgumentList.Add(SiloDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{httpPort}");
        start.Environment["Clustering__Redis"] = redis;
        start.Environment["Clustering__ClusterId"] = clusterId;
        start.Environment["Clustering__SiloPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture);
        start.Environment["Clustering__GatewayPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture);
        // The membership settings are the silo's own (appsettings.json): the tests measure what ships.
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Orleans.Runtime.MembershipService"] = "Information";
        // Says where the story directory is active (FailoverTests kill that silo) and what its journal brought back.
        start.Environment["Logging__LogLevel__Clustering.Grains.Stories.StoryDirectoryGrain"] = "Information";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment.Remove("OTEL_EXPORTER_OTLP_ENDPOINT");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var logPath = Path.Combine(logDirectory, $"silo-{httpPort}.log");
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var gate = new Lock();
        void Write(string? line)
        {
            if (line is not null)
            {
                lock (gate)
                {
                    try
                    {
                        log.WriteLine(line);
                    }
                    catch (ObjectDisposedException)
                    {
                        // Output that arrives after the test closed the log (a killed silo's last words).
                    }
                }
            }
        }
        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) => Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new SiloProcess(process, new Uri($"http://127.0.0.1:{httpPort}/"), logPath, log);
    }

    /// <summary>Polls /health/ready until it answers 200, or fails with the silo's log tail.</summary>
    public async Task WaitReady(TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"silo exited with {_process.ExitCode}:\n{Tail()}");
            }
            try
            {
                using var response = await Http.GetAsync("health/ready");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"silo {Address} not ready within {within}:\n{Tail()}");
    }

    /// <summary>SIGKILL on Linux: no drain, no goodbye to the cluster.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit(10_000);
    }

    /// <summary>SIGTERM: the host's graceful shutdown (drain, flush, leave the cluster).</summary>
    public async Task<bool> Stop(TimeSpan within)
    {
        if (_process.HasExited)
        {
            return true;
        }
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }
        using var timeout = new CancellationTokenSource(within);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Whether this silo's log holds <paramref name="text"/> (for what the silo says about itself).</summary>
    public bool Logged(string text)
    {
        try
        {
            using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd().Contains(text, StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }

    public string Tail(int lines = 40)
    {
        try
        {
            using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            return string.Join('\n', reader.ReadToEnd().Split('\n').TakeLast(lines));
        }
        catch (IOException ex)
        {
            return ex.Message;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            if (!await Stop(TimeSpan.FromSeconds(15)))
            {
                _process.Kill();
                await _process.WaitForExitAsync();
            }
        }
        _process.Dispose();
        await _log.DisposeAsync();
    }
}
