using System.Runtime.ExceptionServices;

namespace Axon;

/// <summary>
/// Runs one system over several schedulers, each on a thread of its own: whole components (and the children they
/// take with them) are placed on the group's schedulers, and a link whose two ends are on different schedulers
/// delivers through a lock-free bounded ring, keeping per-link FIFO, the final inbox's size limit and
/// backpressure, and losing nothing. On each scheduler everything is as on a single one (round-robin passes, pauses
/// before wakes). <see cref="Run()"/> returns when no component remains on any scheduler.
/// </summary>
/// <remarks>
/// <para>
/// Placement: <see cref="Place{T}"/> puts a component on a scheduler before it is activated; a component not
/// placed runs where its parent runs (a <see cref="Component"/> placed on a scheduler takes its children with it);
/// <see cref="Spread"/> cuts a chain of components (a pipeline's stages) into one even run per scheduler; and
/// <see cref="Activate"/> without an index deals top-level components round-robin.
/// </para>
/// <para>
/// Messages a component sends to one component on another scheduler arrive in the order sent, across boxes too
/// (data, then <see cref="ProducerFinished"/> on "signal"). A full link is a full inbox to the sender: it holds
/// as many messages as the final inbox's <see cref="Inbox{T}.SizeLimit"/>, or <see cref="LinkCapacity"/> for an
/// inbox with no limit, behind which further messages wait rather than being refused.
/// </para>
/// </remarks>
public sealed class SchedulerGroup
{
    private readonly Scheduler[] _schedulers;
    // Raised by a scheduler that has run out of components, and by a scheduler thread that ended.
    private readonly SemaphoreSlim _schedulerChanged = new(0);
    private readonly object _runGate = new();
    private int _nextRoundRobin;
    private int _linkCapacity = 1024;
    private TimeSpan _shutdownGracePeriod = TimeSpan.FromSeconds(5);
    private bool _running;

    /// <summary>Creates a group of <paramref name="count"/> schedulers (for example <see cref="Environment.ProcessorCount"/>).</summary>
    public SchedulerGroup(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _schedulers = new Scheduler[count];
        for (var i = 0; i < count; i++)
        {
            _schedulers[i] = new Scheduler(this, i);
        }
    }

    /// <summary>How many schedulers the group has.</summary>
    public int Count => _schedulers.Length;

    /// <summary>The scheduler at <paramref name="index"/> (set its <see cref="Scheduler.Immortal"/> and other options here).</summary>
    public Scheduler this[int index] => _schedulers[index];

    /// <summary>The group's schedulers, in index order.</summary>
    public IReadOnlyList<Scheduler> Schedulers => _schedulers;

