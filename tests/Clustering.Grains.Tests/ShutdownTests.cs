using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Net;
using Clustering.Abstractions.Articles;
using Clustering.Abstractions.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.TestingHost;

namespace Clustering.Grains.Tests;

/// <summary>
/// Stopping the last silo of a memory-storage cluster: the written-behind state dies with the
/// process, so its flushes are not attempted (they used to fail by the thousand, each logged with a
/// stack trace); with another silo active or durable storage they are made as always.
/// </summary>
public class ShutdownTests
{
    [Fact]
    public async Task stopping_a_one_silo_memory_server_logs_no_failed_writes()
    {
        var errors = new ErrorLog();
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSiloHost((_, host) => host.Logging.AddProvider(errors));
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddClusteringMemoryStorage();
            silo.Services.AddClusteringGrainServices();
        });
        builder.ConfigureClient(client => client.Services.AddClusteringSerialization());
        await using var cluster = builder.Build();
        await cluster.DeployAsync(TestContext.Current.CancellationToken);
        for (var i = 0; i < 6; i++)
        {
            var receipt = await cluster.Client.GetGrain<IArticleGrain>($"stop-{i}").Submit(TestArticles.Unique($"stop-{i}", i % 2 == 0 ? "vark" : "brel", hour: i));
            receipt.Outcome.ShouldBe(IngestOutcome.Accepted);
        }

        await cluster.StopAllSilosAsync(TestContext.Current.CancellationToken);

        errors.Entries.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(true, DeactivationReasonCode.ShuttingDown, false, false)]
    [InlineData(true, DeactivationReasonCode.ShuttingDown, true, true)]
    [InlineData(true, DeactivationReasonCode.ActivationIdle, false, true)]
    [InlineData(false, DeactivationReasonCode.ShuttingDown, false, true)]
    public void a_write_at_deactivation_is_skipped_only_when_volatile_state_has_no_silo_left(bool writeBehind, DeactivationReasonCode code, bool anotherSiloActive, bool expected)
    {
        var self = SiloAddress.New(new IPEndPoint(IPAddress.Loopback, 11111), 1);
        var other = SiloAddress.New(new IPEndPoint(IPAddress.Loopback, 11112), 1);
        var members = ImmutableDictionary<SiloAddress, ClusterMember>.Empty
            .Add(self, new ClusterMember(self, SiloStatus.ShuttingDown, "self"))
            .Add(other, new ClusterMember(other, anotherSiloActive ? SiloStatus.Active : SiloStatus.Dead, "other"));
        var writes = new DeactivationWrites(
            Options.Create(new GrainPersistenceOptions { WriteBehind = writeBehind }),
            new FixedMembership(new ClusterMembershipSnapshot(members, new MembershipVersion(2))),
            new FixedSilo(self),
            new StoppingHost());

        writes.CanLand(new DeactivationReason(code, "test")).ShouldBe(expected);
        // A timer ticking while the silo stops is judged like a deactivation for shutdown.
        if (code == DeactivationReasonCode.ShuttingDown)
        {
            writes.CanLandNow.ShouldBe(expected);
        }
    }

    private sealed class ErrorLog : ILoggerProvider
    {
        public ConcurrentQueue<string> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    entries.Enqueue($"{category}: {formatter(state, exception)}");
                }
            }
        }
    }

    private sealed class FixedMembership(ClusterMembershipSnapshot snapshot) : IClusterMembershipService
    {
        public ClusterMembershipSnapshot CurrentSnapshot => snapshot;

        public IAsyncEnumerable<ClusterMembershipSnapshot> MembershipUpdates => throw new NotSupportedException();

        public ValueTask Refresh(MembershipVersion minimumVersion = default, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public Task<bool> TryKill(SiloAddress siloAddress) => Task.FromResult(false);
    }

    private sealed class StoppingHost : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping { get; } = new(canceled: true);

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }

    private sealed class FixedSilo(SiloAddress address) : ILocalSiloDetails
    {
        public string Name => "self";

        public string ClusterId => "test";

        public string DnsHostName => "localhost";

        public SiloAddress SiloAddress => address;

        public SiloAddress GatewayAddress => address;
    }
}
