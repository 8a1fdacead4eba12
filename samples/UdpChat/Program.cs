// A UDP chat on one line of components: what you type goes to the other peer, what it sends is printed with
// where it came from.
//   dotnet run --project samples/UdpChat -- --port 5001 --to 127.0.0.1:5002
//   dotnet run --project samples/UdpChat -- --port 5002 --to 127.0.0.1:5001
// The first line printed says which address the chat listens on ("--port 0" lets the system choose).
// The end of the input (Ctrl+D, or the end of a redirected file) sends what is left and stops.
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Axon;
using Kamaelia.Chassis;
using Kamaelia.Internet.Udp;
using Kamaelia.Util;
using UdpChatSample;

var port = 0;
IPEndPoint? other = null;
var understood = true;
for (var index = 0; index < args.Length && understood; index++)
{
    var value = index + 1 < args.Length ? args[index + 1] : null;
    switch (args[index])
    {
        case "--port" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var chosen) && chosen <= IPEndPoint.MaxPort:
            port = chosen;
            index++;
            break;
        case "--to" when IPEndPoint.TryParse(value ?? string.Empty, out var chosen) && chosen.Port != 0:
            other = chosen;
            index++;
            break;
        default:
            understood = false;
            break;
    }
}

if (!understood || other is null)
{
    Console.Error.WriteLine("usage: UdpChat --to <ip:port> [--port <0-65535>]");
    return 2;
}

SimplePeer peer;
try
{
    // Loopback only: the chat listens on the same family of address as the peer it talks to.
    var local = other.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Loopback : IPAddress.Loopback;
    peer = new SimplePeer(other, new IPEndPoint(local, port));
}
catch (Exception exception) when (exception is IOException or ArgumentException)
{
    Console.Error.WriteLine(exception.Message);
    return 1;
}

Console.WriteLine($"UDP chat on {peer.LocalEndPoint}, talking to {other}; type lines, end with Ctrl+D.");
using (peer)
{
    new Pipeline(
        new ConsoleReader(prompt: string.Empty, eol: string.Empty),
        new PureTransformer<string, byte[]>(Encoding.UTF8.GetBytes),
        peer,
        new PureTransformer<Datagram, string>(ChatLine.Of),
        new ConsoleEchoer()).Run(new Scheduler());
}

return 0;
