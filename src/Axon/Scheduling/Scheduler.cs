using System.Collections.Concurrent;
using System.Diagnostics;

namespace Axon;

/// <summary>
/// Runs components cooperatively, Axon's way: in each pass every awake component runs one step, in round-robin
/// order; pause requests and then wake requests are applied at the end of the pass, so a wake always wins.
/// Sleeping components cost nothing; when every component sleeps, <see cref="Run"/> blocks until a wake comes
/// from another thread.
/// </summary>
/// <remarks>
/// A pause or wake of a component that is in the run queue, asked for on the scheduler's thread during a pass, is a
/// flag on the component (<see cref="PassRequests"/>), resolved at the end of the pass by one walk of the run
/// queue; only wakes that put a component back into the queue take a list entry, in order. The scheduler is bound
/// to the thread that runs its passes (<see cref="PassThreadClaim"/>), so a pass takes no lock, no interlocked
/// operation and no thread-id look-up.
/// </remarks>
public sealed class Scheduler
{
    private static readonly Lazy<Scheduler> s_default = new(() => new Scheduler());

    private readonly object _gate = new();
    private readonly PassThreadClaim _claim;
    // Every registered component in the first _registeredCount entries, each knowing its slot, so that adding
    // and removing are constant time without a hash set's per-entry overhead.
    private Component[] _registered = new Component[8];
    private int _registeredCount;
    // Wakes asked for on the scheduler's thread during a pass that put a component (back) into the run queue.
    private readonly PassList<WakeRequest> _localWakes = new();
    private readonly PassList<WakeRequest> _remoteWakes = new();
    private readonly PassList<Component> _remotePauses = new();

    // Inboxes with several producers that woke them all in this pass, and skip them for the rest of it.
    private readonly PassList<Box> _inboxesThatWokeEveryProducer = new();
    private readonly List<ComponentFault> _faults = [];

    private TimeProvider _timeProvider = TimeProvider.System;
    private long _startTimestamp = TimeProvider.System.GetTimestamp();
    // Work handed over by other threads, run on the scheduler's thread at the start of the next pass.
    private readonly ConcurrentQueue<Action> _posted = new();
    private volatile bool _postedPending;
    private TimeSpan _shutdownGracePeriod = TimeSpan.FromSeconds(5);
    // The components to step in the next pass. A pass compacts it in place, keeping those still awake in order.
    private readonly PassList<Component> _runQueue = new();
    // Set when a component in the run queue was flagged outside the steps of a pass (by a request between passes, or
    // work posted from another thread): the start of the pass walks the queue. The end of every pass walks it anyway,
    // so that a component's own steps set their flags with no more than a store (Component.Pause, message wakes).
    private bool _requestsFlagged;
    private volatile bool _stopRequested;

    // True while a pass runs; written only by the thread running it, after entering and before leaving the claim.
    private bool _inPass;

    // Where the step loop of a pass stands (the entry being stepped, and how many entries it has kept before it), so
    // that a step that throws can be faulted and the loop resumed after it; and how many steps of the pass ended
    // their component, so that kept + ended is the pass's step count without a counter in the loop.
    private int _stepIndex;
    private int _stepKept;
    private int _endedInPass;

    // Set (under _gate) when another thread queues a wake or a pause; lets a pass skip the lock when none did.
    private volatile bool _remoteRequestsPending;
    private bool _stoppedInLastPass;

    // In a group: the links written to in this pass, whose receivers hear of it once at its end.
    private readonly PassList<SchedulerChannel> _channelsToSignal = new();

    // In a group: counts (under _gate) every request, post and registration, so that the group can tell that no
    // scheduler received work between two looks (see SchedulerGroup); and whether the run loop waits with no
    // component registered.
    private long _activity;
    private bool _waitingEmpty;
    private TimeSpan _time;
    private bool _timeReadInPass;
    private ComponentFault? _fatalFault;

