using Clustering.Core.Text;

namespace Clustering.Core.Entities;

/// <summary>
/// Finds people, places and organisations by rule and gazetteer: runs of capitalised words,
/// classified by what surrounds them (an office before a name, "said" after it, an organisation
/// word at its end, a known place or agency), with spellings, surnames and acronyms folded into one entity.
/// </summary>
public static class EntityExtractor
{
    private const int MaxRunTokens = 6;

    [ThreadStatic]
    private static List<WordToken>? t_tokens;

    public static EntityReading Extract(string text)
    {
        var tokens = t_tokens ??= new List<WordToken>(512);
        tokens.Clear();
        WordScanner.Scan(text, 0, text.Length, tokens);
        var builder = new Builder();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsNameToken(text, tokens[i]))
            {
                continue;
            }
            var end = i + 1;
            while (end < tokens.Count && end - i < MaxRunTokens)
            {
                if (IsNameToken(text, tokens[end]) && !Possessive(text, tokens[end - 1]) && SameLine(text, tokens[end - 1], tokens[end]))
                {
                    end++;
                }
                else if (end + 1 < tokens.Count && tokens[end].Is(text, "of") && IsNameToken(text, tokens[end + 1]) && Gazetteer.OrganisationHeadsBySpan.Contains( Clean(text, tokens[end - 1])))
                {
                    end += 2;
                }
                else
                {
                    break;
                }
            }
            ReadRun(text, tokens, i, end, builder);
            i = end - 1;
        }
        return builder.Build();
    }

    private static void ReadRun(string text, List<WordToken> tokens, int start, int end, Builder builder)
    {
        var person = start > 0 && tokens[start - 1].Kind == WordTokenKind.Word && !tokens[start - 1].IsCapitalized(text)
            && Gazetteer.PersonTitlesBySpan.Contains( tokens[start - 1].Span(text));
        var lastWord = Clean(text, tokens[end - 1]);
        var organisationByHead = Gazetteer.OrganisationHeadsBySpan.Contains( lastWord) && end - start > 1;

        while (start < end - 1 && organisationByHead && Gazetteer.NotNamesBySpan.Contains( Clean(text, tokens[start])))
        {
            start++;
        }
        Span<char> pair = stackalloc char[64];
        while (start < end && !organisationByHead)
        {
            var first = Clean(text, tokens[start]);
            if (start + 1 < end && IsDemonymPair(first, Clean(text, tokens[start + 1]), pair))
            {
                start += 2;
            }
            else if (Gazetteer.DemonymsBySpan.Contains( first) || (Gazetteer.NotNamesBySpan.Contains( first) && !Gazetteer.PlacesBySpan.Contains( first)))
            {
                start++;
            }
            else if (Gazetteer.PersonTitlesBySpan.Contains( first))
            {
                person = true;
                start++;
            }
            else
            {
                break;
            }
        }
        if (start >= end)
        {
            return;
        }

        var offset = tokens[start].Start;
        var nameSpan = StripPossessive(text.AsSpan(offset, tokens[end - 1].End - offset));
        var count = end - start;

        string? added;
        if (Gazetteer.AgenciesBySpan.TryGetValue(nameSpan, out var agency))
        {
            var name = nameSpan.ToString();
            added = builder.Add(agency, name, EntityKind.Organisation, offset, name.Length, EntityKeys.Fold(agency));
        }
        else if (Gazetteer.PlacesBySpan.Contains( nameSpan) || (count > 1 && Gazetteer.PlaceHeadsBySpan.Contains( lastWord)))
        {
            var name = nameSpan.ToString();
            added = builder.Add(name, name, EntityKind.Place, offset, name.Length, null);
        }
        else if (organisationByHead || IsAcronym(nameSpan))
        {
            var name = nameSpan.ToString();
            var key = IsAcronym(nameSpan) ? builder.KeyForAcronym(name) : null;
            added = builder.Add(name, name, EntityKind.Organisation, offset, name.Length, key);
        }
        else if (person || (count is >= 2 and <= 4 && AllTitleCase(text, tokens, start, end)))
        {
            var name = nameSpan.ToString();
            added = builder.Add(name, name, EntityKind.Person, offset, name.Length, builder.PersonKeyFor(name));
        }
        else if (count == 1 && builder.PersonKeyFor(nameSpan) is { } surnameOf)
        {
            var name = nameSpan.ToString();
            added = builder.Add(name, name, EntityKind.Person, offset, name.Length, surnameOf);
        }
        else if (count == 1 && end < tokens.Count && IsSpeechVerb(text, tokens[end]))
        {
            var name = nameSpan.ToString();
            added = builder.Add(name, name, EntityKind.Person, offset, name.Length, null);
        }
        else
        {
            return;
        }

        // "Northern River Authority (NRA)": the acronym in brackets is the same organisation.
        if (added is not null && end + 2 < tokens.Count && tokens[end].IsPunctuation(text, '(') && tokens[end + 2].IsPunctuation(text, ')')
            && IsAcronym(tokens[end + 1].Span(text)))
        {
            builder.Alias(tokens[end + 1].Span(text).ToString(), added);
        }
    }

    private static bool IsSpeechVerb(string text, WordToken token) =>
        token.Is(text, "said") || token.Is(text, "says") || token.Is(text, "told") || token.Is(text, "added") || token.Is(text, "stated");

    private static bool AllTitleCase(string text, List<WordToken> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            var span = tokens[k].Span(text);
            var clean = Clean(text, tokens[k]);
            if (span.Length < 2 || !char.IsUpper(span[0]) || IsAcronym(span) || Gazetteer.NotNamesBySpan.Contains( clean)
                || Gazetteer.PlacesBySpan.Contains( clean) || Gazetteer.PlaceHeadsBySpan.Contains( clean))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsDemonymPair(ReadOnlySpan<char> first, ReadOnlySpan<char> second, Span<char> buffer)
    {
        if (first.Length + second.Length + 1 > buffer.Length)
        {
            return false;
        }
        first.CopyTo(buffer);
        buffer[first.Length] = ' ';
        second.CopyTo(buffer[(first.Length + 1)..]);
        return Gazetteer.DemonymsBySpan.Contains( buffer[..(first.Length + second.Length + 1)]);
    }

    internal static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 6)
        {
            return false;
        }
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsNameToken(string text, WordToken token) => token.Kind == WordTokenKind.Word && char.IsUpper(text[token.Start]);

    private static bool Possessive(string text, WordToken token)
    {
        var span = token.Span(text);
        return span.Length > 2 && span[^2] is '\'' or '’' && span[^1] is 's' or 'S';
    }

    private static bool SameLine(string text, WordToken a, WordToken b) => text.AsSpan(a.End, b.Start - a.End).IndexOfAny('\n', '.', ',') < 0
        && text.AsSpan(a.End, b.Start - a.End).IndexOfAny('(', ')', '"') < 0 && text.AsSpan(a.End, b.Start - a.End).IndexOfAny('“', '”', ';') < 0;

    private static ReadOnlySpan<char> Clean(string text, WordToken token) => StripPossessive(token.Span(text));

    private static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> name) =>
        name.Length > 2 && name[^2] is '\'' or '’' && name[^1] is 's' or 'S' ? name[..^2] : name;

    private sealed class Builder
    {
        private readonly Dictionary<string, (string Name, EntityKind Kind, List<string> Variants, int Mentions, int Order)> _entities = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _aliases = new(StringComparer.Ordinal);
        private readonly List<(string Key, int Offset, int Length)> _mentions = [];
        // Each part of a person's name ("Berg-Lund", "Anna") to the first person named with it.
        private readonly Dictionary<string, string> _personParts = new(StringComparer.OrdinalIgnoreCase);

        public string? Add(string name, string written, EntityKind kind, int offset, int length, string? key)
        {
            key ??= EntityKeys.Fold(name);
            if (key.Length == 0)
            {
                return null;
            }
            key = _aliases.GetValueOrDefault(key, key);
            if (_entities.TryGetValue(key, out var entity))
            {
                if (!entity.Variants.Contains(written))
                {
                    entity.Variants.Add(written);
                }
                var better = Parts(written) > Parts(entity.Name) && entity.Kind != EntityKind.Organisation ? written : entity.Name;
                _entities[key] = (better, entity.Kind, entity.Variants, entity.Mentions + 1, entity.Order);
            }
            else
            {
                _entities[key] = (name, kind, [written], 1, _entities.Count);
                if (kind == EntityKind.Person)
                {
                    // Surnames, given names and hyphenated pairs ("Berg-Lund") a later mention may use alone.
                    foreach (var part in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        _personParts.TryAdd(part, key);
                    }
                    foreach (var part in name.Split(' ', '-', StringSplitOptions.RemoveEmptyEntries))
                    {
                        _personParts.TryAdd(part, key);
                    }
                }
            }
            _mentions.Add((key, offset, length));
            return key;
        }

        public void Alias(string acronym, string target)
        {
            var acronymKey = EntityKeys.Fold(acronym);
            if (acronymKey == target)
            {
                return;
            }
            _aliases[acronymKey] = target;
            if (_entities.Remove(acronymKey, out var earlier))
            {
                var entity = _entities[target];
                entity.Variants.AddRange(earlier.Variants);
                _entities[target] = (entity.Name, entity.Kind, entity.Variants, entity.Mentions + earlier.Mentions, Math.Min(entity.Order, earlier.Order));
                for (var i = 0; i < _mentions.Count; i++)
                {
                    if (_mentions[i].Key == acronymKey)
                    {
                        _mentions[i] = (target, _mentions[i].Offset, _mentions[i].Length);
                    }
                }
            }
            _entities[target].Variants.Add(acronym);
        }

        /// <summary>An acronym that spells the initials of a known organisation is that organisation.</summary>
        public string? KeyForAcronym(string acronym)
        {
            foreach (var (key, entity) in _entities)
            {
                if (entity.Kind == EntityKind.Organisation && EntityKeys.Initials(entity.Name) == acronym)
                {
                    return key;
                }
            }
            return null;
        }

        /// <summary>A surname or given name alone refers to the person already named in full.</summary>
        public string? PersonKeyFor(string name)
        {
            var key = EntityKeys.Fold(name);
            if (_entities.ContainsKey(key))
            {
                return key;
            }
            // "Jane Roe" after "Roe" stays its own entity: a full name is not folded into a part of itself.
            return name.Contains(' ', StringComparison.Ordinal) ? null : PersonKeyFor(name.AsSpan());
        }

        public string? PersonKeyFor(ReadOnlySpan<char> single) =>
            _personParts.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(single, out var key) ? key : null;

        public EntityReading Build()
        {
            var ordered = _entities.OrderByDescending(e => e.Value.Mentions).ThenBy(e => e.Value.Order).ToList();
            var index = new Dictionary<string, int>(ordered.Count, StringComparer.Ordinal);
            var entities = new Entity[ordered.Count];
            for (var i = 0; i < ordered.Count; i++)
            {
                var (key, value) = ordered[i];
                index[key] = i;
                entities[i] = new Entity(value.Name, value.Kind, key, value.Variants, value.Mentions);
            }
            var mentions = new EntityMention[_mentions.Count];
            for (var i = 0; i < _mentions.Count; i++)
            {
                var (key, offset, length) = _mentions[i];
                mentions[i] = new EntityMention(index[_aliases.GetValueOrDefault(key, key)], offset, length);
            }
            return new EntityReading(entities, mentions);
        }

        // The words of a name between spaces, as name.Split(' ', RemoveEmptyEntries).Length counts them, without the array.
        private static int Parts(string name)
        {
            var parts = 0;
            for (var i = 0; i < name.Length; i++)
            {
                if (name[i] != ' ' && (i == 0 || name[i - 1] == ' '))
                {
                    parts++;
                }
            }
            return parts;
        }
    }
}
