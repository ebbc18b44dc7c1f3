using Clustering.Grains.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Clustering.Silo.Hosting;

/// <summary>
/// OpenTelemetry for every host that runs the engine (the silo, the CLI's in-process engine), in
/// the manner of eShop's ServiceDefaults: the "Clustering" source and meter, ASP.NET Core, HTTP
/// client, runtime and Orleans instrumentation, and OTLP export when OTEL_EXPORTER_OTLP_ENDPOINT
/// is set (protocol, headers and intervals from the standard OTEL_* variables).
/// </summary>
public static class Telemetry
{
    public static IHostApplicationBuilder AddClusteringTelemetry(this IHostApplicationBuilder builder, string serviceName = "clustering-silo")
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            // Hosts built without the default sources (the CLI's engine) still honour OTEL_* variables.
            var otel = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
                .Where(entry => entry.Key is string key && key.StartsWith("OTEL_", StringComparison.Ordinal))
                .Select(entry => KeyValuePair.Create((string)entry.Key, entry.Value as string));
            builder.Configuration.AddInMemoryCollection(otel);
        }
        var endpoint = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            // Nothing listens: leave the sources silent rather than collect for no one.
            return builder;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(
                serviceName: builder.Configuration["OTEL_SERVICE_NAME"] ?? serviceName,
                serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId))
            .WithTracing(tracing => tracing
                .AddSource(ClusteringDiagnostics.Name)
                .AddSource("Microsoft.Orleans.Runtime")
                .AddSource("Microsoft.Orleans.Application")
                .AddAspNetCoreInstrumentation(aspnet => aspnet.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(ClusteringDiagnostics.Name)
                .AddMeter("Microsoft.Orleans")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation())
            .UseOtlpExporter();
        return builder;
    }
}
