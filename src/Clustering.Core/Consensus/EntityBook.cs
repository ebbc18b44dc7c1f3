using Clustering.Core.Entities;

namespace Clustering.Core.Consensus;

/// <summary>
/// The story's entities, merged across articles by their spelling-blind keys: two articles'
/// entities are one when a key or any variant's key matches ("Kim Jong-un" and "Kim Jong Un").
/// The name shown is the spelling used most.
/// </summary>
internal static class EntityBook
{
    public static List<EntityEntry> Build(IReadOnlyList<LedgerEntity> entities)
    {
        var groups = new List<(HashSet<string> Keys, List<LedgerEntity> Members)>();
        foreach (var entity in entities)
        {
            var keys = new HashSet<string>(StringComparer.Ordinal) { entity.Key };
            foreach (var variant in entity.Variants)
            {
                // A person's surname alone ("Kim") is shared by other people: only full names bridge.
                if (entity.Kind == EntityKind.Person && !variant.Contains(' ', StringComparison.Ordinal))
                {
                    continue;
                }
                var key = EntityKeys.Fold(variant);
                if (key.Length > 0)
                {
                    keys.Add(key);
                }
            }
            // The entity may bridge several groups: fold them all into the first.
            var homes = groups.Where(g => g.Keys.Overlaps(keys)).ToList();
            if (homes.Count == 0)
            {
                groups.Add((keys, [entity]));
                continue;
            }
            var home = homes[0];
            home.Keys.UnionWith(keys);
            home.Members.Add(entity);
            foreach (var other in homes.Skip(1))
            {
                home.Keys.UnionWith(other.Keys);
                home.Members.AddRange(other.Members);
                groups.Remove(other);
            }
        }
        return [.. groups.Select(Entry).OrderByDescending(e => e.Sources.Count).ThenBy(e => e.Name, StringComparer.Ordinal)];
    }

    private static EntityEntry Entry((HashSet<string> Keys, List<LedgerEntity> Members) group)
    {
        var spellings = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var member in group.Members)
        {
            spellings[member.Name] = spellings.GetValueOrDefault(member.Name) + member.Mentions;
        }
        var name = spellings.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
        var kind = group.Members.GroupBy(m => m.Kind).OrderByDescending(g => g.Count()).First().Key;
        var variants = group.Members.SelectMany(m => m.Variants.Prepend(m.Name)).Distinct(StringComparer.Ordinal)
            .Where(v => v != name).ToList();
        var sources = group.Members.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).ToList();
        return new EntityEntry(name, kind, group.Members[0].Key, variants, sources);
    }
}
