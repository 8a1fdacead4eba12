using System.Diagnostics;

namespace Axon;

/// <summary>
/// Runs components cooperatively, Axon's way: in each pass every awake component runs one step, in round-robin
/// order; pause requests and then wake requests are applied at the end of the pass, so a wake always wins.
/// Sleeping components cost nothing; when every component sleeps, <see cref="Run"/> blocks until a wake comes
/// from another thread.
/// </summary>
public sealed class Scheduler
{
    private static readonly Lazy<Scheduler> s_default = new(() => new Scheduler());

    [ThreadStatic]
    private static Scheduler? t_current;

    private readonly object _gate = new();
    private readonly HashSet<Component> _registered = [];
    private readonly List<Component> _localPauses = [];
    private readonly List<WakeRequest> _localWakes = [];
    private readonly List<WakeRequest> _remoteWakes = [];
    private readonly List<Component> _remotePauses = [];
    private readonly List<ComponentFault> _faults = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private List<Component> _runQueue = [];
    private List<Component> _nextQueue = [];
    private int _runningThreadId = -1;
    private volatile bool _stopRequested;

    // Set (under _gate) when another thread queues a wake or a pause; lets a pass skip the lock when none did.
    private volatile bool _remoteRequestsPending;
    private bool _stoppedInLastPass;
    private ComponentFault? _fatalFault;

    /// <summary>The process-wide scheduler used when none is given, as Axon's <c>scheduler.run</c>.</summary>
    public static Scheduler Default => s_default.Value;

    /// <summary>The scheduler running a pass on this thread, or null.</summary>
    public static Scheduler? Current => t_current;

    /// <summary>
    /// When true, a component that throws is stopped and reported in <see cref="Faults"/> while the rest keep
    /// running; when false (the default), the whole system stops and <see cref="Run"/> throws.
    /// </summary>
    public bool Immortal { get; set; }

    /// <summary>When true, sending on an outbox linked to nothing throws <see cref="UnlinkedOutboxException"/>.</summary>
    public bool Strict { get; set; }

    /// <summary>How many passes have run.</summary>
    public long PassCount { get; private set; }

    /// <summary>The time at the start of the current pass, since the scheduler was created: a cheap clock.</summary>
    public TimeSpan Time { get; private set; }

    /// <summary>The faults seen so far.</summary>
    public IReadOnlyList<ComponentFault> Faults
    {
        get
        {
            lock (_gate)
            {
                return [.. _faults];
            }
        }
    }

    /// <summary>Raised on the scheduler's thread when a component throws.</summary>
    public event EventHandler<ComponentFault>? ComponentFaulted;

    /// <summary>Every component registered with the scheduler, awake or asleep.</summary>
    public IReadOnlyList<Component> Components
    {
        get
        {
            lock (_gate)
            {
                return [.. _registered];
            }
        }
    }

    /// <summary>How many components are registered.</summary>
    public int ComponentCount
    {
        get
        {
            lock (_gate)
            {
                return _registered.Count;
            }
        }
    }

    /// <summary>True while at least one registered component is awake (or a request is pending).</summary>
    public bool HasRunnableComponents
    {
        get
        {
            lock (_gate)
            {
                return _runQueue.Exists(c => c.State == SchedulingState.Active) || _remoteWakes.Count > 0;
            }
        }
    }

    /// <summary>
    /// Runs passes until no component remains. While every component sleeps it blocks (no busy wait) until a
    /// wake arrives from another thread. If a component threw and the scheduler is not <see cref="Immortal"/>,
    /// everything is stopped and <see cref="ComponentFaultedException"/> is thrown.
    /// </summary>
    public void Run() => RunLoop(keepAlive: false);

    /// <summary>Runs passes until none remains (or, with <paramref name="keepAlive"/>, until stopped).</summary>
    internal void RunLoop(bool keepAlive)
    {
        while (true)
        {
            var more = RunPass();
            if (_stoppedInLastPass || (!more && !keepAlive))
            {
                return;
            }

            WaitWhileIdle();
        }
    }

    /// <summary>
    /// Runs one pass: every awake component one step, then the pauses and wakes requested. Never blocks.
    /// Returns true while components remain registered. After <see cref="Stop"/> the pass stops every component
    /// and returns false. If a component threw and the scheduler is not <see cref="Immortal"/>, the pass ends at
    /// once, everything is stopped, and <see cref="ComponentFaultedException"/> is thrown.
    /// </summary>
    public bool RunPass()
    {
        var thread = Environment.CurrentManagedThreadId;
        var running = Interlocked.CompareExchange(ref _runningThreadId, thread, -1);
        if (running != -1)
        {
            throw new InvalidOperationException(running == thread
                ? "The scheduler is already running a pass on this thread: a component cannot run its own scheduler."
                : "The scheduler is already running on another thread.");
        }

        var previous = t_current;
        t_current = this;
        try
        {
            _stoppedInLastPass = false;
            Time = _clock.Elapsed;
            ApplyRequests(_runQueue);
            foreach (var component in _runQueue)
            {
                RunOne(component);
                if (_fatalFault is not null)
                {
                    // Axon's default: a fault ends the system at once; the rest of the pass does not run.
                    break;
                }
            }

            _runQueue.Clear();
            (_runQueue, _nextQueue) = (_nextQueue, _runQueue);
            PassCount++;
            ApplyRequests(_runQueue);

            if (_fatalFault is { } fault)
            {
                _fatalFault = null;
                StopAll();
                throw new ComponentFaultedException(fault.Component, fault.Exception);
            }

            if (_stopRequested && StopWasRequested(clear: true))
            {
                StopAll();
                _stoppedInLastPass = true;
                return false;
            }

            // Only this thread changes the set of registered components, so it reads the count without the lock.
            return _registered.Count > 0;
        }
        finally
        {
            t_current = previous;
            Volatile.Write(ref _runningThreadId, -1);
        }
    }

