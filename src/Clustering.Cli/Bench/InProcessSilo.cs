using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Clustering.Silo.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Clustering.Cli.Bench;

/// <summary>
/// The real server (ClusteringHost: silo, HTTP API, SignalR hub) started inside this process on free
/// ports, quiet, for the benchmarks that go over HTTP when no server is named.
/// </summary>
internal sealed class InProcessSilo : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InProcessSilo(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<InProcessSilo> Start(CancellationToken cancellationToken)
    {
        var app = ClusteringHost.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--Clustering:SiloPort", FreePort(), "--Clustering:GatewayPort", FreePort(),
            "--Logging:LogLevel:Default", "Error", "--Logging:LogLevel:Microsoft.Hosting.Lifetime", "Error",
            "--Logging:LogLevel:Orleans", "None", "--Logging:LogLevel:Polly", "None",
        ]);
        await app.StartAsync(cancellationToken);
        var listening = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new InProcessSilo(app, new Uri(listening.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    private static string FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);
    }
}
