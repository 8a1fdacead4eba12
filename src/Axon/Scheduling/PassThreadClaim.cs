namespace Axon;

/// <summary>
/// Which thread runs a scheduler's passes, and that only one does at a time. The first pass binds the scheduler to
/// its thread; a later pass on that thread enters with one thread-local read and plain reads and writes: no lock,
/// no interlocked operation, no thread-id look-up and no reference stored. Another thread takes the scheduler over
/// only while no pass runs: it publishes its own binding, then waits out every thread's store buffer (a
/// process-wide memory barrier) before it looks whether the bound thread is in a pass. Either it sees that pass and
/// gives the binding back, or the bound thread, which re-reads the binding after marking itself in a pass, sees the
/// new binding and backs off.
/// </summary>
internal sealed class PassThreadClaim(Scheduler scheduler)
{
    // This thread's binding of the scheduler whose pass it runs, or ran last: it answers Scheduler.Current, and a
    // pass whose binding it already is needs no other look-up of the thread.
    [ThreadStatic]
    private static Binding? t_current;

    private readonly object _gate = new();
    private Binding? _binding;

    /// <summary>The scheduler running a pass on this thread, or null.</summary>
    public static Scheduler? Current => t_current is { InPass: true } binding ? binding.Scheduler : null;

    /// <summary>True when the scheduler is bound to the calling thread (with a pass running, it is that pass's thread).</summary>
    public bool IsBoundToThisThread => ReferenceEquals(_binding?.Thread, Thread.CurrentThread);

    /// <summary>Marks the calling thread as running a pass; throws if a pass runs already, here or elsewhere.</summary>
    public PassEntry Enter()
    {
        var binding = _binding;
        var current = t_current;
        if (binding is not null && ReferenceEquals(current, binding) && !binding.InPass)
        {
            // This thread's own binding (a binding is made for one thread, and t_current is this thread's).
            binding.InPass = true;
            if (ReferenceEquals(Volatile.Read(ref _binding), binding))
            {
                return new PassEntry(binding, null);
            }

            // Another thread is taking the scheduler over: leave it to the slow path, under the lock.
            binding.InPass = false;
        }

        return EnterBinding(current);
    }

    /// <summary>Ends the pass entered by <see cref="Enter"/>.</summary>
    public void Exit(PassEntry entry)
    {
        entry.Binding.InPass = false;
        if (entry.Restore is { } outer)
        {
            // A pass run from inside another scheduler's step: that scheduler is current again.
            t_current = outer;
        }
    }

    private PassEntry EnterBinding(Binding? current)
    {
        lock (_gate)
        {
            var thread = Thread.CurrentThread;
            var bound = _binding;
            Binding entered;
            if (bound is not null && ReferenceEquals(bound.Thread, thread))
            {
                if (bound.InPass)
                {
                    throw new InvalidOperationException("The scheduler is already running a pass on this thread: a component cannot run its own scheduler.");
                }

                bound.InPass = true;
                entered = bound;
            }
            else
            {
                entered = new Binding(scheduler, thread) { InPass = true };
                Volatile.Write(ref _binding, entered);
                if (bound is not null)
                {
                    Interlocked.MemoryBarrierProcessWide();
                    if (bound.InPass)
                    {
                        Volatile.Write(ref _binding, bound);
                        throw new InvalidOperationException("The scheduler is already running on another thread.");
                    }
                }
            }

            t_current = entered;

            // The thread's scheduler stays recorded after the pass, so that passes of one scheduler in a row take the
            // fast path; only a pass nested in another scheduler's step gives the outer scheduler back.
            return new PassEntry(entered, current is { InPass: true } ? current : null);
        }
    }

    /// <summary>A pass entered: its binding, and the outer scheduler's binding to make current again on exit.</summary>
    internal readonly record struct PassEntry(Binding Binding, Binding? Restore);

    /// <summary>One thread's claim on one scheduler; its flag is written only by that thread.</summary>
    internal sealed class Binding(Scheduler scheduler, Thread thread)
    {
        private volatile bool _inPass;

        public Scheduler Scheduler { get; } = scheduler;

        public Thread Thread { get; } = thread;

        public bool InPass
        {
            get => _inPass;
            set => _inPass = value;
        }
    }
}
