using System.Text.Json;
using Clustering.Testing;

namespace Clustering.Cli.Tests;

/// <summary>
/// `bench` end to end on the repository's samples, at `--quick` sizes: every phase runs and the JSON
/// carries the five figures. Their values are not checked (no timed tests; speed is for the benchmark).
/// </summary>
public class BenchVerbTests
{
    [Fact]
    public async Task a_quick_bench_on_the_samples_writes_all_five_figures()
    {
        var folder = Directory.CreateTempSubdirectory("clustering-bench-").FullName;
        var output = Path.Combine(folder, "bench.json");

        var (code, stdout, err) = await CliProcess.Run("bench", "--quick", "--in", RepoPaths.Samples, "--out", output);

        code.ShouldBe(0, err);
        stdout.ShouldContain("in-process replay");
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken));
        var root = json.RootElement;
        root.GetProperty("replay").GetProperty("articlesPerSecond").GetDouble().ShouldBeGreaterThan(0);
        var http = root.GetProperty("http");
        http.GetProperty("articlesPerSecond").GetDouble().ShouldBeGreaterThan(0);
        // Every article the server acknowledged was found in its story afterwards.
        http.GetProperty("verified").GetInt32().ShouldBe(http.GetProperty("accepted").GetInt32());
        var push = root.GetProperty("push");
        push.GetProperty("ackToReceipt").GetProperty("count").GetInt64().ShouldBeGreaterThan(0);
        push.GetProperty("ackToReceipt").TryGetProperty("p99", out _).ShouldBeTrue();
        var scaling = root.GetProperty("scaling");
        scaling.GetProperty("points").GetArrayLength().ShouldBe(3);
        scaling.GetProperty("ingestRatio").GetDouble().ShouldBeGreaterThan(0);
        // The assignment is timed in rounds that go round the story counts side by side, each with its own ratio.
        var rounds = scaling.GetProperty("assignRoundRatios");
        rounds.GetArrayLength().ShouldBeGreaterThan(1);
        rounds.EnumerateArray().ShouldAllBe(ratio => ratio.GetDouble() > 0);
        scaling.GetProperty("points")[0].GetProperty("grainCallsPerArticle").GetDouble().ShouldBeGreaterThan(0);
        root.GetProperty("memory").GetProperty("peakWorkingSetBytes").GetInt64().ShouldBeGreaterThan(0);
        root.GetProperty("memory").GetProperty("managedAtLargestBytes").GetInt64().ShouldBeGreaterThan(0);
        Directory.Delete(folder, true);
    }

    [Theory]
    [InlineData("--stories", "0")]
    [InlineData("--stories", "ten")]
    [InlineData("--senders", "0")]
    [InlineData("--phases", "everything")]
    [InlineData("--url", "not a url")]
    public async Task a_bad_argument_is_one_line_on_stderr_and_exit_2(string option, string value)
    {
        var (code, _, err) = await CliProcess.Run("bench", "--quick", "--in", RepoPaths.Samples, option, value);

        code.ShouldBe(2);
        err.Trim().Split('\n').ShouldHaveSingleItem().ShouldStartWith("clustering:");
    }

    [Fact]
    public async Task an_input_that_does_not_exist_is_a_bad_argument()
    {
        var (code, _, err) = await CliProcess.Run("bench", "--quick", "--in", "/no/such/folder");

        code.ShouldBe(2);
        err.ShouldContain("no such file or folder");
    }
}
