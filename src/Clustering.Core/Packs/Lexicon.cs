using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Clustering.Core.Text;

namespace Clustering.Core.Packs;

/// <summary>
/// A pack's words, read from a text file embedded in the assembly: <c>[section]</c> lines open a
/// list, every other line holds words separated by spaces (<c>word=value</c> for a lookup), and
/// <c>#</c> starts a comment. Words are kept as data so that a pack is changed without code.
/// </summary>
public sealed class Lexicon
{
    private readonly Dictionary<string, List<(string Word, string? Value)>> _sections;

    private Lexicon(Dictionary<string, List<(string, string?)>> sections) => _sections = sections;

    /// <summary>Reads the resource <paramref name="name"/> of this assembly; a missing one is a build error, so it throws.</summary>
    public static Lexicon FromResource(string name)
    {
        using var reader = WordLists.Open(name);
        return Parse(reader);
    }

    public static Lexicon Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return Parse(reader);
    }

    private static Lexicon Parse(TextReader reader)
    {
        var sections = new Dictionary<string, List<(string, string?)>>(StringComparer.Ordinal);
        List<(string, string?)>? current = null;
        foreach (var line in WordLists.Lines(reader))
        {
            if (line[0] == '[' && line[^1] == ']')
            {
                current = [];
                sections[line[1..^1].Trim()] = current;
                continue;
            }
            if (current is null)
            {
                throw new FormatException($"lexicon line outside a section: {line}");
            }
            foreach (var token in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = token.IndexOf('=');
                current.Add(eq < 0 ? (token, null) : (token[..eq], token[(eq + 1)..]));
            }
        }
        return new Lexicon(sections);
    }

    public IReadOnlyList<string> Words(string section) =>
        [.. Section(section).Select(e => e.Word)];

    public FrozenSet<string> Set(string section) =>
        Section(section).Select(e => e.Word).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The section's words compared as <paramref name="comparer"/> says (ordinal where a list is asked with words as written).</summary>
    public FrozenSet<string> Set(string section, StringComparer comparer) =>
        Section(section).Select(e => e.Word).ToFrozenSet(comparer);

    /// <summary>The section's names in the file's order, a name of several words written joined by '_' ("New_Zealand").</summary>
    public IReadOnlyList<string> Names(string section) =>
        [.. Section(section).Select(e => e.Word.Replace('_', ' '))];

    public FrozenDictionary<string, string> Map(string section) =>
        Section(section).ToFrozenDictionary(e => e.Word, e => e.Value ?? throw new FormatException($"[{section}] {e.Word} has no value"),
            StringComparer.OrdinalIgnoreCase);

    public FrozenDictionary<string, double> Numbers(string section) =>
        Section(section).ToFrozenDictionary(e => e.Word, e => ParseNumber(section, e.Word, e.Value), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Phrases with a value, each written as one word whose parts are joined by '_' ("in_excess_of=more_than"):
    /// the phrase's words, and the value with '_' read as a space. In the order the file gives them.
    /// </summary>
    public IReadOnlyList<(string[] Words, string Value)> Phrases(string section) =>
        [.. Section(section).Select(e => (e.Word.Split('_'), (e.Value ?? throw new FormatException($"[{section}] {e.Word} has no value")).Replace('_', ' ')))];

    /// <summary>
    /// The section's words as a regular-expression alternation, "(?:a\b|b\b)", for a rule's pattern to hold: '_'
    /// in a word stands for <paramref name="space"/>, and a final '*' makes it a stem that may go on ("surviv*");
    /// with <paramref name="wholeWords"/> false every word is a stem (the pattern says where a word ends).
    /// </summary>
    public string Alternation(string section, string space = @"\s+", bool wholeWords = true) =>
        "(?:" + string.Join('|', Section(section).Select(e => AlternativeOf(e.Word, space, wholeWords))) + ")";

    /// <summary>
    /// A rule's pattern made of the lexicon's alternations: built once, compiled, and bounded in time like every
    /// pattern the reader runs; case is ignored unless <paramref name="options"/> leave it out.
    /// </summary>
    public static Regex Pattern(string pattern, RegexOptions options = RegexOptions.IgnoreCase) =>
        new(pattern, options | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromMilliseconds(200));

    private static string AlternativeOf(string word, string space, bool wholeWords)
    {
        var stem = word.EndsWith('*') || !wholeWords;
        var parts = (word.EndsWith('*') ? word[..^1] : word).Split('_').Select(Regex.Escape);
        var pattern = string.Join(space, parts);
        return stem || !char.IsLetterOrDigit(word[^1]) ? pattern : pattern + @"\b";
    }

    private List<(string Word, string? Value)> Section(string section) =>
        _sections.TryGetValue(section, out var entries) ? entries : throw new KeyNotFoundException($"lexicon has no section [{section}]");

    private static double ParseNumber(string section, string word, string? value)
    {
        if (value is null)
        {
            throw new FormatException($"[{section}] {word} has no value");
        }
        var slash = value.IndexOf('/');
        return slash < 0
            ? double.Parse(value, CultureInfo.InvariantCulture)
            : double.Parse(value[..slash], CultureInfo.InvariantCulture) / double.Parse(value[(slash + 1)..], CultureInfo.InvariantCulture);
    }
}
