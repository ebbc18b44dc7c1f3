using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using Clustering.Core.Assignment;
using Clustering.Core.Entities;
using Clustering.Core.Particulars;
using Clustering.Core.Text;

namespace Clustering.Core.Features;

/// <summary>
/// The towns an article says it happened in, where it says so plainly: its dateline ("HOLTBY (KXYZ) —"),
/// "in Holtby" or "near Holtby" in a sentence-case headline, and "Holtby police" in the headline or the
/// lead. Each is kept as the stems of its words, as <see cref="FeatureExtractor.Weigh"/> writes them
/// ("holtby", "maple fall"), so a story's terms can be asked whether they name it. Two reports of one
/// TV station on the same day look alike in everything but the town; a follow-up datelined at the
/// courthouse names the town of the shooting too, which <see cref="Disagree"/> looks for before
/// calling two towns two stories. States, countries and counties are left out: they hold many towns.
/// A story keeps those of its first articles.
/// </summary>
public sealed partial class Towns : FirstDistinctKind<string>
{
    /// <summary>The kind, as <see cref="ParticularKinds.All"/> lists it.</summary>
    public static Towns Kind { get; } = new();

    private Towns()
        : base(PerStory)
    {
    }

    /// <summary>How many towns one article contributes (the dateline first).</summary>
    public const int PerArticle = 4;

    /// <summary>How many a story keeps: those of its first articles, which tell where it happened.</summary>
    public const int PerStory = 16;

    /// <summary>The article's towns, in the order found, at most <see cref="PerArticle"/>.</summary>
    public static string[] Of(string title, string lead, string datelinePlace)
    {
        var towns = new List<string>(PerArticle);
        Add(towns, datelinePlace);
        // A headline alone (a feed of titles) is too little text to show where else it names a town, so
        // only a report with a lead of its own gives its headline's towns.
        if (lead.Length > 0)
        {
            // In a Title-Case headline every word is capitalised, so a town after "in" is only sure
            // where the headline or its clause ends with it ("Two Hurt in Maple Falls").
            var sentenceCase = SentenceCase(title);
            foreach (Match match in SafeRegex.Matches(InOrNear(), title))
            {
                if (sentenceCase || EndsClause(title, match.Index + match.Length))
                {
                    Add(towns, match.Groups["town"].Value);
                }
            }
            if (sentenceCase)
            {
                foreach (Match match in SafeRegex.Matches(TownPolice(), title))
                {
                    Add(towns, match.Groups["town"].Value);
                }
            }
        }
        foreach (Match match in SafeRegex.Matches(TownPolice(), lead))
        {
            Add(towns, match.Groups["town"].Value);
        }
        return [.. towns];
    }

    public override string Name => "towns";

    public override IReadOnlyList<string> Read(ParticularsSource source) =>
        Of(source.Readout.Title, source.Readout.Lead, source.Readout.DatelinePlace);

    /// <summary>Two shootings a TV station reports on one day in two of its towns read alike but for the town.</summary>
    public override void Measure(IReadOnlyList<string> given, List<string> kept, in ParticularsMeasuring context, MatchMeasures measures) =>
        measures.OtherPlace = Disagree(given, context.Article.Terms, kept, context.Centroid, context.Members) ? 1f : 0f;

    private static bool EndsClause(string text, int end)
    {
        var rest = text.AsSpan(end).TrimStart(' ');
        return rest.Length == 0 || rest[0] is ',' or ':' or ';' or '|' or '-' or '–' or '—' or '(';
    }

