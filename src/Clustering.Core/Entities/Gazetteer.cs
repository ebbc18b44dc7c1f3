using System.Collections.Frozen;
using Clustering.Core.Packs;
using Clustering.Core.Text;

namespace Clustering.Core.Entities;

/// <summary>
/// General knowledge the rules cannot infer from one article: countries, capitals, large cities,
/// regions and states; news agencies with their long and short names; words that head
/// organisation names or name a person's office.
/// </summary>
public static class Gazetteer
{
    /// <summary>The gazetteer's data (Entities/gazetteer.lexicon); names of several words are written joined by '_'.</summary>
    private static readonly Lexicon Words = Lexicon.FromResource("Clustering.Core.Entities.gazetteer.lexicon");

    // Declared before the sets built from them: static fields are initialised in the order written.
    private static readonly IReadOnlyList<string> RegionNames = Words.Names("regions");

    private static readonly IReadOnlyList<string> CityNames = Words.Names("cities");

    /// <summary>Countries, states and continents: naming one says little of which town a thing happened in.</summary>
    public static readonly FrozenSet<string> Regions = RegionNames.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> Places = RegionNames.Concat(CityNames).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adjectives of nationality: words about a place, not names of one.</summary>
    public static readonly FrozenSet<string> Demonyms = Words.Names("demonyms").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>News agencies: every name they go by, to one canonical credit name (data: Outlets/outlets.txt).</summary>
    public static readonly FrozenDictionary<string, string> Agencies = Outlets.OutletLexicon.Agencies;

    public static readonly FrozenSet<string> OrganisationHeads = Words.Names("organisation-heads").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> PlaceHeads = Words.Names("place-heads").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Titles and offices written before a person's name: "President Xi Jinping", "Sgt. Jane Roe".</summary>
    public static readonly FrozenSet<string> PersonTitles = Words.Names("person-titles").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Capitalised words that open sentences or name times, not things.</summary>
    public static readonly FrozenSet<string> NotNames = Words.Names("not-names").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Span lookups, made once: asking a frozen set for its lookup on every word costs more than the lookup itself.
    // Declared after the sets, so that they are initialised after them.
    internal static readonly WordSet PlacesBySpan = new(Places);
    internal static readonly WordSet DemonymsBySpan = new(Demonyms);
    internal static readonly WordMap<string> AgenciesBySpan = new(Agencies);
    internal static readonly WordSet OrganisationHeadsBySpan = new(OrganisationHeads);
    internal static readonly WordSet PlaceHeadsBySpan = new(PlaceHeads);
    internal static readonly WordSet PersonTitlesBySpan = new(PersonTitles);
    internal static readonly WordSet NotNamesBySpan = new(NotNames);
}
