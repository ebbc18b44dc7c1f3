using System.Collections.Frozen;
using System.Reflection;

namespace Clustering.Core.Outlets;

/// <summary>
/// The agencies, the labels that are not outlets, the byline words of a desk and the host prefixes,
/// read once from the embedded outlets.txt: knowledge of the news trade is data, not code.
/// </summary>
public static class OutletLexicon
{
    private static readonly ILookup<string, string[]> Lines = Read();

    /// <summary>Every name an agency goes by, to its one canonical credit name.</summary>
    public static readonly FrozenDictionary<string, string> Agencies = Lines["agency"]
        .SelectMany(names => names.Select(name => (Name: name, Canonical: names[0])))
        .DistinctBy(pair => pair.Name, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(pair => pair.Name, pair => pair.Canonical, StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> NotOutlets = Values("not-outlet");

    public static readonly FrozenSet<string> DeskWords = Values("desk");

    public static readonly FrozenSet<string> HostPrefixes = Values("host-prefix");

    private static FrozenSet<string> Values(string section) =>
        Lines[section].SelectMany(names => names).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static ILookup<string, string[]> Read()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Clustering.Core.Outlets.outlets.txt")
            ?? throw new InvalidOperationException("outlets.txt is not embedded in Clustering.Core");
        using var reader = new StreamReader(stream);
        var entries = new List<(string Section, string[] Names)>();
        while (reader.ReadLine() is { } line)
        {
            var content = line.Split('#', 2)[0];
            var colon = content.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }
            var names = content[(colon + 1)..].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (names.Length > 0)
            {
                entries.Add((content[..colon].Trim(), names));
            }
        }
        return entries.ToLookup(entry => entry.Section, entry => entry.Names, StringComparer.Ordinal);
    }
}
