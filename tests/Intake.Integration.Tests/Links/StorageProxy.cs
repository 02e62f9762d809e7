using System.Net;
using System.Net.Sockets;
using Intake.Local.Azurite;

namespace Intake.Integration.Tests.Links;

/// <summary>
/// Azurite behind three loopback TCP forwarders that a test can cut: a real storage outage, as a
/// host sees it (connections refused), without stopping the Azurite other tests share.
/// </summary>
internal sealed class StorageProxy : IAsyncDisposable
{
    private readonly List<TcpListener> listeners = [];
    private readonly List<TcpClient> open = [];
    private readonly CancellationTokenSource stop = new();

    private StorageProxy(int blob, int queue, int table)
    {
        foreach (var upstream in new[] { blob, queue, table })
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            listeners.Add(listener);
            _ = AcceptAsync(listener, upstream);
        }
    }

    public string ConnectionString => AzuriteProcess.ConnectionStringFor("127.0.0.1", Port(0), Port(1), Port(2));

    public static StorageProxy For(AzuriteProcess azurite) => new(azurite.BlobPort, azurite.QueuePort, azurite.TablePort);

    /// <summary>Stops listening and drops every open connection: from now on storage cannot be reached.</summary>
    public void Cut()
    {
        stop.Cancel();
        foreach (var listener in listeners)
        {
            listener.Stop();
        }

        lock (open)
        {
            foreach (var client in open)
            {
                client.Dispose();
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        stop.Dispose();
        return ValueTask.CompletedTask;
    }

    private int Port(int index) => ((IPEndPoint)listeners[index].LocalEndpoint).Port;

    private async Task AcceptAsync(TcpListener listener, int upstreamPort)
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient downstream;
            try
            {
                downstream = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ForwardAsync(downstream, upstreamPort);
        }
    }

    private async Task ForwardAsync(TcpClient downstream, int upstreamPort)
    {
        var upstream = new TcpClient();
        lock (open)
        {
            open.Add(downstream);
            open.Add(upstream);
        }

        try
        {
            await upstream.ConnectAsync(IPAddress.Loopback, upstreamPort, stop.Token);
            var a = downstream.GetStream();
            var b = upstream.GetStream();
            await Task.WhenAny(a.CopyToAsync(b, stop.Token), b.CopyToAsync(a, stop.Token));
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            // The proxy was cut or a side closed: the connection ends, as a real outage would end it.
        }
        finally
        {
            downstream.Dispose();
            upstream.Dispose();
        }
    }
}
