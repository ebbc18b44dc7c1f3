using System.Text.Json.Serialization;
using Clustering.Core.Packs;
using Clustering.Grains;
using Clustering.Silo.Api;
using Clustering.Silo.Live;

namespace Clustering.Silo.Hosting;

/// <summary>
/// Builds the whole silo host. Kept out of Program.cs so tests and the CLI's replay can build the
/// same host with other settings (ports, storage) and not a look-alike.
/// </summary>
public static class ClusteringHost
{
    public const string DefaultUrl = "http://localhost:5080";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // Content (the board) is copied beside the binaries, so the host finds it from any working
        // directory: `dotnet run --project src/Clustering.Silo` from the repo root, tests, containers.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var options = builder.Configuration.GetSection(ClusteringOptions.Section).Get<ClusteringOptions>() ?? new ClusteringOptions();
        builder.Services.Configure<ClusteringOptions>(builder.Configuration.GetSection(ClusteringOptions.Section));
        // The reader's domain packs are process-wide: one configuration for every grain that reads.
        DomainPacks.Configure(ClusteringOptions.SplitList(options.DisabledPacks));
        builder.UseOrleans(silo => OrleansSetup.Configure(silo, options, builder.Configuration));
        builder.Services.AddClusteringGrainServices();
        builder.Services.AddTermStatisticsSharing();
        builder.Services.AddIndexWriteFlushing();
        // `Clustering:Assignment:IndexRetentionDays`, `…:MergeThreshold` and the like; the ranker itself ships in Core.
        builder.Services.Configure<Grains.Assignment.AssignmentOptions>(builder.Configuration.GetSection("Clustering:Assignment"));
        builder.AddClusteringTelemetry();
        // Orleans drains on stop: deactivates grains (the write-behind ones flush) and hands the
        // silo's directory over. Give it time to finish before the host gives up.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = options.ShutdownTimeout);

        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<Api.ClusterHealingHandler>();
        builder.Services.AddSingleton<ApiKeys>();
        builder.Services.AddClusteringRateLimits(options);
        var corsOrigins = ClusteringOptions.SplitList(options.CorsOrigins);
        if (corsOrigins.Length > 0)
        {
            // Closed by default: without configured origins no CORS header is sent, so only the
            // board served from this same origin can call the API and the hub.
            builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
                .WithOrigins(corsOrigins)
                .WithMethods("GET", "POST")
                .WithHeaders("Content-Type", "X-Api-Key", "Authorization", "X-Requested-With", "X-SignalR-User-Agent")
                .AllowCredentials()));
        }
        // JSON for browsers and the contract; MessagePack for .NET clients that ask for it (cheaper to parse).
        builder.Services.AddSignalR().AddMessagePackProtocol();
        builder.Services.AddSingleton<FeedBatcher>();
        builder.Services.AddSingleton<SiloStoryRelay>();
        builder.Services.AddHostedService(services => services.GetRequiredService<SiloStoryRelay>());
        builder.Services.AddHealthChecks()
            .AddCheck<OrleansReadinessCheck>("orleans", tags: ["ready"]);
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel =>
        {
            // The batch route raises this for itself; every other route keeps a small ceiling.
            kestrel.Limits.MaxRequestBodySize = Core.Articles.ArticleLimits.MaxArticleBytes + 4096;
        });

        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (corsOrigins.Length > 0)
        {
            app.UseCors();
        }
        app.UseApiKeys();
        if (RateLimits.Enabled(options))
        {
            app.UseRateLimiter();
        }
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapArticleEndpoints();
        app.MapStoryEndpoints();
        app.MapHealthEndpoints();
        app.MapHub<StoryHub>("/hubs/stories");
        return app;
    }
}
