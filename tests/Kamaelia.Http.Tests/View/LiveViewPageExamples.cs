using Kamaelia.Chassis;
using Kamaelia.Http.View;
using Kamaelia.Util;
using Microsoft.AspNetCore.Builder;

namespace Kamaelia.Http.Tests.View;

// docs/live-view.md quotes the code between each "// quoted:" line and the "// end" after it (as a program's top-level
// statements, after the usings of this file it needs); LiveViewPageTests checks that every C# block of the page is
// quoted from here exactly, so the page's code always compiles, and runs the examples that end by themselves.
internal static class LiveViewPageExamples
{
    public static async Task InAnAspNetCoreApplication(string[] args)
    {
        // quoted: in an application
        var builder = WebApplication.CreateBuilder(args);
        var app = builder.Build();
        app.MapKamaeliaView();   // the page at /kamaelia, its event stream at /kamaelia/events

        var ticks = new Pipeline(
            new Clock(TimeSpan.FromMilliseconds(100)),
            new Transformer<long, string>(n => $"tick {n}"),
            new NullSink());
        var system = ticks.RunAsync(app.Lifetime.ApplicationStopping);   // on a scheduler thread of its own

        await app.RunAsync();
        await system;
        // end
    }

    public static void ConfiguringTheView(WebApplication app, Scheduler scheduler)
    {
        // quoted: options
        app.MapKamaeliaView("/ops/graph", options =>
        {
            options.Interval = TimeSpan.FromSeconds(1);
            options.Schedulers = [scheduler];
        });
        // end
    }

    public static async Task TakingSnapshots(Scheduler scheduler)
    {
        // quoted: snapshots
        var source = new SystemSnapshotSource([scheduler]);
        var snapshot = await source.CaptureAsync();
        foreach (var component in snapshot.Components)
        {
            Console.WriteLine($"{component.Type} #{component.Id}: {component.Inboxes.Sum(b => b.Depth)} waiting");
        }
        // end
    }

    public static async Task OnItsOwn()
    {
        // quoted: on its own
        await using var view = await KamaeliaView.StartAsync();   // Kestrel on 127.0.0.1, any free port
        Console.WriteLine($"Live view: {view.Url}");

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, press) =>
        {
            press.Cancel = true;   // Ctrl+C shuts the system down instead of killing the process
            stop.Cancel();
        };

        await new Pipeline(
            new Clock(TimeSpan.FromMilliseconds(100)),
            new Transformer<long, string>(n => $"tick {n}"),
            new NullSink()).RunAsync(stop.Token);
        // end
    }
}
