using Clustering.Core.Packs.Shooting;

namespace Clustering.Core.Packs;

/// <summary>The packs that apply to one article: the reader's own context rules ask it (a hospital trip is a gunshot wound only in a shooting report).</summary>
public sealed record ReadingContext(IReadOnlyList<IDomainPack> Packs)
{
    /// <summary>No pack but the general one: what a sentence read alone is taken to be.</summary>
    public static ReadingContext General { get; } = new([]);

    public bool Has(string pack) => Packs.Any(p => p.Name == pack);

    /// <summary>A report of a shooting, read with the shooting pack's sense of "hit" and "taken to a hospital".</summary>
    public bool Shooting => Has(ShootingPack.PackName);
}
