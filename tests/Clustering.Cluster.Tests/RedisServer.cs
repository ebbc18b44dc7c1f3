using System.Diagnostics;
using System.Net.Sockets;
using Clustering.Testing;

[assembly: AssemblyFixture(typeof(Clustering.Cluster.Tests.RedisServer))]

namespace Clustering.Cluster.Tests;

/// <summary>
/// One real redis-server for the test assembly, on a free loopback port with a temporary
/// directory, appending every write to its log and fsyncing it before answering (so a SIGKILLed
/// silo loses nothing Redis acknowledged). Installed from Debian when missing and running as root;
/// tests that need it skip with the reason when it cannot be had.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private Process? _process;
    private string? _directory;

    public int Port { get; private set; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    /// <summary>Why there is no Redis, when there is none.</summary>
    public string? Unavailable { get; private set; }

    private string? _executable;

    public async ValueTask InitializeAsync()
    {
        _executable = Find("redis-server") ?? await TryInstall();
        if (_executable is null)
        {
            Unavailable = "redis-server is not installed and could not be installed (apt-get as root): the cluster tests need a real Redis";
            return;
        }
        _directory = Directory.CreateTempSubdirectory("clustering-redis-").FullName;
        Port = FreePorts.Next();
        Unavailable = await Launch();
    }

    /// <summary>SIGKILL: no shutdown save; what it acknowledged is in its append-only file.</summary>
    public void Kill()
    {
        _process!.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
        _process.Dispose();
        _process = null;
    }

    /// <summary>Starts again on the same port and directory, replaying its append-only file.</summary>
    public async Task Restart()
    {
        if (await Launch() is { } failure)
        {
            throw new InvalidOperationException(failure);
        }
    }

    /// <summary>Starts redis-server and waits for PING; the reason when it does not answer.</summary>
    private async Task<string?> Launch()
    {
        var start = new ProcessStartInfo(_executable!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _directory,
        };
        foreach (var argument in (string[])["--port", Port.ToString(), "--bind", "127.0.0.1", "--dir", _directory!, "--save", "", "--appendonly", "yes", "--appendfsync", "always", "--protected-mode", "yes"])
        {
            start.ArgumentList.Add(argument);
        }
        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port);
                await using var stream = client.GetStream();
                await stream.WriteAsync("PING\r\n"u8.ToArray());
                var buffer = new byte[16];
                var read = await stream.ReadAsync(buffer);
                if (System.Text.Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal))
                {
                    return null;
                }
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
            }
            catch (IOException) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                // Accepted while still loading the append-only file.
            }
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                return $"redis-server did not answer PING on port {Port} (exit: {(_process.HasExited ? _process.ExitCode : "still running")})";
            }
            await Task.Delay(50);
        }
    }

    /// <summary>Skips the calling test with the reason when there is no Redis.</summary>
    public void Require()
    {
        if (Unavailable is not null)
        {
            Assert.Skip(Unavailable);
        }
    }

    public ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        _process?.Dispose();
        if (_directory is not null)
        {
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
        return ValueTask.CompletedTask;
    }

    internal static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/usr/sbin").Split(':')
            .Append("/usr/sbin").Append("/usr/bin")
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    /// <summary>apt-get as root, once for the assembly; null when not root or it fails.</summary>
    internal static async Task<string?> TryInstall(string package = "redis-server", string executable = "redis-server")
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root" || Find("apt-get") is not { } apt)
        {
            return null;
        }
        await Run(apt, "update", "-qq");
        await Run(apt, "install", "-y", "-qq", package);
        return Find(executable);
    }

    private static async Task Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await Task.WhenAll(output, error);
    }
}
