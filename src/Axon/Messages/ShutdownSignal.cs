namespace Axon;

/// <summary>
/// A request, sent to a component's "control" inbox, that it stop. Every library component honours both kinds
/// the same way: it stops and forwards the message on its "signal" outbox so that shutdown cascades.
/// </summary>
/// <remarks>
/// The two kinds are the only ones: the convention, and <see cref="ShutdownRequest"/>, know no third, so a component
/// that stops on any shutdown signal and one that tells the two apart agree on every message.
/// </remarks>
public abstract class ShutdownSignal : Ipc
{
    private protected ShutdownSignal()
    {
    }
}
