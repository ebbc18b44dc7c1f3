using System.Net;
using System.Net.Sockets;

namespace Clustering.Cluster.Tests;

/// <summary>
/// A TCP pass-through on loopback, as a load balancer in front of the silos: each connection goes
/// to the first backend (in the given order) that accepts it, so a client whose silo stops
/// reconnects to the next one. Sticky by order, so SignalR's negotiation and its WebSocket land on
/// the same silo.
/// </summary>
internal sealed class LoopbackProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<IReadOnlyList<Uri>> _backends;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public LoopbackProxy(Func<IReadOnlyList<Uri>> backends)
    {
        _backends = backends;
        _listener.Start();
        Address = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _accepting = Accept();
    }

    public Uri Address { get; }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }

    private async Task Accept()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            _ = Serve(client);
        }
    }

    private async Task Serve(TcpClient client)
    {
        using (client)
        {
            using var backend = await ConnectToFirstLive();
            if (backend is null)
            {
                return;
            }
            var front = client.GetStream();
            var back = backend.GetStream();
            // When either side closes (a silo stopping), both go: the client sees its connection end.
            await Task.WhenAny(Pump(front, back), Pump(back, front));
        }
    }

    private async Task Pump(Stream from, Stream to)
    {
        try
        {
            await from.CopyToAsync(to, _stop.Token);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
        {
        }
    }

    private async Task<TcpClient?> ConnectToFirstLive()
    {
        foreach (var backend in _backends())
        {
            var tcp = new TcpClient();
            try
            {
                await tcp.ConnectAsync(backend.Host, backend.Port, _stop.Token);
                return tcp;
            }
            catch (Exception ex) when (ex is SocketException or OperationCanceledException)
            {
                tcp.Dispose();
            }
        }
        return null;
    }
}
