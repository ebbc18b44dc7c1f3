using Clustering.Testing;

namespace Clustering.Cli.Tests;

/// <summary>
/// Fourteen made-up disaster and violence stories (tests/fixtures/tolls): each case names the rule a
/// story's last figures exercise, and the killed and injured its story must show.
/// </summary>
public class TollStoriesTests
{
    private static string Fixture(string name) => Path.Combine(RepoPaths.Root, "tests", "fixtures", "tolls", name);

    private static readonly Lazy<Task<Dictionary<string, Dictionary<string, string>>>> FactsByLastReport = new(Replay);

    [Theory]
    [InlineData("t-c3", "38", "11")] // a final toll named three days after the last count
    [InlineData("t-d3", "19", "32")] // a toll that rises through the day and ends with the search
    [InlineData("t-h4", "58", "31")] // bodies recovered, then "confirmed dead", with dozens missing
    [InlineData("t-i3", "29", "73")] // a figure that counted the bomber, then one that does not
    [InlineData("t-j3", "14", "18")] // "12 … not including the two attackers", then 14; "the deadliest since 2017" is this attack
    [InlineData("t-k4", "8", "340")] // "eight people had died in the unrest", deep in a report two days on
    [InlineData("t-n3", "6", null)] // "Six people lost their lives in the attack", in a court report three days on
    [InlineData("t-l3", "39", "146")] // the dead "included three children": a part, not the toll
    [InlineData("t-m2", "0", "12")] // no one killed, though an older blast's dead are recalled
    public async Task a_storys_last_figures_are_the_ones_its_reports_end_on(string lastReport, string killed, string? injured)
    {
        var facts = (await FactsByLastReport.Value)[lastReport];

        facts.ShouldContainKey("killed", $"the story of {lastReport} gives no killed at all");
        facts["killed"].ShouldBe(killed, $"killed of the story of {lastReport}");
        if (injured is not null)
        {
            facts.GetValueOrDefault("injured").ShouldBe(injured, $"injured of the story of {lastReport}");
        }
    }

    /// <summary>Replays the fixture once; each report's story's facts by slot.</summary>
    private static async Task<Dictionary<string, Dictionary<string, string>>> Replay()
    {
        var folder = Directory.CreateTempSubdirectory("tolls-").FullName;
        var assigned = Path.Combine(folder, "stories.tsv");
        var factsFile = Path.Combine(folder, "facts.tsv");
        var (code, _, err) = await CliProcess.Run("cluster", "--in", Fixture("stories.ndjson"), "--out", assigned, "--facts-out", factsFile);
        code.ShouldBe(0, err);
        var facts = File.ReadLines(factsFile).Select(line => line.Split('\t'))
            .GroupBy(cells => cells[0]).ToDictionary(group => group.Key, group => group.ToDictionary(cells => cells[1], cells => cells[2]));
        var byReport = File.ReadLines(assigned).Where(line => line.Length > 0).Select(line => line.Split('\t'))
            .ToDictionary(cells => cells[0], cells => facts.GetValueOrDefault(cells[1]) ?? []);
        Directory.Delete(folder, true);
        return byReport;
    }
}
