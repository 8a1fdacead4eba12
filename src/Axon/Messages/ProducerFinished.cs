namespace Axon;

/// <summary>
/// "I will produce no more data": the receiver finishes the work already queued, forwards the message on
/// "signal" and stops. The clean end of a stream.
/// </summary>
public sealed class ProducerFinished : ShutdownSignal
{
    /// <summary>Creates the message.</summary>
    /// <param name="caller">The component that finished, if the sender wants to say.</param>
    /// <param name="message">An optional payload.</param>
    public ProducerFinished(object? caller = null, object? message = null)
    {
        Caller = caller;
        Message = message;
    }

    /// <summary>The component that finished, if given.</summary>
    public object? Caller { get; }

    /// <summary>An optional payload.</summary>
    public object? Message { get; }

    /// <inheritdoc />
    public override string ToString() => "ProducerFinished";
}
