namespace Clustering.Grains;

/// <summary>
/// Whether a silo of the cluster other than this one is active: a write-behind flush can land on it
/// at shutdown (<see cref="DeactivationWrites"/>), and with one a story sends its index writes before
/// its answer (Index/PendingIndexWrites).
/// </summary>
internal static class OtherSilos
{
    public static bool Active(ClusterMembershipSnapshot snapshot, SiloAddress self) =>
        snapshot.Members.Values.Any(member => member.Status == SiloStatus.Active && !member.SiloAddress.Equals(self));

    /// <summary>The same, judged again only when the membership's version moves: it is asked for every article absorbed.</summary>
    public static Func<bool> ActiveNow(IClusterMembershipService membership, SiloAddress self)
    {
        Judged? known = null;
        return () =>
        {
            var snapshot = membership.CurrentSnapshot;
            var judged = known;
            if (judged is null || !judged.Version.Equals(snapshot.Version))
            {
                judged = new Judged(snapshot.Version, Active(snapshot, self));
                known = judged;
            }
            return judged.Active;
        };
    }

    private sealed record Judged(MembershipVersion Version, bool Active);
}
