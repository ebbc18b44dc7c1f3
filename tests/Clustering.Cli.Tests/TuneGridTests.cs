using System.Text.Json;
using System.Text.Json.Nodes;
using Clustering.Cli.Tuning;
using Clustering.Core.Assignment;
using Clustering.Testing;

namespace Clustering.Cli.Tests;

/// <summary>
/// `tune --grid` end to end on a labelled set made of the repository's samples: two ferry reports and
/// one dam report. A bias of −100 keeps every article alone (BCubed F1 0.8), so the grid must find a
/// combination that joins the ferry reports, and of equal scores keep the first.
/// </summary>
public class TuneGridTests
{
    [Fact]
    public async Task the_grid_prints_a_line_per_combination_and_writes_the_first_best_one()
    {
        var folder = await TinySet();
        var written = Path.Combine(folder, "best.json");

        var (code, stdout, err) = await CliProcess.Run("tune", "--set", Path.Combine(folder, "tiny.ndjson") + "=" + Path.Combine(folder, "tiny.gold.tsv"),
            "--grid", "bias=-100,3.5", "eventDayKnown=0,2", "--write", written);

        code.ShouldBe(0, err);
        var lines = stdout.Split('\n').Where(line => line.StartsWith("bias=", StringComparison.Ordinal)).ToArray();
        lines.Select(line => line[..line.IndexOf("  ", StringComparison.Ordinal)]).ShouldBe(
            ["bias=-100 eventDayKnown=0", "bias=-100 eventDayKnown=2", "bias=3.5 eventDayKnown=0", "bias=3.5 eventDayKnown=2"]);
        lines[0].ShouldContain("mean 0.8000");
        lines[2].ShouldContain("mean 1.0000");
        var model = MatchModel.FromJson(await File.ReadAllTextAsync(written, TestContext.Current.CancellationToken));
        model.Bias.ShouldBe(3.5f);
        model.Weights[MatchMeasures.IndexOf("eventDayKnown")].ShouldBe(0f);
        model.Weights[MatchMeasures.IndexOf("logEventDaysApart")].ShouldBe(MatchModel.Default.Weights[MatchMeasures.IndexOf("logEventDaysApart")]);
        Directory.Delete(folder, true);
    }

    [Fact]
    public async Task the_same_fit_command_on_the_same_sets_writes_the_same_model_byte_for_byte()
    {
        var folder = await TinySet();
        var set = Path.Combine(folder, "tiny.ndjson") + "=" + Path.Combine(folder, "tiny.gold.tsv");
        var first = Path.Combine(folder, "first.json");
        var second = Path.Combine(folder, "second.json");

        var (code, _, err) = await CliProcess.Run("tune", "--set", set, "--rounds", "1", "--refine", "1", "--write", first);
        var (again, _, errAgain) = await CliProcess.Run("tune", "--set", set, "--rounds", "1", "--refine", "1", "--write", second);

        code.ShouldBe(0, err);
        again.ShouldBe(0, errAgain);
        (await File.ReadAllBytesAsync(second, TestContext.Current.CancellationToken)).ShouldBe(await File.ReadAllBytesAsync(first, TestContext.Current.CancellationToken));
        MatchModel.FromJson(await File.ReadAllTextAsync(first, TestContext.Current.CancellationToken)).Features.ShouldBe(MatchMeasures.Names);
        Directory.Delete(folder, true);
    }

    [Theory]
    [InlineData("noSuchMeasure=1,2")]
    [InlineData("eventDayKnown")]
    [InlineData("eventDayKnown=")]
    [InlineData("eventDayKnown=1,,2")]
    [InlineData("eventDayKnown=one")]
    [InlineData("threshold=1.5")]
    public async Task a_bad_grid_is_one_line_on_stderr_and_exit_2(string axis)
    {
        var folder = await TinySet();

        var (code, _, err) = await CliProcess.Run("tune", "--set", Path.Combine(folder, "tiny.ndjson") + "=" + Path.Combine(folder, "tiny.gold.tsv"), "--grid", axis);

        code.ShouldBe(2);
        err.Trim().Split('\n').ShouldHaveSingleItem().ShouldStartWith("clustering:");
        Directory.Delete(folder, true);
    }

    [Fact]
    public void combinations_come_first_axis_outermost_in_the_order_given()
    {
        var grid = WeightGrid.Parse(["eventDayKnown=3,1", "threshold=0.5,0.4"], MatchModel.Default);

        grid.Combinations().Select(combination => combination.ToString()).ShouldBe(
            ["eventDayKnown=3 threshold=0.5", "eventDayKnown=3 threshold=0.4", "eventDayKnown=1 threshold=0.5", "eventDayKnown=1 threshold=0.4"]);
    }

    [Fact]
    public void a_combination_changes_its_parameters_and_nothing_else()
    {
        var grid = WeightGrid.Parse(["logEventDaysApart=-7", "bias=1"], MatchModel.Default);

        var model = grid.Combinations().Single().ApplyTo(MatchModel.Default);

        var apart = MatchMeasures.IndexOf("logEventDaysApart");
        model.Weights[apart].ShouldBe(-7f);
        model.Bias.ShouldBe(1f);
        model.Weights.Where((_, i) => i != apart).ShouldBe(MatchModel.Default.Weights.Where((_, i) => i != apart));
        model.Threshold.ShouldBe(MatchModel.Default.Threshold);
    }

    [Fact]
    public void a_measure_named_twice_is_refused()
    {
        Should.Throw<FormatException>(() => WeightGrid.Parse(["bias=1", "bias=2"], MatchModel.Default));
    }

    /// <summary>Two ferry reports and a dam report from samples/more, with their gold stories.</summary>
    private static async Task<string> TinySet()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var folder = Directory.CreateTempSubdirectory("clustering-tune-").FullName;
        var more = Path.Combine(RepoPaths.Samples, "more");
        var mixed = (await File.ReadAllLinesAsync(Path.Combine(more, "mixed.ndjson"), cancellationToken)).Take(2);
        var wire = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(more, "ferry-wire.json"), cancellationToken))!.ToJsonString();
        await File.WriteAllLinesAsync(Path.Combine(folder, "tiny.ndjson"), mixed.Append(wire), cancellationToken);
        var ids = mixed.Select(Id).Append(Id(wire));
        await File.WriteAllLinesAsync(Path.Combine(folder, "tiny.gold.tsv"), ids.Select(id => id + "\t" + (id.Contains("ferry", StringComparison.Ordinal) ? "ferry" : "dam")), cancellationToken);
        return folder;

        static string Id(string line) => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!;
    }
}
