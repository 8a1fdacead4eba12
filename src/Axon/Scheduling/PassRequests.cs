namespace Axon;

/// <summary>
/// What was asked of a component during the current pass, kept on the component so that the common requests cost a
/// flag rather than an entry in a list: a pause and a wake of a component in the run queue only decide, at the end
/// of the pass, whether it goes to sleep (a wake wins). Only a wake that must put a component back into the run
/// queue (it sleeps, or is being activated) takes a list entry, because the order of those entries is the order in
/// which the woken join the queue.
/// </summary>
[Flags]
internal enum PassRequests : byte
{
    None = 0,

    /// <summary>Paused while awake, in this pass.</summary>
    Pause = 1,

    /// <summary>Woken while awake, in this pass: a pause of this pass does not take effect.</summary>
    Wake = 2,

    /// <summary>An entry waits in the scheduler's wake list (the component sleeps, or is being activated).</summary>
    WakeListed = 4,
}
