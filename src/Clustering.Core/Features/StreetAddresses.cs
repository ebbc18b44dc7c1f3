using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Clustering.Core.Assignment;
using Clustering.Core.Particulars;
using Clustering.Core.Text;

namespace Clustering.Core.Features;

/// <summary>
/// The street addresses an article writes, as US crime reports place a shooting: "in the 4700 block
/// of West Larkspur Street", "the 2700-block of Elm", "at 2215 Fernhollow Road". Every report of one
/// shooting gives the same block, weeks apart; two shootings in one city the same day rarely share one.
/// Each address becomes a key of its hundred-block and street name: the direction, the street type and
/// the case are dropped and ordinal words written as numbers, so "2215 W. Fernhollow Rd." and "the 2200
/// block of Fernhollow Road" meet ("2200 fernhollow"). A story keeps those of its first articles.
/// </summary>
public sealed partial class StreetAddresses : FirstDistinctKind<string>
{
    /// <summary>The kind, as <see cref="ParticularKinds.All"/> lists it.</summary>
    public static StreetAddresses Kind { get; } = new();

    private StreetAddresses()
        : base(PerStory)
    {
    }

    /// <summary>
    /// How many addresses one article may give. One that gives more is a round-up of a city's shootings
    /// ("7 dead, 23 wounded over the weekend"), which speaks for no single scene: it gives none.
    /// </summary>
    public const int PerArticle = 3;

    /// <summary>How many addresses a story keeps: those of its first articles, which tell where it happened.</summary>
    public const int PerStory = 8;

    /// <summary>The keys of the distinct addresses written in the headline, then the text, in the order written; none for a round-up.</summary>
    public static string[] Of(string title, string text)
    {
        var keys = new List<string>(PerArticle + 1);
        Read(title, keys);
        Read(text, keys);
        return keys.Count > PerArticle ? [] : [.. keys];
    }

