using System.Net;
using System.Net.Sockets;

namespace Kamaelia.Tests.Internet;

/// <summary>The other end of a connection, as plain .NET sockets, with every wait bounded.</summary>
internal static class Peer
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    public static async Task<TcpClient> ConnectAsync(int port)
    {
        var client = new TcpClient(AddressFamily.InterNetwork);
        using var timeout = new CancellationTokenSource(Bound);
        await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
        return client;
    }

    public static async Task<byte[]> ReadExactlyAsync(TcpClient client, int count)
    {
        var buffer = new byte[count];
        using var timeout = new CancellationTokenSource(Bound);
        await client.GetStream().ReadExactlyAsync(buffer, timeout.Token);
        return buffer;
    }

    public static Task<byte[]> ReadToEndAsync(TcpClient client) => ReadToEndAsync(client.GetStream());

    public static async Task<byte[]> ReadToEndAsync(Stream stream)
    {
        using var timeout = new CancellationTokenSource(Bound);
        using var all = new MemoryStream();
        await stream.CopyToAsync(all, timeout.Token);
        return all.ToArray();
    }

    /// <summary>True when the other end has closed (the end of the stream) or reset the connection.</summary>
    public static async Task<bool> IsClosedByOtherEndAsync(TcpClient client)
    {
        using var timeout = new CancellationTokenSource(Bound);
        try
        {
            var buffer = new byte[1024];
            while (true)
            {
                if (await client.GetStream().ReadAsync(buffer, timeout.Token) == 0)
                {
                    return true;
                }
            }
        }
        catch (IOException exception) when (exception.InnerException is SocketException)
        {
            return true;
        }
    }

    public static byte[] Payload(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
