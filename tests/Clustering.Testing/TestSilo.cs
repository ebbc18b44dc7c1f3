using Clustering.Client;
using Clustering.Silo.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Clustering.Testing;

/// <summary>
/// The real silo host (Kestrel, Orleans, SignalR) on free loopback ports, in the test process.
/// Not a look-alike: it is built by the same ClusteringHost.Build the engine's Program uses.
/// </summary>
public sealed class TestSilo : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestSilo(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Http = new HttpClient { BaseAddress = address };
        Client = new ClusteringHttpClient(Http);
    }

    public Uri Address { get; }

    public HttpClient Http { get; }

    public ClusteringHttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<TestSilo> Start(params string[] extraArgs)
    {
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            "--Clustering:SiloPort", FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--Clustering:GatewayPort", FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--Logging:LogLevel:Default", "Warning",
            .. extraArgs,
        ];
        var app = ClusteringHost.Build(args);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestSilo(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public StoryHubClient CreateHubClient() => new(Address);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
