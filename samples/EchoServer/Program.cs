// Kamaelia's echo server: every client gets back what it sends, each served by its own EchoProtocol component.
//   dotnet run --project samples/EchoServer -- [--port 1601] [--address 127.0.0.1]
// "--port 0" lets the system choose a free port; the first line printed says which.
using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using Axon;
using EchoServerSample;
using Kamaelia.Internet;

var port = 1601;
var address = IPAddress.Loopback;
for (var index = 0; index < args.Length; index++)
{
    var value = index + 1 < args.Length ? args[index + 1] : null;
    switch (args[index])
    {
        case "--port" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var chosen) && chosen <= IPEndPoint.MaxPort:
            port = chosen;
            index++;
            break;
        case "--address" when IPAddress.TryParse(value, out var chosen):
            address = chosen;
            index++;
            break;
        default:
            Console.Error.WriteLine("usage: EchoServer [--port <0-65535>] [--address <ip>]");
            return 2;
    }
}

SimpleServer server;
try
{
    server = new SimpleServer(() => new EchoProtocol(), new ServerOptions { Address = address, Port = port });
}
catch (IOException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 1;
}

// A misbehaving connection must not take the others down: a fault stops only the component that failed.
var scheduler = new Scheduler { Immortal = true };
using (server)
using (PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop))
using (PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop))
{
    Console.WriteLine($"Echo server listening on {server.LocalEndPoint}; stop it with Ctrl+C.");
    server.Run(scheduler);
}

Console.WriteLine($"Stopped after {server.AcceptedConnections} connections.");
return 0;

// Dispose is safe from the signal's thread: it closes every socket and stops every component, so Run returns.
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    server.Dispose();
}
