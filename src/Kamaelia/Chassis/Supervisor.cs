using Axon;

namespace Kamaelia.Chassis;

/// <summary>
/// Runs a child made by a factory and restarts it when it fails, Erlang's way (one-for-one: compose several
/// Supervisors to supervise several children). The Supervisor's "inbox" is forwarded to the current child's
/// inbox and the child's "outbox" leaves through the Supervisor's own; messages that arrive while the child
/// restarts wait in the Supervisor and reach the new child, in order, after any the failed child had not yet
/// taken (those are moved to the new child first). When the child fails more than <see cref="MaxRestarts"/>
/// times within <see cref="Window"/> (timed with the scheduler's <see cref="Scheduler.TimeProvider"/>, or the one
/// given), the Supervisor gives up: it sends an <see cref="ErrorInformation"/> (with
/// the last fault's exception) on "signal" and ends, counting what it held and could not deliver in
/// <see cref="Abandoned"/>. The message a child was handling when it failed goes down with it, and so do
/// messages already handed to a failed <see cref="ThreadedComponent"/>'s thread queue.
/// <para>
/// A failure is a fault the scheduler reports (<see cref="Scheduler.ComponentFaulted"/>) for the child or any
/// component below it (a Pipeline's stage, a Graphline's member): the whole child is then stopped and made
/// again. The Supervisor therefore needs a scheduler with <see cref="Scheduler.Immortal"/> set, so that a fault
/// does not end the whole system; on a scheduler that is not immortal it fails at once with an
/// <see cref="InvalidOperationException"/> saying so.
/// </para>
/// <para>
/// Shutdown: ProducerFinished on "control" is passed to the child once everything queued has been forwarded;
/// ShutdownMicroprocess at once. When the child ends without failing, the Supervisor sends the child's shutdown
/// signal (or the one it received, or a new ProducerFinished) on "signal" and ends.
/// </para>
/// </summary>
[Inbox("inbox", "Forwarded to the current child's inbox; kept while the child restarts")]
[Inbox("control", "ProducerFinished or ShutdownMicroprocess, passed on to the child")]
[Inbox("_childSignal", "The current child's signal")]
[Outbox("outbox", "What the current child sends on its outbox")]
[Outbox("signal", "The child's shutdown signal when it ends; an ErrorInformation when the Supervisor gives up")]
[Outbox("_toChild", "Data for the current child's inbox")]
[Outbox("_toChildControl", "Shutdown signals for the current child's control")]
public sealed partial class Supervisor : Component
{
    private readonly Func<Component> _factory;
    private readonly TimeProvider? _timeProvider;
    private readonly long _origin;
    private readonly Queue<object?> _pending = new();
    private readonly Queue<TimeSpan> _restartTimes = new();
    private readonly List<ComponentFault> _faults = [];
    private ComponentFault? _childFault;
    private bool _stopSent;
    private bool _restarting;

    /// <summary>Creates the Supervisor.</summary>
    /// <param name="factory">Makes the child (with the standard inbox, control, outbox and signal); called again for each restart.</param>
    /// <param name="maxRestarts">How many restarts are allowed within <paramref name="window"/> before it gives up.</param>
    /// <param name="window">The sliding time window the restarts are counted in (5 seconds by default).</param>
    /// <param name="timeProvider">Times the restarts; the scheduler's <see cref="Scheduler.Time"/> (so its <see cref="Scheduler.TimeProvider"/>) when null.</param>
    public Supervisor(Func<Component> factory, int maxRestarts = 3, TimeSpan? window = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentOutOfRangeException.ThrowIfNegative(maxRestarts);
        _factory = factory;
        MaxRestarts = maxRestarts;
        Window = window ?? TimeSpan.FromSeconds(5);
        _timeProvider = timeProvider;
        _origin = timeProvider?.GetTimestamp() ?? 0;
    }

    /// <summary>How many restarts are allowed within <see cref="Window"/>.</summary>
    public int MaxRestarts { get; }

    /// <summary>The sliding window restarts are counted in.</summary>
    public TimeSpan Window { get; }

    /// <summary>
    /// A clock to time restarts with instead of the <see cref="TimeProvider"/>. Kept for source compatibility: give
    /// the constructor a <see cref="TimeProvider"/>, or set the scheduler's <see cref="Scheduler.TimeProvider"/>.
    /// </summary>
    [Obsolete("Give the Supervisor a TimeProvider (constructor), or set Scheduler.TimeProvider.")]
    public Func<TimeSpan>? Clock { get; init; }

    /// <summary>The child running now (or the last one, once the Supervisor has ended).</summary>
    public Component? Child { get; private set; }

    /// <summary>How many times the child has been restarted.</summary>
    public int Restarts { get; private set; }

    /// <summary>The failures seen, oldest first.</summary>
    public IReadOnlyList<ComponentFault> Faults => _faults;

    /// <summary>True once the Supervisor has given up after too many restarts.</summary>
    public bool GaveUp { get; private set; }

    /// <summary>
    /// How many messages the Supervisor held (salvaged from a failed child, or taken from its inbox) and could not
    /// deliver when it ended. Messages still in its own inbox stay there (see <see cref="Component.DataReady"/>).
    /// </summary>
    public int Abandoned { get; private set; }

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        var scheduler = Scheduler!;
        if (!scheduler.Immortal)
        {
            throw new InvalidOperationException($"{Name} supervises its child through the scheduler's fault reports: set Scheduler.Immortal = true so that a fault does not stop the whole system.");
        }

