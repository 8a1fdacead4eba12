using System.Collections.Concurrent;
using System.Net.Sockets;
using Axon;

namespace Kamaelia.Internet;

/// <summary>
/// One connected TCP socket as a component (Kamaelia's ConnectedSocketAdapter). Chunks of bytes arriving on
/// "inbox" are written to the socket in order, one chunk at a time; bytes read from the socket leave on "outbox"
/// in chunks of at most <see cref="ConnectionOptions.ReceiveChunkSize"/>. It has no thread: the socket's
/// asynchronous operations complete on the thread pool, queue what happened and wake the component, whose steps
/// do the rest.
/// <para>
/// Flow control: "inbox" is bounded (<see cref="ConnectionOptions.SendQueueLimit"/>) and a chunk is taken from it
/// only when the previous one has been sent, so a peer that reads slowly holds the producer back with
/// <see cref="NoSpaceInBoxException"/>. Received chunks wait while "outbox" leads to a full inbox; when
/// <see cref="ConnectionOptions.ReceiveAhead"/> of them wait it stops reading, and TCP holds the peer back.
/// </para>
/// <para>
/// Ending: when the peer finishes sending (or the connection fails) it sends, after the data, one
/// <see cref="ProducerFinished"/> carrying a <see cref="ConnectionShutdown"/> on "signal", and keeps sending what
/// it is given until told to close. ProducerFinished on "control" sends what is queued, then closes;
/// ShutdownMicroprocess closes at once. A failure (reset, failed send, a chunk larger than
/// <see cref="ConnectionOptions.MaxChunkSize"/>) closes it at once. Closing sends a <see cref="ConnectionClosed"/>
/// on "closed" and ends the component; data already read still goes out on "outbox" first, unless it was told to
/// stop at once or its receiver has ended.
/// </para>
/// </summary>
[Inbox<byte[]>("inbox", "Chunks of bytes to send to the peer, in order")]
[Inbox("control", "ProducerFinished: send what is queued, then close; ShutdownMicroprocess: close at once")]
[Outbox<byte[]>("outbox", "Chunks of bytes received from the peer")]
[Outbox("signal", "ProducerFinished carrying a ConnectionShutdown once nothing more will come from the peer (or the ShutdownMicroprocess that closed it)")]
[Outbox<ConnectionClosed>("closed", "A ConnectionClosed report when the socket has been closed, as the adapter ends")]
public sealed partial class ConnectedSocketAdapter : Component
{
    private readonly Socket _socket;
    private readonly ConnectionOptions _options;
    private readonly SocketLedger _ledger;
    private readonly ConcurrentQueue<Activity> _activity = new();
    private readonly Queue<byte[]> _received = new();
    private readonly SemaphoreSlim _receiveCredits;
    private readonly CancellationTokenSource _cancellation = new();
    private int _socketClosed;
    private volatile bool _abortRequested;
    private volatile ConnectionShutdown? _shutdown;
    private bool _sending;
    private bool _peerFinished;
    private bool _peerFinishedSignalled;
    private bool _closeGracefully;
    private Exception? _failure;
    private long _bytesReceived;
    private long _bytesSent;

    /// <summary>Wraps a connected socket, which the adapter then owns and closes.</summary>
    /// <param name="socket">A connected stream socket.</param>
    /// <param name="options">The limits of the connection; <see cref="ConnectionOptions.Default"/> when null.</param>
    public ConnectedSocketAdapter(Socket socket, ConnectionOptions? options = null)
        : this(socket, options ?? ConnectionOptions.Default, LedgerCountingOneSocket())
    {
    }

    /// <summary>Wraps a socket already counted in <paramref name="ledger"/>.</summary>
    internal ConnectedSocketAdapter(Socket socket, ConnectionOptions options, SocketLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (socket.SocketType != SocketType.Stream)
        {
            throw new ArgumentException($"{Name} needs a stream socket, not a {socket.SocketType} one.", nameof(socket));
        }

        _socket = socket;
        _options = options;
        _ledger = ledger;
        Connection = ConnectionInfo.Of(socket);
        _receiveCredits = new SemaphoreSlim(options.ReceiveAhead, options.ReceiveAhead);
        Inbox.SizeLimit = options.SendQueueLimit;
    }

    /// <summary>The two ends of the connection.</summary>
    public ConnectionInfo Connection { get; }

    /// <summary>
    /// When true, the adapter closes by itself once the peer has finished sending (after sending what is queued),
    /// and sends its signal only then: the behaviour <see cref="TCPClient"/> and <see cref="SingleServer"/> want.
    /// When false (as under <see cref="ServerCore"/>), a half-closed connection stays open for sending until the
    /// protocol handler closes it.
    /// </summary>
    public bool CloseWhenPeerFinishes { get; init; }

