using System.Runtime.CompilerServices;

namespace Axon;

/// <summary>
/// A component: it talks to the rest of the system only through its named inboxes and outboxes, and runs
/// cooperatively on a <see cref="Scheduler"/>, one step at a time. Write <see cref="Main"/> as a C# iterator
/// (each <c>yield return</c> hands control back), or declare message handlers and let the generator write it.
/// </summary>
public abstract partial class Component
{
    private static int s_lastId;
    // The iterator running now (Main, or the innermost WaitComplete), and the ones waiting for it to end:
    // the stack is only made when a WaitComplete needs it, so a plain component carries one reference.
    private IEnumerator<object?>? _current;
    private bool _mainStarted;

    // The state few components need (children, parents, WaitComplete, resource tracking, a services registry,
    // a name index for many boxes), one object made on first use so that the rest carry a single reference.
    private RarelyUsedState? _rarelyUsed;
    private string? _name;

    // Made at most once even when two threads ask at the same moment (a link made on another scheduler records its
    // feeders here), so that neither thread's state is lost.
    private RarelyUsedState RarelyUsed => _rarelyUsed ?? Interlocked.CompareExchange(ref _rarelyUsed, new(), null) ?? _rarelyUsed;

    private Stack<IEnumerator<object?>>? WaitingIterators
    {
        get => _rarelyUsed?.WaitingIterators;
        set => RarelyUsed.WaitingIterators = value;
    }

    /// <summary>Creates the component and its boxes.</summary>
    protected Component()
    {
        Id = Interlocked.Increment(ref s_lastId);
        CreateBoxes();
    }

    /// <summary>A number unique to this component in the process.</summary>
    public int Id { get; }

    /// <summary>The component's name: its type's full name and its id, as in Axon.</summary>
    public string Name => _name ??= $"{GetType().FullName}_{Id}";

    /// <summary>The scheduler the component was activated on, or null before activation.</summary>
    public Scheduler? Scheduler { get; private set; }

    /// <summary>True once the component has ended or been stopped; a stopped component never runs again.</summary>
    public bool IsStopped { get; private set; }

    /// <summary>True while the scheduler holds the component asleep (paused and not woken since).</summary>
    public bool IsPaused => State is SchedulingState.Sleeping or SchedulingState.GoingToSleep;

    internal SchedulingState State { get; set; }

    /// <summary>Where the scheduler keeps the component in its array of registered components; -1 when not there.</summary>
    internal int RegistrationSlot { get; set; } = -1;

    /// <summary>The pause and wake asked for in the current pass, and whether a wake waits in the scheduler's list.</summary>
    internal PassRequests Requests { get; set; }

    /// <summary>True while the scheduler runs this component's step (on its thread, so a Pause from it needs no thread check).</summary>
    internal bool IsStepping { get; set; }

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>
    /// The component's thread of control, as an iterator: each <c>yield return</c> ends a step. Yield
    /// <see cref="NewComponent"/> to activate components and <see cref="WaitComplete"/> to run a sub-iterator.
    /// </summary>
    protected virtual IEnumerable<object?> Main()
    {
        yield break;
    }

    /// <summary>
    /// Runs one step and returns false once the component has finished. The default advances <see cref="Main"/>;
    /// generated handler components override it with an explicit state machine.
    /// </summary>
    protected virtual bool Step()
    {
        if (!_mainStarted)
        {
            _mainStarted = true;
            _current = Main().GetEnumerator();
        }

        return AdvanceIterators();
    }

    /// <summary>
    /// Runs the current iterator (Main, a multi-step handler, or the innermost WaitComplete) to its next yield,
    /// acting on what it yields; false once every iterator has ended. The usual step, a plain <c>yield return</c>,
    /// is handled here; the rest out of line, so that this inlines into <see cref="Step"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool AdvanceIterators()
    {
        if (_current is { } current && current.MoveNext())
        {
            return current.Current is not { } yielded || ActOnYielded(current, yielded);
        }

        return AdvanceAfterAnEnd();
    }

    /// <summary>
    /// The current iterator has ended (or there is none): the one it interrupted (a WaitComplete's caller) goes on
    /// in the same step; false when none remains.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool AdvanceAfterAnEnd()
    {
        while (_current is { } ended)
        {
            ended.Dispose();
            _current = WaitingIterators is { Count: > 0 } waiting ? waiting.Pop() : null;
            if (_current is { } resumed && resumed.MoveNext())
            {
                return resumed.Current is not { } yielded || ActOnYielded(resumed, yielded);
            }
        }

        return false;
    }

