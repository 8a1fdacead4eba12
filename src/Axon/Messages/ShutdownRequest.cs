namespace Axon;

/// <summary>
/// What a component has been asked on its control inbox, under Kamaelia's shutdown convention. The values are
/// ordered: a later one asks more, and replaces an earlier one.
/// </summary>
public enum ShutdownRequest
{
    /// <summary>Nothing: no <see cref="ShutdownSignal"/> has come.</summary>
    None,

    /// <summary><see cref="ProducerFinished"/>: finish the work queued, forward the signal, stop.</summary>
    Finish,

    /// <summary><see cref="ShutdownMicroprocess"/>: forward the signal and stop at once, leaving queued work undone.</summary>
    StopNow,
}
