using System.Runtime.CompilerServices;

namespace Axon;

/// <summary>
/// Wakes a component from other threads at most once per pause, through the scheduler's ordinary cross-thread
/// wake (<see cref="Component.Unpause"/>). The component arms it as it runs out of work that other threads bring
/// (messages in a ring, room in a ring), then looks for that work once more before it pauses; a thread that
/// brings work wakes it only when it is armed. While the component is busy a thread pays a fence and one read,
/// never a lock, and a burst of messages costs one wake.
/// </summary>
/// <remarks>
/// Arming is a full fence after the store, and so is the thread's check before its read (a Dekker pair): either
/// the component's last look sees the work, or the thread sees the mark. A wake that races with the pause wins,
/// as every wake does (the scheduler applies pauses before wakes).
/// </remarks>
internal sealed class CrossThreadWake(Component owner)
{
    private int _armed;

    /// <summary>The component, on its scheduler's thread: about to pause unless its last look finds work.</summary>
    public void Arm() => Interlocked.Exchange(ref _armed, 1);

    /// <summary>The component: its last look found work, so it stays awake.</summary>
    public void Disarm() => Volatile.Write(ref _armed, 0);

    /// <summary>Another thread, after it has published work for the component: wakes it if it is armed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WakeIfArmed()
    {
        Interlocked.MemoryBarrier();
        if (Volatile.Read(ref _armed) != 0)
        {
            Wake();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Wake()
    {
        if (Interlocked.Exchange(ref _armed, 0) != 0)
        {
            owner.Unpause();
        }
    }
}