    /// <summary>How many bytes have been read from the socket.</summary>
    public long BytesReceived => Interlocked.Read(ref _bytesReceived);

    /// <summary>How many bytes have been written to the socket.</summary>
    public long BytesSent => Interlocked.Read(ref _bytesSent);

    /// <summary>True while the adapter has stopped reading because its receiver is not keeping up.</summary>
    public bool IsReceiveHeldBack => _receiveCredits.CurrentCount == 0 && !IsSocketClosed;

    /// <summary>Why the connection closed, once it has; null while it is open.</summary>
    public ConnectionShutdown? Shutdown => _shutdown;

    private bool IsSocketClosed => Volatile.Read(ref _socketClosed) != 0;

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        if (!_abortRequested)
        {
            StartReceiving();
        }

        ConnectionShutdown? ending;
        while (true)
        {
            TakeActivity();
            ForwardReceived();
            ReadControl(Control);
            StartSending();
            ending = DecideEnding();
            if (ending is not null)
            {
                break;
            }

            if (_peerFinished && _received.Count == 0 && !CloseWhenPeerFinishes && !_peerFinishedSignalled)
            {
                // The connection stays open for sending, so the adapter goes on; its signal is sent now, once.
                _peerFinishedSignalled = TryForwardShutdownSignal(Signal, new ProducerFinished(this, new ConnectionShutdown(Name, Connection, ConnectionShutdownReason.PeerClosed)));
            }

            Pause();
            yield return null;
        }

        CloseSocket(_closeGracefully);
        _shutdown = ending;

        // Closing first releases the socket while the receiver catches up with what was already read.
        while (_received.Count > 0 && !StopAtOnce() && !IsReceiverGone())
        {
            TakeActivity();
            ForwardReceived();
            ReadControl(Control);
            if (_received.Count > 0)
            {
                Pause();
                yield return null;
            }
        }

        // A signal sent when the peer finished is not sent again.
        var signal = RequestedShutdown == ShutdownRequest.StopNow ? ReceivedShutdownSignal : new ProducerFinished(this, ending);
        while (!TryForwardShutdownSignal(Signal, signal))
        {
            Pause();
            yield return null;
        }