    /// <summary>
    /// How many messages a link between two schedulers holds in flight when its final inbox has no size limit
    /// (1,024 by default); more wait behind it, in order, rather than being refused. A link into an inbox with a
    /// limit holds that many. Set it before linking.
    /// </summary>
    public int LinkCapacity
    {
        get => _linkCapacity;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _linkCapacity = value;
        }
    }

    /// <summary>
    /// How long <see cref="RunAsync"/> waits, once cancelled, for the components told to stop to end before it stops
    /// every scheduler (5 seconds by default; <see cref="Timeout.InfiniteTimeSpan"/> waits for ever).
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
    /// Places <paramref name="component"/> (and its children, unless they are placed themselves) on the scheduler at
    /// <paramref name="schedulerIndex"/>: it runs there once activated, whoever activates it. Place components before
    /// they are activated, and before the components linked to them run.
    /// </summary>
    /// <returns>The component, for chaining.</returns>
    public T Place<T>(T component, int schedulerIndex)
        where T : Component
    {
        ArgumentNullException.ThrowIfNull(component);
        if ((uint)schedulerIndex >= (uint)_schedulers.Length)
        {
            throw new ArgumentOutOfRangeException(
                nameof(schedulerIndex),
                schedulerIndex,
                $"{component.Name} cannot be placed on scheduler {schedulerIndex}: the group has {_schedulers.Length} scheduler{(_schedulers.Length == 1 ? "" : "s")} (indexes 0 to {_schedulers.Length - 1}).");
        }

        if (component.Scheduler is { } activated)
        {
            throw new InvalidOperationException(
                $"{component.Name} is already activated{(activated.Group is null ? " on a scheduler outside any group" : $" on scheduler {activated.GroupIndex}")}; place components before activating them.");
        }

        component.PlacedScheduler = _schedulers[schedulerIndex];
        LinkGraph.ResolveAround(component, withDescendants: true);
        return component;
    }

    /// <summary>
    /// Places a chain of components (a pipeline's stages, in order) in even, contiguous runs, one per scheduler: the
    /// first <c>n / Count</c> on scheduler 0 and so on, so that the chain crosses between schedulers only
    /// <c>Count - 1</c> times. With fewer components than schedulers, one per scheduler from 0.
    /// </summary>
    public void Spread(params Component[] components)
    {
        ArgumentNullException.ThrowIfNull(components);
        for (var i = 0; i < components.Length; i++)
        {
            Place(components[i], (int)((long)i * Math.Min(_schedulers.Length, components.Length) / components.Length));
        }
    }

    /// <summary>
    /// Activates a component on the scheduler at <paramref name="schedulerIndex"/>; without one, where it was placed,
    /// else on the next scheduler in turn (round-robin over the components activated this way).
    /// </summary>
    public Component Activate(Component component, int? schedulerIndex = null)
    {
        ArgumentNullException.ThrowIfNull(component);
        if (schedulerIndex is { } index)
        {
            Place(component, index);
        }
        else if (component.PlacedScheduler is null && component.Scheduler is null)
        {
            Place(component, (int)((uint)Interlocked.Increment(ref _nextRoundRobin) - 1) % _schedulers.Length);
        }

        return component.Activate(component.PlacedScheduler);
    }

    /// <summary>Activates <paramref name="components"/> (see <see cref="Activate"/>) and runs the group until no component remains.</summary>
    public void Run(params Component[] components)
    {
        ArgumentNullException.ThrowIfNull(components);
        foreach (var component in components)
        {
            Activate(component);
        }

        Run();
    }

    /// <summary>
    /// Runs every scheduler on a thread of its own until no component remains on any of them; the calling thread
    /// waits. If a component throws on a scheduler that is not <see cref="Scheduler.Immortal"/>, every scheduler is
    /// stopped and its <see cref="ComponentFaultedException"/> is thrown here.
    /// </summary>
    public void Run()
    {
        lock (_runGate)
        {
            if (_running)
            {
                throw new InvalidOperationException("The scheduler group is already running.");
            }

            _running = true;
        }

        ExceptionDispatchInfo? failure = null;
        var failureGate = new object();
        // Counted by each thread as it ends, before it tells the waiting thread (which cannot rely on Thread.IsAlive:
        // a thread that has just signalled is still alive).
        var ended = 0;
        var threads = new Thread[_schedulers.Length];
        try
        {
            for (var i = 0; i < threads.Length; i++)
            {
                var scheduler = _schedulers[i];
                threads[i] = new Thread(() =>
                {
                    try
                    {
                        scheduler.RunLoop(keepAlive: true);
                    }
                    catch (Exception exception)
                    {
                        lock (failureGate)
                        {
                            failure ??= ExceptionDispatchInfo.Capture(exception);
                        }
                    }
                    finally
                    {
                        Interlocked.Increment(ref ended);
                        _schedulerChanged.Release();
                    }
                })
                {
                    IsBackground = true,
                    Name = $"Kamaelia scheduler {i} of {threads.Length}",
                };
                threads[i].Start();
            }

            while (true)
            {
                _schedulerChanged.Wait();
                if (Volatile.Read(ref failure) is not null || Volatile.Read(ref ended) == threads.Length || EverySchedulerEmpty())
                {
                    break;
                }
            }
        }
        finally
        {
            StopEveryScheduler();
            foreach (var thread in threads)
            {
                thread?.Join();
            }

            foreach (var scheduler in _schedulers)
            {
                // A scheduler whose thread ended before the stop (a fault) must not stop the group's next run at once.
                scheduler.ForgetStopRequest();
            }

            lock (_runGate)
            {
                _running = false;
            }
        }

        failure?.Throw();
    }

    /// <summary>
    /// Runs the group (see <see cref="Run()"/>) on a thread of its own; the task completes when no component remains.
    /// Cancelling <paramref name="cancellationToken"/> asks the system to shut down, as
    /// <see cref="Scheduler.RunAsync(CancellationToken)"/> does: every top-level component of every scheduler gets a
    /// <see cref="ShutdownMicroprocess"/> on its "control", and after <see cref="ShutdownGracePeriod"/> every scheduler
    /// is stopped; either way the task then completes normally. A fault that ends the run is the task's exception.
    /// </summary>
    public Task RunAsync(CancellationToken cancellationToken = default) =>
        Task.Factory.StartNew(
            () => RunUntilEnded(cancellationToken),
            CancellationToken.None,
            TaskCreationOptions.LongRunning | TaskCreationOptions.DenyChildAttach,
            TaskScheduler.Default);

    private void RunUntilEnded(CancellationToken cancellationToken)
    {
        var graceGate = new object();
        var ended = false;
        ITimer? graceTimer = null;
        using var registration = cancellationToken.Register(() =>
        {
            foreach (var scheduler in _schedulers)
            {
                scheduler.ShutdownTopLevelComponents();
            }

            lock (graceGate)
            {
                if (!ended)
                {
                    graceTimer = TimeProvider.System.CreateTimer(_ => StopEveryScheduler(), null, _shutdownGracePeriod, Timeout.InfiniteTimeSpan);
                }
            }
        });
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
            }
        }
    }

    private void StopEveryScheduler()
    {
        foreach (var scheduler in _schedulers)
        {
            scheduler.Stop();
        }
    }

    /// <summary>A scheduler has run out of components: the running group looks whether all have.</summary>
    internal void NoticeSchedulerEmpty() => _schedulerChanged.Release();

    /// <summary>
    /// True when every scheduler waits with no component and no pending work, twice in a row with nothing received
    /// in between: work only comes from a component (or another thread), so once no scheduler has any, and none was
    /// handed any while the group looked, none can come.
    /// </summary>
    private bool EverySchedulerEmpty()
    {
        Span<long> first = stackalloc long[_schedulers.Length];
        for (var i = 0; i < _schedulers.Length; i++)
        {
            if (!_schedulers[i].IsWaitingEmpty(out first[i]))
            {
                return false;
            }
        }

        for (var i = 0; i < _schedulers.Length; i++)
        {
            if (!_schedulers[i].IsWaitingEmpty(out var again) || again != first[i])
            {
                return false;
            }
        }

        return true;
    }
}