        scheduler.ComponentFaulted += OnComponentFaulted;
        try
        {
            yield return StartChild();
            while (true)
            {
                ReadShutdownRequests();
                if (_childFault is { } fault)
                {
                    _childFault = null;
                    _faults.Add(fault);
                    foreach (var step in StopChild())
                    {
                        yield return step;
                    }

                    if (!MayRestart())
                    {
                        GaveUp = true;
                        Abandoned = _pending.Count;
                        Signal.Send(new ErrorInformation(this, fault.Exception, $"{Name} gave up after {Restarts} restarts: {fault}"));
                        yield break;
                    }

                    Restarts++;
                    yield return StartChild();
                    continue;
                }

                Forward();
                var child = Child!;
                if (child.IsStopped)
                {
                    // Ended without failing (a failure is reported before the child's parent runs again).
                    _ChildSignal.TryRecv(out var childSignal);
                    Abandoned = _pending.Count;
                    RemoveChild(child);
                    var ending = childSignal as ShutdownSignal ?? ReceivedShutdownSignal ?? new ProducerFinished(this);
                    while (!TryForwardShutdownSignal(Signal, ending))
                    {
                        Pause();
                        yield return null;
                    }

                    yield break;
                }

                // After a stop-now nothing more is read from control: what arrives there must not keep it awake.
                var controlWaiting = Control.Count > 0 && RequestedShutdown != ShutdownRequest.StopNow;
                if (!controlWaiting && (_ToChild.IsFull || (_pending.Count == 0 && Inbox.Count == 0)))
                {
                    Pause();
                }

                yield return null;
            }
        }
        finally
        {
            scheduler.ComponentFaulted -= OnComponentFaulted;
        }
    }

    private void OnComponentFaulted(object? sender, ComponentFault fault)
    {
        if (!_restarting && Child is { } child && Contains(child, fault.Component))
        {
            _childFault ??= fault;
            Unpause();
        }
    }

    private static bool Contains(Component root, Component component) =>
        ReferenceEquals(root, component) || root.ChildComponents().Any(c => Contains(c, component));

    private NewComponent StartChild()
    {
        var child = _factory();
        StandardBoxes.Require(child, nameof(Supervisor), "inbox", "control", "outbox", "signal");
        Child = child;
        _stopSent = false;
        Link((this, "_toChild"), (child, "inbox"));
        Link((this, "_toChildControl"), (child, "control"));
        Link((child, "outbox"), (this, "outbox"), Passthrough.Outward);
        Link((child, "signal"), (this, "_childSignal"));
        AddChildren(child);
        return new NewComponent(child);
    }

    /// <summary>Stops the failed child and everything below it, then keeps what it had not taken, in order.</summary>
    private IEnumerable<object?> StopChild()
    {
        var child = Child!;
        _restarting = true;
        StopTree(child);
        while (!child.IsStopped)
        {
            Pause();
            yield return null;
        }

        var salvaged = new List<object?>();
        while (child.TryRecv("inbox", out var message))
        {
            salvaged.Add(message);
        }

        if (salvaged.Count > 0)
        {
            var newer = _pending.ToArray();
            _pending.Clear();
            foreach (var message in salvaged.Concat(newer))
            {
                _pending.Enqueue(message);
            }
        }

        while (_ChildSignal.TryRecv(out _))
        {
        }

        RemoveChild(child);
        _restarting = false;
    }

    private static void StopTree(Component component)
    {
        foreach (var child in component.ChildComponents())
        {
            StopTree(child);
        }

        component.Stop();
    }

    private bool MayRestart()
    {
#pragma warning disable CS0618 // The obsolete Clock still wins when a caller sets it.
        var now = Clock?.Invoke() ?? (_timeProvider is { } time ? time.GetElapsedTime(_origin) : Scheduler!.Time);
#pragma warning restore CS0618
        while (_restartTimes.Count > 0 && now - _restartTimes.Peek() >= Window)
        {
            _restartTimes.Dequeue();
        }

        if (_restartTimes.Count >= MaxRestarts)
        {
            return false;
        }

        _restartTimes.Enqueue(now);
        return true;
    }

    private void ReadShutdownRequests()
    {
        var before = RequestedShutdown;
        if (ReadControl(Control) != before)
        {
            // A new request goes to the child, even after a finish was sent: a stop-now overtakes it.
            _stopSent = false;
        }
    }

    private void Forward()
    {
        if (RequestedShutdown == ShutdownRequest.StopNow)
        {
            // Stop now: nothing more goes to the child.
            SendStop();
            return;
        }

        while (_pending.Count > 0 && !_ToChild.IsFull)
        {
            _ToChild.Send(_pending.Dequeue()!);
        }

        while (_pending.Count == 0 && !_ToChild.IsFull && Inbox.TryRecv(out var message))
        {
            _ToChild.Send(message!);
        }

        if (RequestedShutdown != ShutdownRequest.None && _pending.Count == 0 && Inbox.Count == 0)
        {
            SendStop();
        }
    }

    private void SendStop()
    {
        if (!_stopSent)
        {
            _stopSent = true;
            _ToChildControl.Send(ReceivedShutdownSignal!);
        }
    }
}