        Closed.Send(new ConnectionClosed(this, ending));
    }

    /// <inheritdoc />
    protected override void OnClosedDown() => CloseSocket(graceful: false);

    /// <summary>Closes the socket at once, from any thread; the adapter then ends as if told ShutdownMicroprocess.</summary>
    internal void Abort()
    {
        _abortRequested = true;
        CloseSocket(graceful: false);
        Unpause();
    }

    private static SocketLedger LedgerCountingOneSocket()
    {
        var ledger = new SocketLedger();
        ledger.SocketOpened();
        return ledger;
    }

    private bool StopAtOnce() => _abortRequested || RequestedShutdown == ShutdownRequest.StopNow;

    /// <summary>True when "outbox" leads to a component that has ended: nothing will ever take what waits.</summary>
    private bool IsReceiverGone() => Outbox.Target is not null && Outbox.FinalBox.Owner.IsStopped;

    private ConnectionShutdown? DecideEnding()
    {
        _closeGracefully = false;
        if (StopAtOnce())
        {
            return new ConnectionShutdown(Name, Connection, ConnectionShutdownReason.Closed);
        }

        if (_failure is { } failure)
        {
            return new ConnectionShutdown(Name, Connection, IsReset(failure) ? ConnectionShutdownReason.Reset : ConnectionShutdownReason.Error, Describe(failure));
        }

        var flushed = !_sending && Inbox.Count == 0;
        _closeGracefully = flushed;
        if (flushed && RequestedShutdown == ShutdownRequest.Finish)
        {
            return new ConnectionShutdown(Name, Connection, ConnectionShutdownReason.Closed);
        }

        if (flushed && CloseWhenPeerFinishes && _peerFinished)
        {
            return new ConnectionShutdown(Name, Connection, ConnectionShutdownReason.PeerClosed);
        }

        return null;
    }

    private static bool IsReset(Exception failure) =>
        failure is SocketException { SocketErrorCode: SocketError.ConnectionReset or SocketError.ConnectionAborted or SocketError.Shutdown };

    private Exception Describe(Exception failure) => failure is SocketException
        ? new IOException($"{Name} ({Connection}): {failure.Message}", failure)
        : failure;

    private void TakeActivity()
    {
        while (_activity.TryDequeue(out var activity))
        {
            switch (activity.Kind)
            {
                case ActivityKind.Received:
                    _received.Enqueue(activity.Data!);
                    Interlocked.Add(ref _bytesReceived, activity.Data!.Length);
                    break;
                case ActivityKind.PeerFinished:
                    _peerFinished = true;
                    break;
                case ActivityKind.SendCompleted:
                    _sending = false;
                    Interlocked.Add(ref _bytesSent, activity.Count);
                    break;
                case ActivityKind.Failed:
                    _sending = false;
                    _failure ??= activity.Error;
                    break;
            }
        }
    }

    private void ForwardReceived()
    {
        while (_received.TryPeek(out var chunk) && Outbox.TrySend(chunk))
        {
            _received.Dequeue();
            _receiveCredits.Release();
        }
    }

    private void StartSending()
    {
        while (!_sending && _failure is null && !StopAtOnce() && Inbox.TryRecv(out var chunk))
        {
            if (chunk is null)
            {
                _failure = new ArgumentException($"{Name} ({Connection}): a null chunk arrived on \"inbox\"; send byte arrays.");
                return;
            }

            if (chunk.Length > _options.MaxChunkSize)
            {
                _failure = new MessageTooLargeException(
                    $"{Name} ({Connection}): a chunk of {chunk.Length} bytes arrived on \"inbox\", more than the limit of {_options.MaxChunkSize} bytes (ConnectionOptions.MaxChunkSize); the connection was closed rather than send part of a message.",
                    chunk.Length,
                    _options.MaxChunkSize);
                return;
            }

            if (chunk.Length > 0)
            {
                _sending = true;
                _ledger.OperationStarted();
                _ = SendAsync(chunk, _cancellation.Token);
            }
        }
    }

    private void StartReceiving()
    {
        _ledger.OperationStarted();
        _ = ReceiveAsync(_cancellation.Token);
    }

    private async Task ReceiveAsync(CancellationToken cancellation)
    {
        var buffer = new byte[_options.ReceiveChunkSize];
        try
        {
            while (true)
            {
                await _receiveCredits.WaitAsync(cancellation).ConfigureAwait(false);
                var count = await _socket.ReceiveAsync(buffer.AsMemory(), SocketFlags.None, cancellation).ConfigureAwait(false);
                if (count == 0)
                {
                    Post(new Activity(ActivityKind.PeerFinished, null, 0, null));
                    return;
                }

                Post(new Activity(ActivityKind.Received, buffer.AsSpan(0, count).ToArray(), count, null));
            }
        }
        catch (Exception) when (IsSocketClosed)
        {
            // Closing the socket is how reading stops.
        }
        catch (Exception exception)
        {
            Post(new Activity(ActivityKind.Failed, null, 0, exception));
        }
        finally
        {
            _ledger.OperationFinished();
        }
    }

    private async Task SendAsync(byte[] chunk, CancellationToken cancellation)
    {
        try
        {
            var sent = 0;
            while (sent < chunk.Length)
            {
                sent += await _socket.SendAsync(chunk.AsMemory(sent), SocketFlags.None, cancellation).ConfigureAwait(false);
            }

            Post(new Activity(ActivityKind.SendCompleted, null, chunk.Length, null));
        }
        catch (Exception) when (IsSocketClosed)
        {
            // The connection was closed while this chunk was on its way: nothing is waiting for it.
        }
        catch (Exception exception)
        {
            Post(new Activity(ActivityKind.Failed, null, 0, exception));
        }
        finally
        {
            _ledger.OperationFinished();
        }
    }

    private void Post(Activity activity)
    {
        _activity.Enqueue(activity);
        Unpause();
    }

    private void CloseSocket(bool graceful)
    {
        if (Interlocked.Exchange(ref _socketClosed, 1) != 0)
        {
            return;
        }

        try
        {
            if (graceful)
            {
                // Queued bytes still reach the peer, followed by the end of the stream.
                _socket.Shutdown(System.Net.Sockets.SocketShutdown.Send);
            }
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
        {
            // Already reset or closed: nothing is left to send.
        }
        finally
        {
            _cancellation.Cancel();
            _socket.Dispose();
            _ledger.SocketClosed();
        }
    }

    private enum ActivityKind
    {
        Received,
        PeerFinished,
        SendCompleted,
        Failed,
    }

    /// <summary>What a socket operation reported, queued for the component's next step.</summary>
    private readonly record struct Activity(ActivityKind Kind, byte[]? Data, int Count, Exception? Error);
}