    /// <summary>The process-wide scheduler used when none is given, as Axon's <c>scheduler.run</c>.</summary>
    public static Scheduler Default => s_default.Value;

    /// <summary>Creates a scheduler with no component.</summary>
    public Scheduler()
    {
        _claim = new PassThreadClaim(this);
        LiveSchedulers.Add(this);
    }

    /// <summary>Creates a scheduler of a group.</summary>
    internal Scheduler(SchedulerGroup group, int index)
        : this()
    {
        Group = group;
        GroupIndex = index;
    }

    /// <summary>The scheduler running a pass on this thread, or null.</summary>
    public static Scheduler? Current => PassThreadClaim.Current;

    /// <summary>The <see cref="SchedulerGroup"/> this scheduler belongs to, or null for a scheduler on its own.</summary>
    public SchedulerGroup? Group { get; }

    /// <summary>The scheduler's index in its <see cref="Group"/> (0 for a scheduler on its own).</summary>
    public int GroupIndex { get; }

    /// <summary>
    /// True while a pass runs, on whichever thread: enough for the operations that belong to the scheduler's thread
    /// by contract (a box's send and receive), which therefore need not ask which thread this is.
    /// </summary>
    internal bool InPass => _inPass;

    /// <summary>
    /// True on the thread running a pass now. (While another thread tries, and fails, to take the scheduler over, a
    /// request from the pass's thread is queued as if from outside: it is still applied at the end of the pass.)
    /// </summary>
    private bool IsPassThread => _inPass && _claim.IsBoundToThisThread;

    /// <summary>
    /// When true, a component that throws is stopped and reported in <see cref="Faults"/> while the rest keep
    /// running; when false (the default), the whole system stops and <see cref="Run"/> throws.
    /// </summary>
    public bool Immortal { get; set; }

    /// <summary>When true, sending on an outbox linked to nothing throws <see cref="UnlinkedOutboxException"/>.</summary>
    public bool Strict { get; set; }

    /// <summary>How many passes have run.</summary>
    public long PassCount { get; private set; }

