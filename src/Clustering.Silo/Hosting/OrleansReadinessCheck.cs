using Clustering.Abstractions.Stories;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Clustering.Silo.Hosting;

/// <summary>Ready means a grain call round-trips: the silo has joined and its storage answers.</summary>
internal sealed class OrleansReadinessCheck(IGrainFactory grains) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await grains.GetGrain<IStoryDirectoryGrain>(0).List(1, null).WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("the silo did not answer a grain call", ex);
        }
    }
}
