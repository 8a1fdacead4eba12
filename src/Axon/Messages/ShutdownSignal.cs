namespace Axon;

/// <summary>
/// A request, sent to a component's "control" inbox, that it stop. Every library component honours both kinds
/// the same way: it stops and forwards the message on its "signal" outbox so that shutdown cascades.
/// </summary>
public abstract class ShutdownSignal : Ipc
{
}
