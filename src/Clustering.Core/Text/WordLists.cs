namespace Clustering.Core.Text;

/// <summary>
/// The word lists kept as data in this assembly's resources, read one way: '#' starts a comment and
/// blank lines say nothing. A list is laid out either as "section: a | b" lines (<see cref="Sections"/>)
/// or as a <c>[section]</c> header over lines of words (Packs.Lexicon).
/// </summary>
public static class WordLists
{
    /// <summary>The embedded resource <paramref name="name"/>; a missing one is a build error, so it throws.</summary>
    public static StreamReader Open(string name) =>
        new(typeof(WordLists).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded in Clustering.Core"));

    /// <summary>Each line without its comment, trimmed; blank ones left out.</summary>
    public static IEnumerable<string> Lines(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        while (reader.ReadLine() is { } raw)
        {
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash < 0 ? raw : raw[..hash]).Trim();
            if (line.Length > 0)
            {
                yield return line;
            }
        }
    }

    /// <summary>
    /// The "section: a | b" lines of the resource: each line's values (trimmed, none empty) under its
    /// section, in the file's order. A line without a section or without values says nothing.
    /// </summary>
    public static ILookup<string, string[]> Sections(string name)
    {
        using var reader = Open(name);
        var entries = new List<(string Section, string[] Values)>();
        foreach (var line in Lines(reader))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }
            var values = line[(colon + 1)..].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (values.Length > 0)
            {
                entries.Add((line[..colon].Trim(), values));
            }
        }
        return entries.ToLookup(entry => entry.Section, entry => entry.Values, StringComparer.Ordinal);
    }
}
