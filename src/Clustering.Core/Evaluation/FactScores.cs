using System.Globalization;

namespace Clustering.Core.Evaluation;

/// <summary>A count an incident database gives for an incident: killed, injured, or any other slot a desk tracks (missing, displaced...).</summary>
public sealed record GoldFact(string Incident, string Slot, double Count);

/// <summary>The consensus value a predicted story gives for a slot.</summary>
public sealed record StoryFact(string StoryId, string Slot, double Value);

/// <summary>How many incidents got a slot right, of those scored.</summary>
public sealed record SlotScore(string Slot, int Correct, int Total)
{
    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;
}

/// <summary>
/// Fact accuracy for killed and injured, for every other slot the gold file names (<see cref="Others"/>, in the
/// order the file first names them), and over all of them.
/// </summary>
public sealed record FactScoreReport(SlotScore Killed, SlotScore Injured, SlotScore Overall)
{
    public IReadOnlyList<SlotScore> Others { get; init; } = [];
}

/// <summary>
/// The fact score of ../shared/eval: per incident, the predicted story holding most of its
/// articles must give the incident's count, or, when the count is 0, give 0 or nothing (a count
/// of 0 often goes unmentioned). An incident whose articles are all unassigned has no story and
/// so gives nothing. Ties between stories go to the ordinally smallest id, so scores are repeatable.
/// </summary>
public static class FactScores
{
    public const string Killed = "killed";
    public const string Injured = "injured";

    public static FactScoreReport Score(
        IReadOnlyDictionary<string, string> predicted,
        IReadOnlyDictionary<string, string> gold,
        IEnumerable<GoldFact> goldFacts,
        IEnumerable<StoryFact> storyFacts)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(goldFacts);
        ArgumentNullException.ThrowIfNull(storyFacts);

        var storyOf = StoryOfIncident(predicted, gold);
        var values = new Dictionary<(string Story, string Slot), double>();
        foreach (var fact in storyFacts)
        {
            values[(fact.StoryId, fact.Slot)] = fact.Value;
        }

        var scores = new Dictionary<string, (int Correct, int Total)>(StringComparer.Ordinal);
        var order = new List<string> { Killed, Injured };
        foreach (var fact in goldFacts)
        {
            if (!storyOf.TryGetValue(fact.Incident, out var story))
            {
                continue;
            }
            double? given = story is not null && values.TryGetValue((story, fact.Slot), out var v) ? v : null;
            var right = given == fact.Count || (fact.Count == 0 && given is null);
            if (!order.Contains(fact.Slot))
            {
                order.Add(fact.Slot);
            }
            var (correct, total) = scores.GetValueOrDefault(fact.Slot);
            scores[fact.Slot] = (correct + (right ? 1 : 0), total + 1);
        }
        SlotScore Of(string slot) => scores.GetValueOrDefault(slot) is var (correct, total) ? new SlotScore(slot, correct, total) : new SlotScore(slot, 0, 0);
        return new FactScoreReport(Of(Killed), Of(Injured), new SlotScore("overall", scores.Values.Sum(s => s.Correct), scores.Values.Sum(s => s.Total)))
        {
            Others = [.. order.Skip(2).Select(Of)],
        };
    }

    /// <summary>Per incident with articles, the predicted story holding most of them (null when none is assigned).</summary>
    private static Dictionary<string, string?> StoryOfIncident(IReadOnlyDictionary<string, string> predicted, IReadOnlyDictionary<string, string> gold)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var (article, incident) in gold)
        {
            if (!counts.TryGetValue(incident, out var stories))
            {
                counts[incident] = stories = new Dictionary<string, int>(StringComparer.Ordinal);
            }
            if (predicted.TryGetValue(article, out var story))
            {
                stories[story] = stories.GetValueOrDefault(story) + 1;
            }
        }
        return counts.ToDictionary(
            p => p.Key,
            p => p.Value.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Key).FirstOrDefault(),
            StringComparer.Ordinal);
    }

    /// <summary>Reads <c>articleId&lt;TAB&gt;storyId</c> lines (pred.tsv and *.gold.tsv).</summary>
    public static Dictionary<string, string> ReadAssignments(IEnumerable<string> lines) =>
        Fields(lines, 2).ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);

    /// <summary>Reads <c>incident&lt;TAB&gt;slot&lt;TAB&gt;count</c> lines (*.facts.tsv).</summary>
    public static List<GoldFact> ReadGoldFacts(IEnumerable<string> lines) =>
        [.. Fields(lines, 3).Select(f => new GoldFact(f[0], f[1], double.Parse(f[2], CultureInfo.InvariantCulture)))];

    /// <summary>Reads <c>storyId&lt;TAB&gt;slot&lt;TAB&gt;value[&lt;TAB&gt;status]</c> lines (cluster --facts-out).</summary>
    public static List<StoryFact> ReadStoryFacts(IEnumerable<string> lines) =>
        [.. Fields(lines, 3).Select(f => new StoryFact(f[0], f[1], double.Parse(f[2], CultureInfo.InvariantCulture)))];

    private static IEnumerable<string[]> Fields(IEnumerable<string> lines, int atLeast)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var line in lines)
        {
            var fields = line.TrimEnd('\r').Split('\t');
            if (fields.Length >= atLeast && fields[0].Length > 0)
            {
                yield return fields;
            }
        }
    }
}
