using System.Net;
using System.Net.Sockets;
using Clustering.Core.Features;
using Clustering.Core.Packs;
using Clustering.Grains;
using Clustering.Grains.Assignment;
using Clustering.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Clustering.Cli.Replay;

/// <summary>
/// A single silo inside the CLI process, with in-memory storage, running the very grains the
/// server runs: `cluster`, `eval` and `tune` measure the engine, not a model of it.
/// </summary>
internal sealed class InProcessEngine : IAsyncDisposable
{
    private readonly IHost _host;

    private InProcessEngine(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    /// <summary>The silo's services: `bench` reaches the assigner and the IDF table the grains use.</summary>
    public IServiceProvider Services => _host.Services;

    public static async Task<InProcessEngine> Start(
        AssignmentOptions? assignment = null, FeatureWeights? weights = null, IAssignmentRecorder? recorder = null, Action<IServiceCollection>? services = null)
    {
        // A replay reads with the packs the silo would (`Clustering__DisabledPacks`), so a pack's share can be measured.
        DomainPacks.Configure((Environment.GetEnvironmentVariable("Clustering__DisabledPacks") ?? string.Empty).Split(','));
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Orleans", LogLevel.Error);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(FreePort(), FreePort());
            silo.AddClusteringMemoryStorage();
        });
        if (weights is not null)
        {
            builder.Services.AddSingleton(provider => new FeatureExtractor(provider.GetRequiredService<TermStatistics>(), weights));
        }
        if (recorder is not null)
        {
            builder.Services.AddSingleton(recorder);
        }
        services?.Invoke(builder.Services);
        builder.Services.AddClusteringGrainServices();
        // One article at a time: the next is read and weighed while the last is absorbed (Assignment/WorkAfterAnswers).
        builder.Services.Configure<WorkAfterAnswersOptions>(options => options.Enabled = true);
        builder.AddClusteringTelemetry("clustering-cli");
        if (assignment is not null)
        {
            builder.Services.Configure<AssignmentOptions>(options => Copy(assignment, options));
        }
        var host = builder.Build();
        await host.StartAsync();
        return new InProcessEngine(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    private static void Copy(AssignmentOptions from, AssignmentOptions to)
    {
        to.Model = from.Model;
        to.QueryTerms = from.QueryTerms;
        to.Candidates = from.Candidates;
        to.IndexedTerms = from.IndexedTerms;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
