using Kamaelia.Chassis;
using Kamaelia.Http.View;
using Kamaelia.Util;

namespace Kamaelia.Http.Tests.View;

/// <summary>
/// A system that keeps sending, on a scheduler thread of its own: a Pipeline of a Clock ticking every few
/// milliseconds, a Transformer formatting each tick, and a NullSink. Disposing asks it to shut down and waits.
/// </summary>
internal sealed class TickingSystem : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _run;

    public TickingSystem(TimeSpan? tick = null)
    {
        Clock = new Clock(tick ?? TimeSpan.FromMilliseconds(10));
        Format = new Transformer<long, string>(n => $"tick {n}");
        Sink = new NullSink();
        Pipeline = new Pipeline(Clock, Format, Sink);
        _run = Pipeline.RunAsync(Scheduler, _stop.Token);
    }

    public Scheduler Scheduler { get; } = new() { ShutdownGracePeriod = TimeSpan.FromSeconds(2) };

    public Clock Clock { get; }

    public Transformer<long, string> Format { get; }

    public NullSink Sink { get; }

    public Pipeline Pipeline { get; }

    /// <summary>Options of a live view that shows this system alone, sending a snapshot every <paramref name="interval"/>.</summary>
    public Action<KamaeliaViewOptions> ShownEvery(TimeSpan interval) => options =>
    {
        options.Schedulers = [Scheduler];
        options.Interval = interval;
    };

    /// <summary>Adds a component that sleeps until told to stop, on the system's thread; returns it once it is registered.</summary>
    public async Task<NullSink> AddIdleComponentAsync()
    {
        var idle = new NullSink();
        await Scheduler.InvokeAsync(() => idle.Activate(Scheduler)).WaitAsync(Limits.Wait);
        return idle;
    }

    /// <summary>Tells a component to stop, on the system's thread.</summary>
    public Task StopAsync(Component component) =>
        Scheduler.InvokeAsync(() => component.Deliver(new ShutdownMicroprocess(), "control")).WaitAsync(Limits.Wait);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _run.WaitAsync(Limits.Wait);
        _stop.Dispose();
    }
}