    /// <summary>Acts on what an iterator yielded: components to activate, or a sub-iterator to run first.</summary>
    private bool ActOnYielded(IEnumerator<object?> current, object yielded)
    {
        switch (yielded)
        {
            case NewComponent newComponent:
                foreach (var component in newComponent.Components)
                {
                    component.Activate(Scheduler);
                }

                break;
            case WaitComplete waitComplete:
                (WaitingIterators ??= new()).Push(current);
                _current = waitComplete.Steps.GetEnumerator();
                break;
        }

        return true;
    }

    /// <summary>Called once when the component ends, before its links are removed: release resources here.</summary>
    protected virtual void OnClosedDown()
    {
    }

    /// <summary>
    /// Hands the component to a scheduler, which first runs it on its next pass. With no argument: the scheduler
    /// running on this thread, else <see cref="Axon.Scheduler.Default"/>. Activating twice only wakes it.
    /// </summary>
    public Component Activate(Scheduler? scheduler = null)
    {
        var target = scheduler ?? Scheduler ?? Scheduler.Current ?? Scheduler.Default;
        if (Scheduler is null && _rarelyUsed?.PlacedScheduler is { } placed)
        {
            // Placed on a scheduler of a group: the placement wins over the scheduler of whoever activates it.
            if (scheduler is not null && !ReferenceEquals(scheduler.Group, placed.Group))
            {
                throw new InvalidOperationException($"{Name} is placed on scheduler {placed.GroupIndex} of a scheduler group and cannot be activated on a scheduler outside that group.");
            }

            target = placed;
        }

        if (Scheduler is not null && !ReferenceEquals(Scheduler, target))
        {
            throw new InvalidOperationException($"{Name} is already activated on another scheduler.");
        }

        var first = Scheduler is null;
        Scheduler = target;
        if (first && target.Group is not null)
        {
            // Its links may now join two schedulers: resolved again before it runs, as at link time.
            LinkGraph.ResolveAround(this, withDescendants: false);
        }

        target.Add(this);
        return this;
    }

    /// <summary>
    /// The scheduler this component runs on, or will: where it was activated, else where it was placed in a
    /// <see cref="SchedulerGroup"/>, else its parent's. Null when none is known yet.
    /// </summary>
    internal Scheduler? EffectiveScheduler
    {
        get
        {
            var component = this;
            for (var depth = 0; depth < 64; depth++)
            {
                if ((component.Scheduler ?? component._rarelyUsed?.PlacedScheduler) is { } known)
                {
                    return known;
                }

                if (component.ParentList is not { Count: > 0 } parents)
                {
                    return null;
                }

                component = parents[0];
            }

            return null;
        }
    }

    /// <summary>Where <see cref="SchedulerGroup.Place{T}"/> put the component, or null.</summary>
    internal Scheduler? PlacedScheduler
    {
        get => _rarelyUsed?.PlacedScheduler;
        set => RarelyUsed.PlacedScheduler = value;
    }

    /// <summary>
    /// The channel that carries what this component sends through its links to <paramref name="neighbour"/> (the
    /// component its boxes are linked to) when they end on <paramref name="sinkScheduler"/>, another scheduler.
    /// </summary>
    internal SchedulerChannel ChannelTo(Component neighbour, Scheduler sinkScheduler)
    {
        var channels = RarelyUsed.Channels ??= [];
        if (!channels.TryGetValue((neighbour, sinkScheduler), out var channel))
        {
            channel = new SchedulerChannel(this, sinkScheduler);
            channels[(neighbour, sinkScheduler)] = channel;
        }

        return channel;
    }

    /// <summary>
    /// The receivers from other schedulers that feed <paramref name="inbox"/>, one of this component's inboxes (see
    /// <see cref="Box.RemoteFeeders"/>), or null. Kept here rather than on every box, since few inboxes have any.
    /// </summary>
    internal List<Component>? RemoteFeedersOf(Box inbox) =>
        _rarelyUsed?.RemoteFeeders is { } feeders && feeders.TryGetValue(inbox, out var list) ? list : null;

    /// <summary>Sets or (with null) forgets the receivers from other schedulers that feed <paramref name="inbox"/>.</summary>
    internal void SetRemoteFeeders(Box inbox, List<Component>? feeders)
    {
        if (feeders is not null)
        {
            (RarelyUsed.RemoteFeeders ??= [])[inbox] = feeders;
        }
        else
        {
            _rarelyUsed?.RemoteFeeders?.Remove(inbox);
        }
    }

    /// <summary>
    /// Activates the component and runs its scheduler until no component remains; a component placed on a scheduler
    /// of a <see cref="SchedulerGroup"/> runs the whole group.
    /// </summary>
    public void Run(Scheduler? scheduler = null)
    {
        Activate(scheduler);
        if (Scheduler!.Group is { } group)
        {
            group.Run();
            return;
        }

        Scheduler.Run();
    }

