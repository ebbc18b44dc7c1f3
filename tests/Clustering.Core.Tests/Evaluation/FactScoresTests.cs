using Clustering.Core.Evaluation;

namespace Clustering.Core.Tests.Evaluation;

public class FactScoresTests
{
    private static readonly Dictionary<string, string> Gold = new()
    {
        ["a1"] = "i1", ["a2"] = "i1", ["a3"] = "i1",
        ["b1"] = "i2", ["b2"] = "i2",
        ["c1"] = "i3",
    };

    private static readonly GoldFact[] GoldFacts =
    [
        new("i1", "killed", 2), new("i1", "injured", 3),
        new("i2", "killed", 0), new("i2", "injured", 1),
        new("i3", "killed", 0), new("i3", "injured", 0),
    ];

    [Fact]
    public void the_story_holding_most_of_an_incidents_articles_is_the_one_scored()
    {
        // i1 is split: s1 holds two of its articles, s2 one; s2's right answer does not count.
        var predicted = new Dictionary<string, string> { ["a1"] = "s1", ["a2"] = "s1", ["a3"] = "s2", ["b1"] = "s3", ["b2"] = "s3", ["c1"] = "s4" };
        StoryFact[] facts = [new("s1", "killed", 1), new("s1", "injured", 3), new("s2", "killed", 2), new("s3", "injured", 1)];

        var report = FactScores.Score(predicted, Gold, GoldFacts, facts);

        // killed: i1 wrong (1 ≠ 2), i2 right (nothing for 0), i3 right (nothing for 0).
        report.Killed.ShouldBe(new SlotScore("killed", 2, 3));
        // injured: i1 right, i2 right, i3 right (nothing for 0).
        report.Injured.ShouldBe(new SlotScore("injured", 3, 3));
        report.Overall.ShouldBe(new SlotScore("overall", 5, 6));
        report.Overall.Accuracy.ShouldBe(5d / 6, 1e-9);
    }

    [Fact]
    public void a_zero_count_is_met_by_zero_or_nothing_but_not_by_another_number()
    {
        var predicted = new Dictionary<string, string> { ["b1"] = "s", ["b2"] = "s", ["c1"] = "t" };
        StoryFact[] facts = [new("s", "killed", 0), new("t", "killed", 1)];

        var report = FactScores.Score(predicted, Gold, GoldFacts.Where(f => f.Slot == "killed"), facts);

        // i1 has no assigned article, so no story: nothing given, and 2 is wanted.
        report.Killed.ShouldBe(new SlotScore("killed", 1, 3));
        report.Injured.Total.ShouldBe(0);
        report.Injured.Accuracy.ShouldBe(0);
    }

    [Fact]
    public void every_other_slot_the_gold_file_names_is_scored_too_and_counts_in_the_overall_figure()
    {
        var predicted = new Dictionary<string, string> { ["a1"] = "s", ["a2"] = "s", ["a3"] = "s", ["b1"] = "t", ["b2"] = "t", ["c1"] = "u" };
        GoldFact[] gold = [new("i1", "killed", 2), new("i1", "missing", 4), new("i2", "missing", 0), new("i2", "displaced", 300), new("i3", "displaced", 50)];
        StoryFact[] facts = [new("s", "killed", 2), new("s", "missing", 5), new("t", "displaced", 300), new("u", "displaced", 50)];

        var report = FactScores.Score(predicted, Gold, gold, facts);

        report.Killed.ShouldBe(new SlotScore("killed", 1, 1));
        report.Others.ShouldBe([new SlotScore("missing", 1, 2), new SlotScore("displaced", 2, 2)]);
        report.Overall.ShouldBe(new SlotScore("overall", 4, 5));
    }

    [Fact]
    public void tsv_lines_are_read_with_their_tabs_and_blank_lines_skipped()
    {
        FactScores.ReadAssignments(["a1\ts1", "", "a2\ts2\r"]).ShouldBe(new Dictionary<string, string> { ["a1"] = "s1", ["a2"] = "s2" });
        FactScores.ReadGoldFacts(["i1\tkilled\t2"]).ShouldBe([new GoldFact("i1", "killed", 2)]);
        FactScores.ReadStoryFacts(["s1\tinjured\t4\tagreed"]).ShouldBe([new StoryFact("s1", "injured", 4)]);
    }
}
