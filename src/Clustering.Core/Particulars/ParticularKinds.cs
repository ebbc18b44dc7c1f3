namespace Clustering.Core.Particulars;

/// <summary>Every kind of particular an article gives and a story keeps: those the domain packs list (<see cref="Packs.IDomainPack.Particulars"/>).</summary>
public static class ParticularKinds
{
    /// <summary>
    /// In pack order, each pack's in the order it lists them, which is the order articles are read: a
    /// kind that learns from the feed's statistics (the people) comes after its pack's kinds that only
    /// read. A kind leaves the packs only with its stored key kept out of use.
    /// </summary>
    public static IReadOnlyList<IParticularKind> All => Kinds;

    private static readonly IParticularKind[] Kinds = [.. Packs.DomainPacks.All.SelectMany(pack => pack.Particulars)];

    public static int IndexOf(IParticularKind kind) => Array.IndexOf(Kinds, kind);

    /// <summary>The place of the kind stored under this name; -1 for a name no kind has (one since removed).</summary>
    public static int IndexOf(string name)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (string.Equals(All[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }
}
