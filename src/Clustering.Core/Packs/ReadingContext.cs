using Clustering.Core.Packs.Shooting;

namespace Clustering.Core.Packs;

/// <summary>The packs that apply to one article: the reader's own context rules ask it (a hospital trip is a gunshot wound only in a shooting report).</summary>
public sealed record ReadingContext
{
    public ReadingContext(IReadOnlyList<IDomainPack> packs)
    {
        ArgumentNullException.ThrowIfNull(packs);
        Packs = packs;
        // Asked for every line the reader reads: worked out once.
        Shooting = Has(ShootingPack.PackName);
    }

    public IReadOnlyList<IDomainPack> Packs { get; }

    /// <summary>A report of a shooting, read with the shooting pack's sense of "hit" and "taken to a hospital".</summary>
    public bool Shooting { get; }

    private bool Has(string pack)
    {
        foreach (var p in Packs)
        {
            if (p.Name == pack)
            {
                return true;
            }
        }
        return false;
    }
}
