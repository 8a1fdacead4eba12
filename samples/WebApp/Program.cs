// A small web app whose every request flows through components: Kestrel takes the request, a handler graph made
// for it answers, and the response goes back as it is produced.
//   dotnet run --project samples/WebApp -- [--port 8080] [--view-port 8081]
// "--port 0" lets the system choose a free port; the first line printed gives the URL. With --view-port, the second
// line gives the address of the live view: the system's graph in a browser, handler graphs coming and going.
//   curl -d 'hello, components' http://127.0.0.1:8080/upper     → HELLO, COMPONENTS
//   curl http://127.0.0.1:8080/count?to=5                       → 1 to 5, one line each, streamed
using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using Axon;
using Kamaelia.Chassis;
using Kamaelia.Http;
using Kamaelia.Http.View;
using Kamaelia.Util;
using WebAppSample;

var port = 8080;
int? viewPort = null;
for (var index = 0; index < args.Length; index++)
{
    var value = index + 1 < args.Length ? args[index + 1] : null;
    switch (args[index])
    {
        case "--port" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var chosen) && chosen <= IPEndPoint.MaxPort:
            port = chosen;
            index++;
            break;
        case "--view-port" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var chosen) && chosen <= IPEndPoint.MaxPort:
            viewPort = chosen;
            index++;
            break;
        default:
            Console.Error.WriteLine("usage: WebApp [--port <0-65535>] [--view-port <0-65535>]");
            return 2;
    }
}

var routes = new HttpRoutes
{
    ["/upper"] = _ => Routes.Upper(),
    ["/count"] = request => Routes.Count(request),
    ["/"] = request => request.Path == "/" ? Routes.Index() : null,
};

// A request whose graph fails gets a 500; the others go on being served.
var scheduler = new Scheduler { Immortal = true };
HttpServer server;
KamaeliaView? view = null;
try
{
    server = new HttpServer(routes.Factory, new HttpServerOptions { Port = port });
    if (viewPort is { } chosenViewPort)
    {
        view = await KamaeliaView.StartAsync(chosenViewPort, options => options.Schedulers = [scheduler]);
    }
}
catch (IOException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 1;
}

await using (view)
await using (server)
using (PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop))
using (PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop))
{
    Console.WriteLine($"WebApp listening on {server.Url}; stop it with Ctrl+C.");
    if (view is not null)
    {
        Console.WriteLine($"Live view on {view.Url}");
    }

    // The server's outbox carries a report of each request whose graph failed: print them to standard error.
    await new Pipeline(
        server,
        new Transformer<HttpHandlerFault, string>(fault => $"request failed: {fault}\n"),
        new ConsoleEchoer(output: Console.Error)).RunAsync(scheduler);
}

Console.WriteLine($"Stopped; {server.FaultCount} requests failed.");
return 0;

// Dispose is safe from the signal's thread: it stops Kestrel and every component, so the run ends.
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    server.Dispose();
}
