using System.Globalization;
using System.Text.Json;
using Clustering.Testing;

namespace Clustering.Cluster.Tests;

/// <summary>
/// The articles a cluster test streams: the first of ../shared/eval/gva-dev.ndjson when it is
/// beside the clone (as in CI), else generated ones (a few hundred topics, several articles each)
/// so the test still runs from a user's clone.
/// </summary>
internal static class TestCorpus
{
    public static (IReadOnlyList<string> Lines, IReadOnlyList<string> Ids, string Origin) Load(int count)
    {
        var path = RepoPaths.Shared is { } shared ? Path.Combine(shared, "eval", "gva-dev.ndjson") : null;
        if (path is not null && File.Exists(path))
        {
            var lines = File.ReadLines(path).Where(line => line.Length > 0).Take(count).ToArray();
            if (lines.Length == count)
            {
                return (lines, lines.Select(IdOf).ToArray(), "../shared/eval/gva-dev.ndjson");
            }
        }
        var generated = Enumerable.Range(0, count).Select(Generate).ToArray();
        return (generated, generated.Select(IdOf).ToArray(), "generated articles");
    }

    private static string IdOf(string line)
    {
        using var document = JsonDocument.Parse(line);
        return document.RootElement.GetProperty("id").GetString()!;
    }

    private static readonly string[] Syllables = ["ka", "lo", "mu", "ne", "po", "ra", "si", "tu", "va", "ze", "bi", "do"];

    private static string Generate(int index)
    {
        var topic = index % 300;
        string Word(int salt) => Syllables[(topic + salt) % Syllables.Length] + Syllables[(topic / Syllables.Length + salt * 7) % Syllables.Length]
            + Syllables[(topic * 5 + salt) % Syllables.Length] + topic.ToString(CultureInfo.InvariantCulture);
        var title = $"{Word(1)} {Word(2)} {Word(3)} report {index % 7}";
        var text = $"{Word(1)} {Word(2)} {Word(3)} {Word(4)} {Word(5)}. Officials in {Word(6)} said {Word(2)} and {Word(3)} were seen near {Word(7)}.";
        var published = new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(index);
        return JsonSerializer.Serialize(new { id = $"gen-{index:D5}", title, text, source = $"Wire {index % 11}", published });
    }
}
