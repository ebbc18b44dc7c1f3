using Clustering.Testing;

namespace Clustering.Cli.Tests;

/// <summary>
/// Ten made-up stories told in full-length reports over four to eight days (tests/fixtures/developing):
/// a follow-up names its own day and shifts its focus, and must still find its story; a second quake
/// and a second sacking must not.
/// </summary>
public class DevelopingStoriesTests
{
    private static string Fixture(string name) => Path.Combine(RepoPaths.Root, "tests", "fixtures", "developing", name);

    [Fact]
    public async Task each_story_told_over_a_week_is_one_story_and_no_story_mixes_two()
    {
        var folder = Directory.CreateTempSubdirectory("developing-").FullName;
        var assigned = Path.Combine(folder, "stories.tsv");
        var facts = Path.Combine(folder, "facts.tsv");

        var (code, _, err) = await CliProcess.Run("cluster", "--in", Fixture("stories.ndjson"), "--out", assigned, "--facts-out", facts);

        code.ShouldBe(0, err);
        var gold = Pairs(Fixture("stories.gold.tsv"));
        var story = Pairs(assigned);
        foreach (var told in gold.GroupBy(pair => pair.Value))
        {
            told.Select(pair => story[pair.Key]).Distinct().ShouldHaveSingleItem($"story {told.Key} split: {string.Join(", ", told.Select(pair => $"{pair.Key}→{story[pair.Key]}"))}");
        }
        foreach (var made in story.GroupBy(pair => pair.Value))
        {
            made.Select(pair => gold[pair.Key]).Distinct().ShouldHaveSingleItem($"one story mixes {string.Join(", ", made.Select(pair => pair.Key))}");
        }
        var killed = File.ReadLines(facts).Select(line => line.Split('\t')).Where(cells => cells[1] == "killed").ToDictionary(cells => cells[0], cells => cells[2]);
        killed[story["g-a6"]].ShouldBe("481", "the first quake's toll, given each day for a week, ends at 481");
        killed[story["g-i3"]].ShouldBe("21", "the second quake's toll was raised to 21 deep in its last report");
        Directory.Delete(folder, true);
    }

    private static Dictionary<string, string> Pairs(string path) =>
        File.ReadLines(path).Where(line => line.Length > 0).Select(line => line.Split('\t')).ToDictionary(cells => cells[0], cells => cells[1]);
}
