using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Clustering.Testing;

namespace Clustering.IntegrationTests.Board;

/// <summary>
/// Runs tests/board/board.mjs (playwright-core driving Debian's /usr/bin/chromium, never a
/// downloaded browser) against a silo, and gives back the JSON it reports. Makes sure the tools are
/// here first: Chromium from apt when missing and we are root, playwright-core by `npm ci` from the
/// committed lock file. When that cannot be done the test is skipped with the reason, never passed.
/// </summary>
internal static class BoardDriver
{
    public const string Chromium = "/usr/bin/chromium";
    private static readonly Lazy<Task<string?>> Setup = new(Prepare);

    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "board");

    /// <summary>Skips the calling test, with the reason, when Chromium or playwright-core cannot be had.</summary>
    public static async Task EnsureTools()
    {
        var problem = await Setup.Value;
        if (problem is not null)
        {
            Assert.Skip("board test needs Chromium and playwright-core: " + problem);
        }
    }

    public static async Task<JsonElement> Run(string scenario, Uri silo, IEnumerable<object> articles, string? screenshot = null, Func<Task>? whenWaiting = null)
    {
        var ct = TestContext.Current.CancellationToken;
        var input = Path.Combine(Path.GetTempPath(), $"clustering-board-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(input, JsonSerializer.Serialize(new { articles }), ct);
        try
        {
            var start = new ProcessStartInfo("node")
            {
                WorkingDirectory = Folder,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var arg in new[] { "board.mjs", scenario, silo.ToString(), input, screenshot ?? "" }.Where(arg => arg.Length > 0))
            {
                start.ArgumentList.Add(arg);
            }
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync(ct);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
            deadline.CancelAfter(TimeSpan.FromSeconds(120));
            string? last = null;
            try
            {
                while (await process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
                {
                    last = line;
                    if (line.Contains("\"waiting\"", StringComparison.Ordinal) && whenWaiting is not null)
                    {
                        await whenWaiting();
                        await process.StandardInput.WriteLineAsync("go");
                        await process.StandardInput.FlushAsync(ct);
                    }
                }
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("board.mjs did not finish in 120 s: " + await error);
            }
            if (last is null || !last.StartsWith('{'))
            {
                throw new InvalidOperationException($"board.mjs exited {process.ExitCode} without a result: {await error}");
            }
            var result = JsonDocument.Parse(last).RootElement.Clone();
            if (!result.GetProperty("ok").GetBoolean())
            {
                throw new InvalidOperationException("board.mjs failed: " + result.GetProperty("error").GetString() + "\n" + last);
            }
            return result;
        }
        finally
        {
            File.Delete(input);
        }
    }

    private static async Task<string?> Prepare()
    {
        var root = string.Equals(Environment.UserName, "root", StringComparison.Ordinal);
        if (!File.Exists(Chromium))
        {
            if (!root)
            {
                return $"{Chromium} is missing and this user is not root, so it cannot be installed (apt-get install chromium)";
            }
            var (code, output) = await Shell("apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium", RepoPaths.Root, TimeSpan.FromMinutes(10));
            if (code != 0 || !File.Exists(Chromium))
            {
                return "apt-get install chromium failed: " + Tail(output);
            }
        }
        if ((await Shell("command -v node && command -v npm", RepoPaths.Root, TimeSpan.FromSeconds(30))).Code != 0)
        {
            if (!root)
            {
                return "node and npm are missing and this user is not root, so they cannot be installed";
            }
            var (code, output) = await Shell("apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y nodejs npm", RepoPaths.Root, TimeSpan.FromMinutes(10));
            if (code != 0)
            {
                return "apt-get install nodejs npm failed: " + Tail(output);
            }
        }
        if (!File.Exists(Path.Combine(Folder, "node_modules", "playwright-core", "package.json")))
        {
            // The lock file pins playwright-core; it has no install script and downloads no browser.
            var (code, output) = await Shell("npm ci --no-audit --no-fund", Folder, TimeSpan.FromMinutes(5));
            if (code != 0)
            {
                return "npm ci in tests/board failed: " + Tail(output);
            }
        }
        return null;
    }

    private static async Task<(int Code, string Output)> Shell(string command, string directory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var reading = Task.WhenAll(
            Task.Run(async () => output.Append(await process.StandardOutput.ReadToEndAsync())),
            Task.Run(async () => output.Append(await process.StandardError.ReadToEndAsync())));
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
            await reading;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"'{command}' took more than {timeout.TotalSeconds:0} s");
        }
        return (process.ExitCode, output.ToString());
    }

    private static string Tail(string output)
    {
        var text = output.Trim().ReplaceLineEndings(" ");
        return text.Length <= 400 ? text : "…" + text[^400..];
    }
}
