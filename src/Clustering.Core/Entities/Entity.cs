namespace Clustering.Core.Entities;

public enum EntityKind
{
    Person,
    Place,
    Organisation,
}

/// <summary>
/// A named thing with every spelling an article used for it folded together
/// ("Anna Berg-Lund", "Anna Berg Lund", "Berg-Lund"; "NRA", "Northern River Authority").
/// <see cref="Key"/> is spelling-blind, so two articles' entities can be matched by it.
/// </summary>
public sealed record Entity(string Name, EntityKind Kind, string Key, IReadOnlyList<string> Variants, int Mentions);

/// <summary>Where an entity is named in the text it was read from.</summary>
public readonly record struct EntityMention(int EntityIndex, int Offset, int Length);

/// <summary>The entities of a text, most mentioned first, and their mentions in text order.</summary>
public sealed record EntityReading(IReadOnlyList<Entity> Entities, IReadOnlyList<EntityMention> Mentions)
{
    public static readonly EntityReading Empty = new([], []);

    /// <summary>The last person named before <paramref name="offset"/>: who "he said" refers to.</summary>
    public Entity? LastPersonBefore(int offset)
    {
        Entity? last = null;
        foreach (var mention in Mentions)
        {
            if (mention.Offset >= offset)
            {
                break;
            }
            if (Entities[mention.EntityIndex].Kind == EntityKind.Person)
            {
                last = Entities[mention.EntityIndex];
            }
        }
        return last;
    }

    /// <summary>The entity a written name stands for ("Holt" → Lena Holt), by key, surname or acronym.</summary>
    public Entity? Resolve(string name)
    {
        var key = EntityKeys.Fold(name);
        foreach (var entity in Entities)
        {
            if (entity.Key == key)
            {
                return entity;
            }
        }
        foreach (var entity in Entities)
        {
            foreach (var variant in entity.Variants)
            {
                if (EntityKeys.Fold(variant) == key)
                {
                    return entity;
                }
            }
        }
        return null;
    }
}