    /// <summary>
    /// Asks to sleep after the current step. Any message arriving, any message collected from a box this
    /// component feeds, a child ending or an explicit <see cref="Unpause"/> wakes it; a wake in the same pass wins.
    /// Call it from the component's own code or the scheduler's thread; <see cref="Unpause"/> is the one that is
    /// safe from any thread.
    /// </summary>
    public virtual void Pause()
    {
        if (IsStepping)
        {
            // In its own step, on the scheduler's thread: a flag that the end of the pass looks at.
            Requests |= PassRequests.Pause;
            return;
        }

        Scheduler?.RequestPause(this);
    }

    /// <summary>Wakes the component if it sleeps. Safe from any thread.</summary>
    public void Unpause()
    {
        if (!IsStopped)
        {
            Scheduler?.RequestWake(this);
        }
    }

    /// <summary>Stops the component: it runs no further step, and its close-down happens on the scheduler.</summary>
    public virtual void Stop()
    {
        if (IsStopped)
        {
            return;
        }

        _stopRequested = true;
        Scheduler?.RequestWake(this);
    }

    private volatile bool _stopRequested;

    /// <summary>The scheduler's entry point: one step, or false when the component is finished.</summary>
    internal bool RunStep() => !_stopRequested && !IsStopped && Step();

    /// <summary>Ends the component: wakes its parents and removes the links it made.</summary>
    internal void CloseDown()
    {
        if (IsStopped)
        {
            return;
        }

        // The parents are read before the component is seen stopped: a parent on another scheduler of a group lets go
        // of a stopped child (and of its place in the child's list of parents) on its own thread.
        var parents = ParentList?.ToArray();
        if (parents is not null)
        {
            Interlocked.MemoryBarrier();
        }

        IsStopped = true;
        try
        {
            OnClosedDown();
            CancelShutdownToken();
        }
        finally
        {
            DisposeIterators();
            WakeProducersOfInboxes();
            if (_rarelyUsed?.Channels is { } channels)
            {
                foreach (var channel in channels.Values)
                {
                    channel.SenderHasEnded();
                }
            }

            if (parents is not null)
            {
                foreach (var parent in parents)
                {
                    parent.Unpause();
                }
            }

            UnlinkAll();
        }
    }

    /// <summary>Marks the component stopped without its close-down (what <see cref="Scheduler.Stop"/> does).</summary>
    internal virtual void MarkStopped()
    {
        IsStopped = true;
        State = SchedulingState.Unregistered;
        Requests = PassRequests.None;
        try
        {
            // Ended for good, close-down or not: work started with ShutdownToken is told so.
            CancelShutdownToken();
        }
        catch (AggregateException)
        {
            // A callback registered on the token failed; the scheduler is stopping everything regardless.
        }
    }

    /// <summary>
    /// A message arrived for this component: wake it, as Axon does on every arrival, so that a pause it asks
    /// for later in the same pass cannot put it to sleep with the message waiting. One wake per pass is enough:
    /// once the scheduler has it (a flag, or an entry in its list), later arrivals in the pass test one byte.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void NotifyMessageArrived()
    {
        if ((Requests & (PassRequests.Wake | PassRequests.WakeListed)) == 0)
        {
            WakeForMessage();
        }
    }

    /// <summary>
    /// A message this component sent was collected: wake it (a producer held back by a full inbox), at once and
    /// on every collection, as Axon does; like an arrival, the first wake of a pass is the only one that costs.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void NotifyMessageCollected()
    {
        if ((Requests & (PassRequests.Wake | PassRequests.WakeListed)) == 0)
        {
            WakeForMessage();
        }
    }

    /// <summary>
    /// The first message wake of a pass. Sends and receives belong to the scheduler's thread, so during a pass an
    /// awake component (one in the run queue) only needs its flag, which the end of the pass looks at; anything
    /// else (a sleeper to re-queue, or no pass running) goes to the scheduler.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void WakeForMessage()
    {
        if (State == SchedulingState.Active && Scheduler is { InPass: true })
        {
            Requests |= PassRequests.Wake;
        }
        else
        {
            Scheduler?.WakeForMessage(this);
        }
    }

    private sealed class RarelyUsedState
    {
        public List<Component>? Children { get; set; }

        public List<Component>? Parents { get; set; }

        public Stack<IEnumerator<object?>>? WaitingIterators { get; set; }

        public ResourceTracking? ResourceTracking { get; set; }

        public CoordinatingAssistantTracker? Tracker { get; set; }

        public BoxIndex? BoxNameIndex { get; set; }

        public HandlerWork? HandlerWork { get; set; }

        public ShutdownSignal? ReceivedShutdownSignal { get; set; }

        public ShutdownSignal? ForwardedShutdownSignal { get; set; }

        public Scheduler? PlacedScheduler { get; set; }

        public Dictionary<(Component Neighbour, Scheduler Scheduler), SchedulerChannel>? Channels { get; set; }

        public Dictionary<Box, List<Component>>? RemoteFeeders { get; set; }
    }
}
