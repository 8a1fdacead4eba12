using System.Net.Sockets;

namespace Kamaelia.Internet;

/// <summary>
/// The socket an asynchronous accept or connect produces, handed from the I/O completion to the component that
/// started it. When that component has already let go, the socket is closed instead, so none leaks.
/// </summary>
internal sealed class PendingSocket(SocketLedger ledger)
{
    private readonly Lock _gate = new();
    private Socket? _socket;
    private Exception? _failure;
    private bool _finished;
    private bool _released;

    /// <summary>Whether the accept or connect has completed, either way.</summary>
    public bool IsFinished
    {
        get
        {
            lock (_gate)
            {
                return _finished;
            }
        }
    }

    /// <summary>
    /// Called once by the completion: keeps a connected socket for the owner, or records why there is none
    /// (<paramref name="whenReleased"/> when the owner let go first) and closes the socket.
    /// </summary>
    public void Complete(Socket? socket, Exception? failure, string whenReleased)
    {
        lock (_gate)
        {
            _finished = true;
            if (socket is not null && failure is null && !_released)
            {
                _socket = socket;
                socket = null;
            }
            else
            {
                _failure = failure ?? new OperationCanceledException(whenReleased);
            }
        }

        Close(socket);
    }

    /// <summary>Takes the connected socket; null, with the reason in <paramref name="failure"/>, when there is none.</summary>
    public Socket? Take(out Exception? failure)
    {
        lock (_gate)
        {
            var socket = _socket;
            failure = _failure;
            _socket = null;
            return socket;
        }
    }

    /// <summary>The owner lets go: a socket not yet taken is closed now, one completed later when it completes.</summary>
    public void Release()
    {
        Socket? socket;
        lock (_gate)
        {
            _released = true;
            socket = _socket;
            _socket = null;
        }

        Close(socket);
    }

    private void Close(Socket? socket)
    {
        if (socket is not null)
        {
            socket.Dispose();
            ledger.SocketClosed();
        }
    }
}