    /// <summary>
    /// Whether the article and the story each name a town and nothing ties them: no town is on both
    /// sides (a neighbourhood written with the city, "Maple Falls" beside "Falls", counts as the same),
    /// the story's words never name the article's town and the article's never name the story's. A
    /// suburb's shooting "near Brandport" and a trial datelined at the county seat name the other town
    /// somewhere, so they are not held apart. False when either side names none: nothing is known.
    /// </summary>
    public static bool Disagree(IReadOnlyList<string> articleTowns, TermVector articleTerms, IReadOnlyList<string> storyTowns, TermVector centroid, IReadOnlyList<TermVector> members)
    {
        if (articleTowns.Count == 0 || storyTowns.Count == 0)
        {
            return false;
        }
        foreach (var town in articleTowns)
        {
            foreach (var other in storyTowns)
            {
                if (WordsWithin(town, other) || WordsWithin(other, town))
                {
                    return false;
                }
            }
            if (Names(centroid, town) || AnyNames(members, town))
            {
                return false;
            }
        }
        foreach (var other in storyTowns)
        {
            if (Names(articleTerms, other))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether every word of the town is a term of the vector.</summary>
    private static bool Names(TermVector vector, string town)
    {
        // Most towns are one word: asked as they are, with no substring made per candidate.
        if (!town.Contains(' ', StringComparison.Ordinal))
        {
            return vector.Contains(town);
        }
        foreach (var range in town.AsSpan().Split(' '))
        {
            if (!vector.Contains(town[range]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool AnyNames(IReadOnlyList<TermVector> members, string town)
    {
        for (var i = 0; i < members.Count; i++)
        {
            if (Names(members[i], town))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether every word of <paramref name="part"/> is a word of <paramref name="whole"/>.</summary>
    private static bool WordsWithin(string part, string whole)
    {
        foreach (var range in part.AsSpan().Split(' '))
        {
            var word = part.AsSpan(range);
            var found = false;
            foreach (var other in whole.AsSpan().Split(' '))
            {
                if (whole.AsSpan(other).SequenceEqual(word))
                {
                    found = true;
                    break;
                }
            }
            if (!found)
            {
                return false;
            }
        }
        return true;
    }

    private static void Add(List<string> towns, string written)
    {
        if (towns.Count >= PerArticle || Key(written) is not { } key || towns.Contains(key, StringComparer.Ordinal))
        {
            return;
        }
        towns.Add(key);
    }

    /// <summary>
    /// The stems of a written town's words, joined by spaces; null when it is no town: a state or a
    /// country, a county, a street, an agency ("State", "Transit"), a weekday. Compass words that open it
    /// go ("East Brandport" is in Brandport).
    /// </summary>
    internal static string? Key(string written)
    {
        var words = written.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var start = 0;
        while (start < words.Length && Gazetteer.NotNames.Contains(words[start]))
        {
            start++;
        }
        // "East Brandport" is in Brandport, but "West Valley" is a town of its own name.
        var named = start;
        while (named < words.Length && Compass.Contains(words[named]))
        {
            named++;
        }
        if (named < words.Length && HasOwnName(words.AsSpan(named), compassCounts: false))
        {
            start = named;
        }
        if (start == words.Length || !HasOwnName(words.AsSpan(start), compassCounts: true))
        {
            return null;
        }
        var name = string.Join(' ', words[start..]);
        if (Gazetteer.Regions.Contains(name))
        {
            return null;
        }
        var key = new StringBuilder(name.Length);
        for (var i = start; i < words.Length; i++)
        {
            var word = words[i].TrimEnd('.');
            if (NotTown.Contains(word) || Gazetteer.NotNames.Contains(word) || StreetHeads.Contains(word))
            {
                return null;
            }
        }
        Span<char> buffer = stackalloc char[Tokenizer.MaxTokenLength];
        var reader = new TokenReader(name, stackalloc char[Tokenizer.MaxTokenLength]);
        while (reader.Next(out var token))
        {
            if (token.Length < 2 || StopWords.Contains(token))
            {
                continue;
            }
            if (key.Length > 0)
            {
                key.Append(' ');
            }
            key.Append(Stemmer.Stem(token, buffer));
        }
        return key.Length == 0 ? null : key.ToString();
    }

    /// <summary>Whether some word is more than a head or an abbreviation: "City" or "Mt." alone names no town.</summary>
    private static bool HasOwnName(ReadOnlySpan<string> words, bool compassCounts)
    {
        foreach (var word in words)
        {
            var bare = word.TrimEnd('.');
            if (bare.Length > 2 && !Gazetteer.PlaceHeads.Contains(bare) && (compassCounts || !Compass.Contains(bare)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Heads of names inside a town or wider than one: streets, rivers, regions.</summary>
    private static readonly FrozenSet<string> StreetHeads = new[]
    {
        "Street", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Drive", "Lane", "Ln", "Way", "Place",
        "Highway", "Hwy", "Interstate", "Route", "Bridge", "Square", "River", "Mountains", "Oblast", "Region", "Province",
        "District",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a headline is written in sentence case: there a capital inside it marks a name.</summary>
    private static bool SentenceCase(string title)
    {
        int capitalised = 0, lower = 0;
        var first = true;
        foreach (var range in title.AsSpan().Split(' '))
        {
            var word = title.AsSpan(range);
            if (word.Length < 4 || !char.IsLetter(word[0]))
            {
                continue;
            }
            if (first)
            {
                first = false;
                continue;
            }
            if (char.IsUpper(word[0]))
            {
                capitalised++;
            }
            else
            {
                lower++;
            }
        }
        return lower > 0 && lower >= capitalised;
    }

    private static readonly FrozenSet<string> Compass = new[]
    {
        "North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest", "Central", "Downtown",
        "Northern", "Southern", "Eastern", "Western", "Upper", "Lower", "Greater", "Metro", "Suburban", "Rural",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that make a name something other than a town: agencies, counties, buildings, news words.</summary>
    private static readonly FrozenSet<string> NotTown = new[]
    {
        "County", "Parish", "Borough", "State", "Capitol", "Transit", "Campus", "University", "College", "School", "Park",
        "Military", "Tribal", "Port", "Airport", "Housing", "Border", "National", "Federal", "Secret", "Royal", "Hospital",
        "Courthouse", "Court", "Jail", "Prison", "Side", "Area", "Department", "Office", "Sheriff", "Update", "Updated",
        "Breaking", "Watch", "Video", "Photos", "Exclusive", "Live", "Developing", "Local", "Fatal", "Deadly", "Shooting",
        "Critical", "Serious", "Stable", "Custody", "Connection", "Apparent", "Response", "Front", "Home", "Neighborhood",
        "Mall", "Church", "Club", "Bar", "Hotel", "Motel", "Store", "Station", "Center", "Centre", "Complex", "Apartments",
        "Easter", "Christmas", "Eve", "Thanksgiving", "Halloween", "Independence", "Memorial", "Labor", "Valentine", "Year",
        "Weekend", "Night", "Morning", "Afternoon", "Evening", "Buy", "Photo", "Photos", "Independent", "Gallery", "Skip", "Metropolitan",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"in Holtby", "near Maple Falls": one to three capitalised words after the preposition.</summary>
    [GeneratedRegex(@"\b(?:in|near)\s+(?<town>(?:(?:St|Mt|Ft)\.?\s+)?[A-Z][a-z]+(?:[-'’][A-Za-z]+)?(?:\s+[A-Z][a-z]+(?:[-'’][A-Za-z]+)?){0,2})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex InOrNear();

    /// <summary>"Holtby police", "the Maple Falls Police Department": a town's own force names the town.</summary>
    [GeneratedRegex(@"\b(?<town>(?:(?:St|Mt|Ft)\.?\s+)?[A-Z][a-z]+(?:[-'’][A-Za-z]+)?(?:\s+[A-Z][a-z]+(?:[-'’][A-Za-z]+)?){0,2})\s+[Pp]olice\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex TownPolice();
}
