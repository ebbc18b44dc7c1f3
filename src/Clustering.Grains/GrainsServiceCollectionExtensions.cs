using Clustering.Abstractions.Serialization;
using Clustering.Core.Features;
using Clustering.Grains.Assignment;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Clustering.Grains;

public static class GrainsServiceCollectionExtensions
{
    /// <summary>The services the grains need, whatever host they run in (silo, test cluster, CLI replay).</summary>
    public static IServiceCollection AddClusteringGrainServices(this IServiceCollection services)
    {
        services.AddClusteringSerialization();
        services.AddOptions<AssignmentOptions>();
        services.AddSingleton<StoryAssigner>();
        services.AddSingleton<WorkAfterAnswers>();
        services.AddSingleton<DeactivationWrites>();
        services.AddSingleton(provider =>
        {
            var othersActive = OtherSilos.ActiveNow(
                provider.GetRequiredService<IClusterMembershipService>(), provider.GetRequiredService<ILocalSiloDetails>().SiloAddress);
            return new Index.PendingIndexWrites(() => !othersActive());
        });
        // One IDF table per silo, learned from the articles this silo reads.
        services.TryAddSingleton<TermStatistics>();
        services.TryAddSingleton(provider => new FeatureExtractor(provider.GetRequiredService<TermStatistics>()));
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>
    /// Shares the IDF counts with the cluster's other silos (Statistics/TermStatisticsSharing). The
    /// server's hosts add it; an in-process replay, one silo, leaves it out and stays deterministic.
    /// </summary>
    public static IServiceCollection AddTermStatisticsSharing(this IServiceCollection services)
    {
        services.TryAddSingleton<Statistics.TermStatisticsSharing>();
        services.AddHostedService(provider => provider.GetRequiredService<Statistics.TermStatisticsSharing>());
        return services;
    }

    /// <summary>
    /// Sends the silo's gathered index writes on a short period (Index/IndexWriteFlushing), so the other
    /// silos' lookups see them. The server's hosts add it, after Orleans, so it stops first and
    /// flushes while the silo still runs; an in-process replay leaves it out and stays deterministic.
    /// </summary>
    public static IServiceCollection AddIndexWriteFlushing(this IServiceCollection services)
    {
        services.AddHostedService<Index.IndexWriteFlushing>();
        return services;
    }
}