    /// <summary>
    /// Asks the scheduler to stop after the current pass: every component still registered is stopped without
    /// its close-down. Safe from any thread.
    /// </summary>
    public void Stop()
    {
        lock (_gate)
        {
            _stopRequested = true;
            Monitor.PulseAll(_gate);
        }
    }

    internal void Add(Component component) => Request(component, canActivate: true);

    internal void RequestWake(Component component) => Request(component, canActivate: false);

    internal void RequestPause(Component component)
    {
        if (Environment.CurrentManagedThreadId == _runningThreadId)
        {
            if (!component.PauseRequested)
            {
                component.PauseRequested = true;
                _localPauses.Add(component);
            }

            return;
        }

        lock (_gate)
        {
            _remotePauses.Add(component);
            _remoteRequestsPending = true;
        }
    }

    private void Request(Component component, bool canActivate)
    {
        if (Environment.CurrentManagedThreadId == _runningThreadId)
        {
            if (!component.WakeQueued || canActivate)
            {
                component.WakeQueued = true;
                _localWakes.Add(new WakeRequest(component, canActivate));
            }

            return;
        }

        lock (_gate)
        {
            _remoteWakes.Add(new WakeRequest(component, canActivate));
            _remoteRequestsPending = true;
            Monitor.PulseAll(_gate);
        }
    }

    private void RunOne(Component component)
    {
        switch (component.State)
        {
            case SchedulingState.GoingToSleep or SchedulingState.Sleeping:
                // A pause took effect: drop the entry; a wake re-queues it.
                component.State = SchedulingState.Sleeping;
                return;
            case SchedulingState.Unregistered:
                return;
        }

        bool alive;
        try
        {
            alive = component.RunStep();
        }
        catch (Exception exception)
        {
            Fault(component, exception);
            return;
        }

        if (alive)
        {
            _nextQueue.Add(component);
        }
        else
        {
            Finish(component);
        }
    }

    private void Finish(Component component)
    {
        Unregister(component);
        try
        {
            component.CloseDown();
        }
        catch (Exception exception)
        {
            Fault(component, exception);
        }
    }

    private void Fault(Component component, Exception exception)
    {
        var fault = new ComponentFault(component, exception);
        lock (_gate)
        {
            _faults.Add(fault);
        }

        Unregister(component);
        try
        {
            component.CloseDown();
        }
        catch (Exception closeDownException)
        {
            lock (_gate)
            {
                _faults.Add(new ComponentFault(component, closeDownException));
            }
        }

        if (!Immortal)
        {
            _fatalFault ??= fault;
        }

        ComponentFaulted?.Invoke(this, fault);
    }

    private void Unregister(Component component)
    {
        lock (_gate)
        {
            _registered.Remove(component);
        }

        component.State = SchedulingState.Unregistered;
        component.PauseRequested = false;
    }

    /// <summary>Pauses first, then wakes, so that a wake requested in the same pass wins.</summary>
    private void ApplyRequests(List<Component> queue)
    {
        if (_remoteRequestsPending)
        {
            lock (_gate)
            {
                _localPauses.AddRange(_remotePauses);
                _remotePauses.Clear();
                _localWakes.AddRange(_remoteWakes);
                _remoteWakes.Clear();
                _remoteRequestsPending = false;
            }
        }

        foreach (var component in _localPauses)
        {
            component.PauseRequested = false;
            if (component.State == SchedulingState.Active)
            {
                component.State = SchedulingState.GoingToSleep;
            }
        }

        _localPauses.Clear();

        foreach (var (component, canActivate) in _localWakes)
        {
            component.WakeQueued = false;
            switch (component.State)
            {
                case SchedulingState.Sleeping:
                    component.State = SchedulingState.Active;
                    queue.Add(component);
                    break;
                case SchedulingState.GoingToSleep:
                    component.State = SchedulingState.Active;
                    break;
                case SchedulingState.Unregistered when canActivate && !component.IsStopped:
                    lock (_gate)
                    {
                        _registered.Add(component);
                    }

                    component.State = SchedulingState.Active;
                    queue.Add(component);
                    break;
            }
        }

        _localWakes.Clear();
    }

    private void WaitWhileIdle()
    {
        lock (_gate)
        {
            while (!_stopRequested && _remoteWakes.Count == 0 && _remotePauses.Count == 0 && !_runQueue.Exists(c => c.State != SchedulingState.Sleeping))
            {
                Monitor.Wait(_gate);
            }
        }
    }

    private bool StopWasRequested(bool clear)
    {
        lock (_gate)
        {
            var requested = _stopRequested;
            if (clear)
            {
                _stopRequested = false;
            }

            return requested;
        }
    }

    private void StopAll()
    {
        Component[] remaining;
        lock (_gate)
        {
            remaining = [.. _registered];
            _registered.Clear();
        }

        foreach (var component in remaining)
        {
            component.MarkStopped();
        }

        _runQueue.Clear();
        _nextQueue.Clear();
    }

    private readonly record struct WakeRequest(Component Component, bool CanActivate);
}
