namespace Axon;

/// <summary>
/// Which thread runs a scheduler's passes, and that only one does at a time. The first pass binds the scheduler to
/// its thread; later passes on that thread enter with plain reads and writes, with no interlocked operation and no
/// thread-id look-up. Another thread takes the scheduler over only while no pass runs: it publishes its own binding,
/// then waits out every thread's store buffer (a process-wide memory barrier) before it looks whether the bound
/// thread is in a pass. Either it sees that pass and gives the binding back, or the bound thread, which re-reads the
/// binding after marking itself in a pass, sees the new binding and backs off.
/// </summary>
internal sealed class PassThreadClaim
{
    private readonly object _gate = new();
    private Binding? _binding;

    // The binding the running pass entered by; read and written only by the pass's thread.
    private Binding? _entered;

    /// <summary>
    /// The thread running a pass now, or null. Written only by that thread as it enters and leaves; another thread
    /// may read a stale value, but never its own thread, so <see cref="IsPassThread"/> is exact everywhere.
    /// </summary>
    public Thread? PassThread { get; private set; }

    /// <summary>True on the thread running a pass now.</summary>
    public bool IsPassThread => ReferenceEquals(PassThread, Thread.CurrentThread);

    /// <summary>Marks the calling thread as running a pass; throws if a pass runs already, here or elsewhere.</summary>
    public void Enter()
    {
        var thread = Thread.CurrentThread;
        var binding = _binding;
        if (binding is not null && ReferenceEquals(binding.Thread, thread) && !binding.InPass)
        {
            binding.InPass = true;
            if (ReferenceEquals(Volatile.Read(ref _binding), binding))
            {
                (_entered, PassThread) = (binding, thread);
                return;
            }

            // Another thread is taking the scheduler over: leave it to the slow path, under the lock.
            binding.InPass = false;
        }

        EnterBinding(thread);
    }

    /// <summary>Ends the pass entered by <see cref="Enter"/>.</summary>
    public void Exit()
    {
        var entered = _entered!;
        (_entered, PassThread) = (null, null);
        entered.InPass = false;
    }

    private void EnterBinding(Thread thread)
    {
        lock (_gate)
        {
            var current = _binding;
            if (current is not null && ReferenceEquals(current.Thread, thread))
            {
                if (current.InPass)
                {
                    throw new InvalidOperationException("The scheduler is already running a pass on this thread: a component cannot run its own scheduler.");
                }

                current.InPass = true;
                (_entered, PassThread) = (current, thread);
                return;
            }

            var mine = new Binding(thread) { InPass = true };
            Volatile.Write(ref _binding, mine);
            if (current is not null)
            {
                Interlocked.MemoryBarrierProcessWide();
                if (current.InPass)
                {
                    Volatile.Write(ref _binding, current);
                    throw new InvalidOperationException("The scheduler is already running on another thread.");
                }
            }

            (_entered, PassThread) = (mine, thread);
        }
    }

    /// <summary>One thread's claim; its flag is written only by that thread (and by a takeover that has seen it clear).</summary>
    private sealed class Binding(Thread thread)
    {
        private volatile bool _inPass;

        public Thread Thread { get; } = thread;

        public bool InPass
        {
            get => _inPass;
            set => _inPass = value;
        }
    }
}
