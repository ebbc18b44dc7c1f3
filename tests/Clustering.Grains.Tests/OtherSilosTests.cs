using System.Collections.Immutable;
using System.Net;

namespace Clustering.Grains.Tests;

/// <summary>Whether another silo is active, judged again when the membership changes and only then.</summary>
public class OtherSilosTests
{
    private static readonly SiloAddress Self = SiloAddress.New(new IPEndPoint(IPAddress.Loopback, 11111), 1);
    private static readonly SiloAddress Other = SiloAddress.New(new IPEndPoint(IPAddress.Loopback, 11112), 1);

    private static ClusterMembershipSnapshot Snapshot(long version, SiloStatus other) => new(
        ImmutableDictionary<SiloAddress, ClusterMember>.Empty
            .Add(Self, new ClusterMember(Self, SiloStatus.Active, "self"))
            .Add(Other, new ClusterMember(Other, other, "other")),
        new MembershipVersion(version));

    [Fact]
    public void a_silo_joining_and_leaving_is_seen_at_the_next_version()
    {
        var membership = new ChangingMembership { CurrentSnapshot = Snapshot(1, SiloStatus.Joining) };
        var othersActive = OtherSilos.ActiveNow(membership, Self);
        othersActive().ShouldBeFalse("a silo still joining takes no writes");

        membership.CurrentSnapshot = Snapshot(2, SiloStatus.Active);
        othersActive().ShouldBeTrue();

        membership.CurrentSnapshot = Snapshot(3, SiloStatus.Dead);
        othersActive().ShouldBeFalse();
    }

    [Fact]
    public void a_snapshot_of_the_same_version_is_not_judged_again()
    {
        var membership = new ChangingMembership { CurrentSnapshot = Snapshot(5, SiloStatus.Active) };
        var othersActive = OtherSilos.ActiveNow(membership, Self);
        othersActive().ShouldBeTrue();

        // The same version cannot hold other members; the answer is the one judged for it.
        membership.CurrentSnapshot = Snapshot(5, SiloStatus.Dead);

        othersActive().ShouldBeTrue();
    }

    private sealed class ChangingMembership : IClusterMembershipService
    {
        public ClusterMembershipSnapshot CurrentSnapshot { get; set; } = null!;

        public IAsyncEnumerable<ClusterMembershipSnapshot> MembershipUpdates => throw new NotSupportedException();

        public ValueTask Refresh(MembershipVersion minimumVersion = default, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public Task<bool> TryKill(SiloAddress siloAddress) => Task.FromResult(false);
    }
}
