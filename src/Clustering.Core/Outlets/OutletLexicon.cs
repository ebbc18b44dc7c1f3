using System.Collections.Frozen;
using Clustering.Core.Text;

namespace Clustering.Core.Outlets;

/// <summary>
/// The agencies, the labels that are not outlets, the byline words of a desk and the host prefixes,
/// read once from the embedded outlets.txt: knowledge of the news trade is data, not code.
/// </summary>
public static class OutletLexicon
{
    private static readonly ILookup<string, string[]> Lines = WordLists.Sections("Clustering.Core.Outlets.outlets.txt");

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
}