    /// <summary>
    /// Where the scheduler, and every component on it that is not given one of its own, reads the time and makes
    /// its timers: <see cref="TimeProvider.System"/> unless set. Tests set a fake one to control time.
    /// </summary>
    public TimeProvider TimeProvider
    {
        get => _timeProvider;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _timeProvider = value;
            _startTimestamp = value.GetTimestamp();
        }
    }

    /// <summary>
    /// How long <see cref="RunAsync(CancellationToken)"/> (and <see cref="Component.RunAsync(CancellationToken)"/>) waits, once
    /// cancelled, for the components told to stop to end before it stops the scheduler (5 seconds by default;
    /// <see cref="Timeout.InfiniteTimeSpan"/> waits for ever). Timed with <see cref="TimeProvider"/>.
    /// </summary>
    public TimeSpan ShutdownGracePeriod
    {
        get => _shutdownGracePeriod;
        set
        {
            if (value < TimeSpan.Zero && value != Timeout.InfiniteTimeSpan)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The grace period cannot be negative (use Timeout.InfiniteTimeSpan to wait for ever).");
            }

            _shutdownGracePeriod = value;
        }
    }

    /// <summary>
    /// The scheduler's clock, since the scheduler was created, read from <see cref="TimeProvider"/>: read once per
    /// pass, when first asked for, so that every reading in one pass agrees and a pass that does not ask does not
    /// read the clock.
    /// </summary>
    public TimeSpan Time
    {
        get
        {
            if (!_timeReadInPass)
            {
                _time = _timeProvider.GetElapsedTime(_startTimestamp);
                _timeReadInPass = true;
            }

            return _time;
        }
    }

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
                return _registered.AsSpan(0, _registeredCount).ToArray();
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
                return _registeredCount;
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

            // After a pass the run queue holds only components that are awake or still going to sleep (each needs
            // another pass); only an empty one may mean there is nothing to do.
            if (_runQueue.Count == 0)
            {
                WaitWhileIdle();
            }
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
        var entry = _claim.Enter();
        _inPass = true;
        try
        {
            _stoppedInLastPass = false;
            _timeReadInPass = false;
            if (_postedPending)
            {
                RunPosted();
            }

            ApplyRequests(endOfPass: false);
            if ((PassCount & (Telemetry.PassesBetweenObservations - 1)) == 0)
            {
                Telemetry.ObserveListeners();
            }

            if (Telemetry.PassesObserved)
            {
                StepEveryAwakeComponentTimed();
            }
            else
            {
                StepEveryAwakeComponent();
            }

            PassCount++;
            if (_channelsToSignal.Count > 0)
            {
                SignalChannels();
            }

            if (_inboxesThatWokeEveryProducer.Count > 0)
            {
                ForgetProducerWakesOfPass();
            }

            ApplyRequests(endOfPass: true);
            if (_runQueue.Count == 0)
            {
                TrimIdleLists();
            }

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
            return _registeredCount > 0;
        }
        finally
        {
            _inPass = false;
            _claim.Exit(entry);
        }
    }

    /// <summary>
    /// Steps each awake component in the run queue once, in order, compacting the queue in place: an entry whose
    /// pause took effect is dropped (a wake re-queues it), as is one that ended. A step that throws faults its
    /// component, and the loop resumes with the next one.
    /// </summary>
    private void StepEveryAwakeComponent()
    {
        (_stepIndex, _stepKept, _endedInPass) = (0, 0, 0);
        while (true)
        {
            try
            {
                StepFromIndex();
                break;
            }
            catch (Exception exception)
            {
                var faulty = _runQueue[_stepIndex];
                faulty.IsStepping = false;
                Fault(faulty, exception);
                _stepIndex++;
                _endedInPass++;
                if (_fatalFault is not null)
                {
                    // Axon's default: a fault ends the system at once; the rest of the pass does not run.
                    break;
                }
            }
        }

        _runQueue.Truncate(_stepKept);
    }

    /// <summary>
    /// <see cref="StepEveryAwakeComponent"/> for a pass someone measures: its duration and how many steps it ran
    /// (every step either kept its component in the run queue or ended it).
    /// </summary>
    private void StepEveryAwakeComponentTimed()
    {
        var start = Stopwatch.GetTimestamp();
        StepEveryAwakeComponent();
        Telemetry.RecordPass(start, _stepKept + _endedInPass);
    }

    /// <summary>
    /// The loop of <see cref="StepEveryAwakeComponent"/> from <see cref="_stepIndex"/>, with no protected region of
    /// its own so that its counters stay in registers; before each step it notes where it is, for a step that throws.
    /// </summary>
    private void StepFromIndex()
    {
        var runQueue = _runQueue;
        var count = runQueue.Count;
        var kept = _stepKept;
        for (var i = _stepIndex; i < count; i++)
        {
            var component = runQueue[i];
            if (component.State != SchedulingState.Active)
            {
                if (component.State == SchedulingState.GoingToSleep)
                {
                    component.State = SchedulingState.Sleeping;
                }

                continue;
            }

            (_stepIndex, _stepKept) = (i, kept);
            component.IsStepping = true;
            var alive = component.RunStep();
            component.IsStepping = false;
            if (alive)
            {
                if (kept != i)
                {
                    runQueue.SetAt(kept, component);
                }

                kept++;
            }
            else
            {
                _endedInPass++;
                Finish(component);
                if (_fatalFault is not null)
                {
                    break;
                }
            }
        }

        _stepKept = kept;
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

    /// <summary>
    /// Runs the system on a thread of its own until no component remains (see <see cref="Run"/>); the task
    /// completes then. Cancelling <paramref name="cancellationToken"/> asks the system to shut down: every
    /// top-level component (one with no parent) that has a "control" inbox gets a <see cref="ShutdownMicroprocess"/>
    /// there, and if the system has not ended within <see cref="ShutdownGracePeriod"/> the scheduler is stopped
    /// (<see cref="Stop"/>). Either way the task then completes normally: cancellation is a request to stop, not a
    /// failure. A fault that ends the run (the scheduler not <see cref="Immortal"/>) is the task's exception, a
    /// <see cref="ComponentFaultedException"/>.
    /// </summary>
    public Task RunAsync(CancellationToken cancellationToken = default) => RunAsync(TopLevelComponents, cancellationToken);

    /// <summary>Runs on a thread of its own; on cancellation tells <paramref name="stopTargets"/> to stop, then stops after the grace period.</summary>
    internal Task RunAsync(Func<IEnumerable<Component>> stopTargets, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(
            () => RunUntilEnded(stopTargets, cancellationToken),
            CancellationToken.None,
            TaskCreationOptions.LongRunning | TaskCreationOptions.DenyChildAttach,
            TaskScheduler.Default);

    private void RunUntilEnded(Func<IEnumerable<Component>> stopTargets, CancellationToken cancellationToken)
    {
        var graceGate = new object();
        var ended = false;
        var stopIssued = false;
        ITimer? graceTimer = null;
        using (var registration = cancellationToken.Register(() =>
        {
            Post(() =>
            {
                lock (graceGate)
                {
                    if (ended)
                    {
                        // Posted as this run ended: it must not stop what a later run of the scheduler runs.
                        return;
                    }
                }

                foreach (var component in stopTargets())
                {
                    component.DeliverShutdown(new ShutdownMicroprocess());
                }
            });
            lock (graceGate)
            {
                if (ended)
                {
                    return;
                }

                graceTimer = _timeProvider.CreateTimer(
                    _ =>
                    {
                        lock (graceGate)
                        {
                            if (!ended)
                            {
                                stopIssued = true;
                                Stop();
                            }
                        }
                    },
                    null,
                    _shutdownGracePeriod,
                    Timeout.InfiniteTimeSpan);
            }
        }))
        {
            try
            {
                Run();
            }
            finally
            {
                lock (graceGate)
                {
                    ended = true;
                    graceTimer?.Dispose();
                    if (stopIssued)
                    {
                        // A stop asked for after the last pass must not end the scheduler's next run at once.
                        StopWasRequested(clear: true);
                    }
                }
            }
        }
    }

    /// <summary>On the scheduler's thread, at its next pass: a <see cref="ShutdownMicroprocess"/> to every top-level component.</summary>
    internal void ShutdownTopLevelComponents() => Post(() =>
    {
        // Posted work runs before the pass takes its requests: components still waiting to be activated count too.
        List<Component> activating = [];
        lock (_gate)
        {
            for (var i = 0; i < _remoteWakes.Count; i++)
            {
                if (_remoteWakes[i] is { CanActivate: true, Component: { HasParents: false } waiting })
                {
                    activating.Add(waiting);
                }
            }
        }

        foreach (var component in TopLevelComponents().Concat(activating).Distinct())
        {
            component.DeliverShutdown(new ShutdownMicroprocess());
        }
    });

    private IEnumerable<Component> TopLevelComponents()
    {
        var all = Components;
        foreach (var component in all)
        {
            if (!component.HasParents)
            {
                yield return component;
            }
        }
    }

    /// <summary>
    /// Every scheduler in the process that is still referenced (weakly held: one nobody refers to leaves by itself),
    /// in no particular order: what an observer of the whole process, such as a live view, looks at.
    /// </summary>
    public static IReadOnlyList<Scheduler> Live => [.. LiveSchedulers.All()];

    /// <summary>
    /// Runs <paramref name="function"/> on the scheduler's thread at the start of its next pass, waking the scheduler if
    /// every component sleeps, and completes with its result or its exception: how another thread reads components,
    /// boxes and links, which belong to that thread, without stopping the system. The task completes only when a pass
    /// runs, so while nothing runs the scheduler (before <see cref="Run"/>, after it returned) it waits until
    /// <paramref name="cancellationToken"/> cancels it. It runs before the pass applies the requests made since the last
    /// one, so a component activated from another thread since then is not registered yet. Safe from any thread; the
    /// function must not block.
    /// </summary>
    public Task<T> InvokeAsync<T>(Func<T> function, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(function);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        // Continuations run elsewhere: the caller's code must not run inside the scheduler's pass.
        var completion = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var registration = cancellationToken.Register(() => completion.TrySetCanceled(cancellationToken));
        Post(() =>
        {
            registration.Unregister();
            if (completion.Task.IsCompleted)
            {
                return;
            }

            try
            {
                completion.TrySetResult(function());
            }
            catch (Exception exception)
            {
                completion.TrySetException(exception);
            }
        });
        return completion.Task;
    }

    /// <summary>
    /// Runs <paramref name="action"/> on the scheduler's thread at the start of its next pass and completes when it has
    /// run (or with its exception): how another thread hands a component a message or adds one. As
    /// <see cref="InvokeAsync{T}(Func{T}, CancellationToken)"/>, which says when it completes.
    /// </summary>
    public Task InvokeAsync(Action action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        return InvokeAsync(() =>
        {
            action();
            return true;
        }, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="action"/> on the scheduler's thread at the start of its next pass, waking the scheduler
    /// if it sleeps: how another thread hands work to the components, whose boxes only that thread may touch.
    /// Safe from any thread.
    /// </summary>
    internal void Post(Action action)
    {
        _posted.Enqueue(action);
        lock (_gate)
        {
            _activity++;
            _postedPending = true;
            Monitor.PulseAll(_gate);
        }
    }

    private void RunPosted()
    {
        _postedPending = false;
        while (_posted.TryDequeue(out var action))
        {
            action();
        }

        // What the work did to components' flags is resolved before the steps, as requests between passes are.
        _requestsFlagged = true;
    }

    internal void Add(Component component) => Request(component, canActivate: true);

    /// <summary>A wake from anywhere: an explicit <see cref="Component.Unpause"/>, a stop, a task completing.</summary>
    internal void RequestWake(Component component) => Request(component, canActivate: false);

    /// <summary>
    /// A wake because a message arrived in one of the component's inboxes or one it sent was collected, when the
    /// component's own flag does not settle it (see <see cref="Component.NotifyMessageArrived"/>). Sends and
    /// receives belong to the scheduler's thread (a threaded component's own thread goes through its queues, and
    /// other threads through <see cref="Component.Unpause"/> or a <see cref="Handle"/>), so during a pass this is
    /// the pass's thread: the hot path asks no thread-local question.
    /// </summary>
    internal void WakeForMessage(Component component)
    {
        if (_inPass)
        {
            WakeInPass(component, canActivate: false);
            return;
        }

        Request(component, canActivate: false);
    }

    /// <summary>A link to another scheduler was written to in this pass: its receiver is told at the pass's end.</summary>
    internal void SignalAtEndOfPass(SchedulerChannel channel) => _channelsToSignal.Add(channel);

    private void SignalChannels()
    {
        var channels = _channelsToSignal;
        for (var i = 0; i < channels.Count; i++)
        {
            channels[i].Signal();
        }

        channels.Clear();
    }

    /// <summary>
    /// For the group: true when the run loop waits with no component registered and no request, post or stop
    /// pending; <paramref name="activity"/> tells whether anything came since an earlier look.
    /// </summary>
    internal bool IsWaitingEmpty(out long activity)
    {
        lock (_gate)
        {
            activity = _activity;
            return _waitingEmpty && _registeredCount == 0 && _remoteWakes.Count == 0 && !_postedPending && !_stopRequested;
        }
    }

    /// <summary>Registers an inbox whose producers were all woken in this pass, to clear its mark at the pass's end.</summary>
    internal void ForgetAtEndOfPass(Box inbox) => _inboxesThatWokeEveryProducer.Add(inbox);

    private void ForgetProducerWakesOfPass()
    {
        var inboxes = _inboxesThatWokeEveryProducer;
        for (var i = 0; i < inboxes.Count; i++)
        {
            inboxes[i].ForgetProducersWokenInPass();
        }

        inboxes.Clear();
    }

    internal void RequestPause(Component component)
    {
        // A component pausing itself in its own step (the usual caller) is on the pass's thread by construction.
        if (component.IsStepping || IsPassThread)
        {
            PauseInPass(component);
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
        if (IsPassThread)
        {
            WakeInPass(component, canActivate);
            return;
        }

        lock (_gate)
        {
            _activity++;
            _remoteWakes.Add(new WakeRequest(component, canActivate));
            _remoteRequestsPending = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>A pause on the scheduler's thread during a pass: only an awake component has one to take effect.</summary>
    private void PauseInPass(Component component)
    {
        if (component.State == SchedulingState.Active && (component.Requests & PassRequests.Pause) == 0)
        {
            component.Requests |= PassRequests.Pause;
            _requestsFlagged = true;
        }
    }

    /// <summary>
    /// A wake on the scheduler's thread during a pass. An awake component is in the run queue and stays there: the
    /// wake only keeps a pause of this pass from taking effect. Any other joins the tail of the queue at the end of
    /// the pass, in the order of these requests.
    /// </summary>
    private void WakeInPass(Component component, bool canActivate)
    {
        var requests = component.Requests;
        if (component.State == SchedulingState.Active)
        {
            if ((requests & PassRequests.Wake) == 0)
            {
                component.Requests = requests | PassRequests.Wake;
                _requestsFlagged = true;
            }
        }
        else if ((requests & PassRequests.WakeListed) == 0 || canActivate)
        {
            component.Requests = requests | PassRequests.WakeListed;
            _localWakes.Add(new WakeRequest(component, canActivate));
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

        if (Telemetry.Faults.Enabled)
        {
            Telemetry.CountFault(component, exception);
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

            if (Telemetry.Faults.Enabled)
            {
                Telemetry.CountFault(component, closeDownException);
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
            RemoveRegistration(component);
        }

        component.State = SchedulingState.Unregistered;
        component.Requests = PassRequests.None;
    }

    /// <summary>
    /// Pauses first, then wakes, so that a wake requested in the same pass wins: the requests other threads queued
    /// join this pass's (after them, in order), the flags on the run queue decide who goes to sleep, and then the
    /// listed wakes put sleepers and new components at the tail of the queue.
    /// </summary>
    private void ApplyRequests(bool endOfPass)
    {
        if (_remoteRequestsPending)
        {
            TakeRemoteRequests();
        }

        if (endOfPass || _requestsFlagged)
        {
            ResolvePausesAndWakes();
        }

        if (_localWakes.Count > 0)
        {
            ApplyListedWakes();
        }
    }

    private void TakeRemoteRequests()
    {
        lock (_gate)
        {
            for (var i = 0; i < _remotePauses.Count; i++)
            {
                PauseInPass(_remotePauses[i]);
            }

            for (var i = 0; i < _remoteWakes.Count; i++)
            {
                var (component, canActivate) = _remoteWakes[i];
                WakeInPass(component, canActivate);
            }

            _remotePauses.Clear();
            _remoteWakes.Clear();
            _remoteRequestsPending = false;
        }
    }

    /// <summary>
    /// One walk of the run queue: an awake component paused in this pass and not woken in it goes to sleep (it
    /// leaves the queue when the next pass reaches it). Every flagged component is awake and so in the queue.
    /// </summary>
    private void ResolvePausesAndWakes()
    {
        _requestsFlagged = false;
        var queue = _runQueue;
        for (var i = 0; i < queue.Count; i++)
        {
            var component = queue[i];
            var requests = component.Requests;
            if ((requests & (PassRequests.Pause | PassRequests.Wake)) == 0)
            {
                continue;
            }

            component.Requests = requests & PassRequests.WakeListed;
            if ((requests & (PassRequests.Pause | PassRequests.Wake)) == PassRequests.Pause && component.State == SchedulingState.Active)
            {
                component.State = SchedulingState.GoingToSleep;
            }
        }
    }

    private void ApplyListedWakes()
    {
        var queue = _runQueue;
        var wakes = _localWakes;
        for (var i = 0; i < wakes.Count; i++)
        {
            var (component, canActivate) = wakes[i];
            component.Requests &= ~PassRequests.WakeListed;
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
                        AddRegistration(component);
                    }

                    component.State = SchedulingState.Active;
                    queue.Add(component);
                    break;
            }
        }

        wakes.Clear();
    }

    /// <summary>Nothing is runnable: gives back what the request lists grew to in a burst.</summary>
    private void TrimIdleLists()
    {
        _runQueue.TrimIfEmpty();
        _localWakes.TrimIfEmpty();
        _inboxesThatWokeEveryProducer.TrimIfEmpty();
        if (_remoteWakes.IsOversized || _remotePauses.IsOversized)
        {
            lock (_gate)
            {
                _remoteWakes.TrimIfEmpty();
                _remotePauses.TrimIfEmpty();
            }
        }
    }

    /// <summary>Adds a component to the registered array; under <see cref="_gate"/>.</summary>
    private void AddRegistration(Component component)
    {
        if (_registeredCount == _registered.Length)
        {
            Array.Resize(ref _registered, _registered.Length * 2);
        }

        component.RegistrationSlot = _registeredCount;
        _registered[_registeredCount++] = component;
        _activity++;
    }

    /// <summary>Removes a component from the registered array, moving the last one into its slot; under <see cref="_gate"/>.</summary>
    private void RemoveRegistration(Component component)
    {
        var slot = component.RegistrationSlot;
        if (slot < 0 || slot >= _registeredCount || !ReferenceEquals(_registered[slot], component))
        {
            return;
        }

        var last = _registered[--_registeredCount];
        _registered[slot] = last;
        last.RegistrationSlot = slot;
        _registered[_registeredCount] = null!;
        component.RegistrationSlot = -1;
        if (_registered.Length > 64 && _registeredCount < _registered.Length / 4)
        {
            // Give back the memory of components that have ended, halving so that add and remove stay amortised O(1).
            Array.Resize(ref _registered, _registered.Length / 2);
        }
    }

    private void WaitWhileIdle()
    {
        lock (_gate)
        {
            while (!_stopRequested && !_postedPending && _remoteWakes.Count == 0 && _remotePauses.Count == 0 && !_runQueue.Exists(c => c.State != SchedulingState.Sleeping))
            {
                if (Group is { } group && _registeredCount == 0)
                {
                    // Nothing left here: the group looks whether every scheduler is in the same state.
                    _waitingEmpty = true;
                    group.NoticeSchedulerEmpty();
                }

                Monitor.Wait(_gate);
                _waitingEmpty = false;
            }
        }
    }

    /// <summary>Forgets a stop asked for after the last pass (a group stopping a scheduler whose thread had already ended).</summary>
    internal void ForgetStopRequest() => StopWasRequested(clear: true);

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
            remaining = _registered.AsSpan(0, _registeredCount).ToArray();
            foreach (var component in remaining)
            {
                component.RegistrationSlot = -1;
            }

            _registered = new Component[8];
            _registeredCount = 0;
        }

        foreach (var component in remaining)
        {
            component.MarkStopped();
        }

        _runQueue.Clear();
        _requestsFlagged = false;
    }

    private readonly record struct WakeRequest(Component Component, bool CanActivate);
}
