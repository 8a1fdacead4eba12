namespace Axon;

/// <summary>
/// Runs a scheduler on a background thread, so ordinary code (a console program, a web request, a test) can
/// activate components and talk to them through <see cref="Handle"/>s. Unlike Axon's, it keeps running when
/// no component is left, until it is disposed.
/// </summary>
public sealed class Background : IDisposable
{
    private readonly Thread _thread;
    private Exception? _fault;

    /// <summary>Creates the runner for a scheduler (a new one if none is given). Call <see cref="Start"/>.</summary>
    public Background(Scheduler? scheduler = null)
    {
        Scheduler = scheduler ?? new Scheduler();
        _thread = new Thread(RunScheduler) { IsBackground = true, Name = "Axon scheduler" };
    }

    /// <summary>The scheduler this runner drives.</summary>
    public Scheduler Scheduler { get; }

    /// <summary>The exception that ended the scheduler, if one did (a component fault when not immortal).</summary>
    public Exception? Fault => Volatile.Read(ref _fault);

    /// <summary>True while the scheduler's thread runs.</summary>
    public bool IsRunning => _thread.IsAlive;

    /// <summary>Starts the scheduler's thread.</summary>
    public Background Start()
    {
        _thread.Start();
        return this;
    }

    /// <summary>Activates a component on this runner's scheduler.</summary>
    public T Activate<T>(T component)
        where T : Component
    {
        ArgumentNullException.ThrowIfNull(component);
        component.Activate(Scheduler);
        return component;
    }

    /// <summary>Stops the scheduler (components still running are stopped) and waits for its thread.</summary>
    public void Dispose()
    {
        Scheduler.Stop();
        if (_thread.IsAlive)
        {
            _thread.Join();
        }
    }

    private void RunScheduler()
    {
        try
        {
            Scheduler.RunLoop(keepAlive: true);
        }
        catch (Exception exception)
        {
            Volatile.Write(ref _fault, exception);
        }
    }
}
