using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Threading.Channels;
using Clustering.Testing;

namespace Clustering.IntegrationTests;

/// <summary>`clustering watch` as a user runs it (piped, so one line per change), against a real silo.</summary>
public class WatchCommandTests
{
    [Fact]
    public async Task watch_prints_a_story_as_it_grows_and_ctrl_c_ends_it_with_exit_0()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var silo = await TestSilo.Start();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "clustering.dll"), "watch", "--server", silo.Address.ToString() })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var lines = Channel.CreateUnbounded<string>();
        _ = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync(ct) is { } line)
            {
                lines.Writer.TryWrite(line);
            }
            lines.Writer.TryComplete();
        }, ct);
        var error = process.StandardError.ReadToEndAsync(ct);

        async Task<string> LineContaining(string text)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            await foreach (var line in lines.Reader.ReadAllAsync(timeout.Token))
            {
                if (line.Contains(text, StringComparison.Ordinal))
                {
                    return line;
                }
            }
            throw new InvalidOperationException($"watch ended without printing '{text}': {await error}");
        }

        await LineContaining("connection: live");
        var first = await silo.Client.PostArticle(new { id = "watch-1", title = "Landslide cuts the Orvieto road", text = "A landslide cut the road below Orvieto on Monday.", published = "2026-03-02T09:00:00Z" }, ct);
        (await LineContaining($"{first.StoryId} v1 articles=1")).ShouldContain("Landslide cuts the Orvieto road");
        var second = await silo.Client.PostArticle(new { id = "watch-2", title = "Landslide cuts the Orvieto road", text = "A landslide cut the road below Orvieto on Monday evening.", published = "2026-03-02T19:00:00Z" }, ct);
        second.StoryId.ShouldBe(first.StoryId);
        await LineContaining($"{first.StoryId} v2 articles=2");

        kill(process.Id, SigIntIgnoredHere() ? SigTerm : SigInt).ShouldBe(0);
        await process.WaitForExitAsync(ct).WaitAsync(TimeSpan.FromSeconds(20), ct);

        process.ExitCode.ShouldBe(0, await error);
    }

    private const int SigInt = 2;
    private const int SigTerm = 15;

    /// <summary>
    /// A test run started in the background of a non-interactive shell (`.ci/run &amp;`) ignores
    /// SIGINT, and so does every process it starts: Ctrl-C cannot reach watch there at all. Then the
    /// test stops it with SIGTERM, which takes the same way out (the verb's cancellation).
    /// </summary>
    private static bool SigIntIgnoredHere()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null
            && ulong.TryParse(line["SigIgn:".Length..].Trim(), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var ignored)
            && (ignored & (1UL << (SigInt - 1))) != 0;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