    /// <summary>Whether one side writes an address the other does.</summary>
    public static bool Share(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (string.Equals(x, y, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }

    public override string Name => "addresses";

    public override IReadOnlyList<string> Read(ParticularsSource source) => Of(source.Title, source.Readout.Body);

    /// <summary>
    /// A block of one street is one scene, whenever the report came out; both giving blocks and sharing
    /// none is two scenes, unless a follow-up gives a suspect's home.
    /// </summary>
    public override void Measure(IReadOnlyList<string> given, List<string> kept, in ParticularsMeasuring context, MatchMeasures measures)
    {
        var shared = Share(given, kept);
        measures.SharedAddress = shared ? 1f : 0f;
        measures.OtherAddress = !shared && given.Count > 0 && kept.Count > 0 ? 1f : 0f;
    }

    private static void Read(string text, List<string> keys)
    {
        if (keys.Count > PerArticle || text.Length == 0)
        {
            return;
        }
        // Blocks first: a report that gives both names the block of the scene, and a house number
        // is as often a suspect's home or a business's listing.
        Collect(Blocks(), text, keys, needsStreetType: false);
        Collect(Houses(), text, keys, needsStreetType: true);
    }

    private static void Collect(Regex regex, string text, List<string> keys, bool needsStreetType)
    {
        try
        {
            for (var match = regex.Match(text); match.Success && keys.Count <= PerArticle; match = match.NextMatch())
            {
                var number = match.Groups["n"].ValueSpan;
                if ((needsStreetType && IsYear(text, match.Index, number)) || IsHome(text, match.Index))
                {
                    continue;
                }
                var key = Key(number, match.Groups["street"].Value, needsStreetType);
                if (key is not null && !keys.Contains(key, StringComparer.Ordinal))
                {
                    keys.Add(key);
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Hostile input: what was read so far stands.
        }
    }

    /// <summary>"in 2019 Oak Street residents…": a year, not a house number.</summary>
    private static bool IsYear(string text, int index, ReadOnlySpan<char> number)
    {
        if (number.Length != 4 || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1900 || value > 2099)
        {
            return false;
        }
        var before = text.AsSpan(0, index).TrimEnd();
        var space = before.LastIndexOfAny(' ', '\n', '\t');
        var word = before[(space + 1)..];
        return word.Equals("in", StringComparison.OrdinalIgnoreCase) || word.Equals("since", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "Dale Pellow, 22, of the 1500 block of Elm Street", "a resident of 88 Oak Lane": where someone
    /// lives, which a later report on the arrest gives and the first report on the scene does not.
    /// "in the area of", "south of" place the scene: there the word before "of" is written in lower case.
    /// </summary>
    private static bool IsHome(string text, int index)
    {
        var before = text.AsSpan(0, index).TrimEnd();
        if (EndsWithWord(before, "the"))
        {
            before = before[..^3].TrimEnd();
        }
        if (EndsWithWord(before, "at") || EndsWithWord(before, "in"))
        {
            var verb = before[..^2].TrimEnd();
            return EndsWithWord(verb, "lives") || EndsWithWord(verb, "lived") || EndsWithWord(verb, "resides") || EndsWithWord(verb, "resided");
        }
        if (!EndsWithWord(before, "of"))
        {
            return false;
        }
        before = before[..^2].TrimEnd();
        if (before.Length == 0)
        {
            return false;
        }
        if (before[^1] == ',' || EndsWithWord(before, "resident") || EndsWithWord(before, "residents"))
        {
            return true;
        }
        var space = before.LastIndexOfAny(' ', '\n', '\t');
        return char.IsUpper(before[space + 1]);
    }

    private static bool EndsWithWord(ReadOnlySpan<char> text, string word) =>
        text.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !char.IsLetter(text[^(word.Length + 1)]));

    /// <summary>The hundred-block and the street's own words, or null when nothing of the street is left.</summary>
    private static string? Key(ReadOnlySpan<char> number, string street, bool needsStreetType)
    {
        if (!long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }
        var words = new List<string>(4);
        var typed = false;
        foreach (var written in street.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var word = written.TrimEnd('.', ',').ToLowerInvariant();
            // The street ends at its type ("Court Street": a type first is the name), and at a word that is
            // no street's ("2 Shot On Oak Street", "block of Elm Monday").
            if (StreetTypes.Contains(word) && words.Count > 0)
            {
                typed = true;
                break;
            }
            if (NotStreetWords.Contains(word) || Facts.FactLexicon.Weekdays.Contains(word))
            {
                break;
            }
            words.Add(Ordinals.GetValueOrDefault(word, word));
            if (written.EndsWith(',') || (written.EndsWith('.') && !Directions.Contains(word) && !StreetTypes.Contains(word) && word.Length > 2))
            {
                // "block of Elm. Police said": the sentence ended; "W." or "Mt." did not end it.
                break;
            }
        }
        if (needsStreetType && !typed)
        {
            return null;
        }
        // "West Larkspur", "8th S": the direction goes, unless it is the name itself ("North Avenue").
        while (words.Count > 1 && Directions.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }
        while (words.Count > 1 && Directions.Contains(words[0]))
        {
            words.RemoveAt(0);
        }
        if (words.Count == 0)
        {
            return null;
        }
        var name = string.Join(' ', words);
        return (value / 100 * 100).ToString(CultureInfo.InvariantCulture) + " " + name;
    }

    // The language's words (Text/english.lexicon); keys are looked up lower-cased.
    private static readonly FrozenSet<string> StreetTypes = English.Words.Set("street-types");

    private static readonly FrozenSet<string> Directions = English.Words.Set("directions");

    /// <summary>Words of a Title-Case headline ("2 Shot On Oak Street") or of the sentence after a street that are no street's name (weekdays too: <see cref="Facts.FactLexicon.Weekdays"/>).</summary>
    private static readonly FrozenSet<string> NotStreetWords = English.Words.Set("not-street-words");

    private static readonly FrozenDictionary<string, string> Ordinals = English.Words.Map("street-ordinals");

    // A street's word: capitalised ("Larkspur", "O'Hara", "St."), or an ordinal in figures ("79th").
    private const string Word = @"(?:[A-Z][A-Za-z'’-]*\.?|\d{1,3}(?:st|nd|rd|th)\b)";

    /// <summary>"the 4700 block of West Larkspur Street", "2700-block of Elm": the street may come without its type.</summary>
    [GeneratedRegex(@"\b(?<n>\d{1,6})(?:[ \t]+|-)block[ \t]+of[ \t]+(?:the[ \t]+)?(?<street>" + Word + @"(?:[ \t]+" + Word + @"){0,4})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Blocks();

    /// <summary>"at 2215 Fernhollow Road": a house number needs the street's type, or any number before a capital would do.</summary>
    [GeneratedRegex(@"(?<![\d,.:/$-])\b(?<n>\d{1,6})[ \t]+(?<street>(?:" + Word + @"[ \t]+){1,4}" + Word + @")", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Houses();
}
