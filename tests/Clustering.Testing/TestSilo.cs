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

    private TestSilo(WebApplication app, Uri address, int siloPort)
    {
        _app = app;
        Address = address;
        SiloPort = siloPort;
        Http = new HttpClient { BaseAddress = address };
        Client = new ClusteringHttpClient(Http);
    }

    public Uri Address { get; }

    /// <summary>This silo's Orleans silo-to-silo port (a second silo joins through it).</summary>
    public int SiloPort { get; }

    public HttpClient Http { get; }

    public ClusteringHttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static Task<TestSilo> Start(params string[] extraArgs) => StartSilo(FreePorts.Next(), extraArgs);

    /// <summary>
    /// A second silo of the same cluster, joined to <paramref name="primary"/> through its silo port
    /// (Clustering:PrimarySiloPort), with its own HTTP API and hub: grains live on either silo.
    /// </summary>
    /// <summary>Starts a primary and a silo joined to it, and waits until the primary sees both active.</summary>
    public static async Task<(TestSilo A, TestSilo B)> StartPair()
    {
        var a = await Start();
        var b = await StartJoining(a);
        var membership = a.Services.GetRequiredService<Orleans.Runtime.IClusterMembershipService>();
        await Eventually.True(
            () => membership.CurrentSnapshot.Members.Values.Count(member => member.Status == Orleans.Runtime.SiloStatus.Active) == 2,
            "silo A sees silo B active in its cluster");
        return (a, b);
    }

    public static Task<TestSilo> StartJoining(TestSilo primary, params string[] extraArgs) =>
        StartSilo(FreePorts.Next(), ["--Clustering:PrimarySiloPort", primary.SiloPort.ToString(System.Globalization.CultureInfo.InvariantCulture), .. extraArgs]);

    private static async Task<TestSilo> StartSilo(int siloPort, string[] extraArgs)
    {
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            "--Clustering:SiloPort", siloPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--Clustering:GatewayPort", FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--Logging:LogLevel:Default", "Warning",
            .. extraArgs,
        ];
        var app = ClusteringHost.Build(args);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestSilo(app, new Uri(address.TrimEnd('/') + "/"), siloPort);
    }

    public StoryHubClient CreateHubClient() => new(Address);

    private int _disposed;

    /// <summary>Stops the silo; a second call does nothing (a test may stop it early on purpose).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>Disposes a pair of silos, the joined one first.</summary>
public sealed record SiloPair(TestSilo A, TestSilo B) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
    }
}
