namespace Kamaelia.Internet;

/// <summary>
/// Counts the open sockets and the running socket operations of one server or client, so that a test or a
/// health check can see that shutting down released everything. Thread-safe.
/// </summary>
internal sealed class SocketLedger
{
    private int _openSockets;
    private int _runningOperations;

    public int OpenSockets => Volatile.Read(ref _openSockets);

    public int RunningOperations => Volatile.Read(ref _runningOperations);

    public void SocketOpened() => Interlocked.Increment(ref _openSockets);

    public void SocketClosed() => Interlocked.Decrement(ref _openSockets);

    public void OperationStarted() => Interlocked.Increment(ref _runningOperations);

    public void OperationFinished() => Interlocked.Decrement(ref _runningOperations);
}
