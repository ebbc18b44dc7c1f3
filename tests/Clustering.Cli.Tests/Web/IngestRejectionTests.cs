using System.Diagnostics;

namespace Clustering.Cli.Tests.Web;

/// <summary>Every rejected file or line is one plain line of output naming where it was and why.</summary>
public sealed class IngestRejectionTests : IDisposable
{
    private readonly LoopbackServer _server = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("clustering-reject-").FullName;

    public void Dispose()
    {
        _server.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task each_rejected_file_or_line_is_one_line_naming_file_line_and_field_and_good_ones_are_sent()
    {
        var ct = TestContext.Current.CancellationToken;
        var ndjson = Path.Combine(_folder, "batch.ndjson");
        await File.WriteAllTextAsync(ndjson, string.Join('\n',
            """{"id":"ok-1","title":"Levee holds on the Orrin"}""",
            """{"title":17}""",
            """{"title":"t","published":"not a date\nrejected forged line \u001b[31mred"}""",
            "{broken",
            new string('[', 10_000),
            """{"id":"ok-2","title":"Orrin levee inspected"}"""), ct);
        await File.WriteAllBytesAsync(Path.Combine(_folder, "bad.json"), [0x7B, 0x22, 0xFF, 0xFE], ct);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "clustering.dll"), "ingest", _folder, "--server", _server.Address.AbsoluteUri])
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);

        process.ExitCode.ShouldBe(0);
        _server.Received.Select(article => article.GetProperty("id").GetString()).ShouldBe(["ok-1", "ok-2"]);
        var rejected = output.Split('\n').Where(line => line.StartsWith("rejected ", StringComparison.Ordinal)).ToList();
        rejected.Count.ShouldBe(5);
        rejected.ShouldContain(line => line.Contains("bad.json:", StringComparison.Ordinal) && line.Contains("UTF-8", StringComparison.Ordinal));
        rejected.ShouldContain(line => line.Contains("batch.ndjson:2: title: must be a string", StringComparison.Ordinal));
        rejected.ShouldContain(line => line.Contains("batch.ndjson:3: published:", StringComparison.Ordinal) && line.Contains("forged", StringComparison.Ordinal));
        rejected.ShouldContain(line => line.Contains("batch.ndjson:4: broken JSON", StringComparison.Ordinal));
        rejected.ShouldContain(line => line.Contains("batch.ndjson:5: broken JSON", StringComparison.Ordinal));
        output.ShouldNotContain("\u001b[31m");
    }
}
