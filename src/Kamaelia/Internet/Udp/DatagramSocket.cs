using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Axon;

namespace Kamaelia.Internet.Udp;

/// <summary>
/// The bound UDP socket behind every UDP component. Receiving runs on the thread pool and queues what arrives,
/// waking the owner; the owner's steps hand the datagrams on, and send one payload at a time, asynchronously, so
/// that a slow network holds the payloads back in the owner's inbox. When <see cref="ReceiveAhead"/> datagrams wait
/// for a full outbox, reading stops and the operating system's buffer takes the overflow (UDP's own loss).
/// Thread-safe where it says so; everything else is called from the owner's steps.
/// </summary>
internal sealed class DatagramSocket
{
    /// <summary>The largest UDP payload over IPv4 (65,535 less the IP and UDP headers).</summary>
    public const int MaxPayload = 65_507;

    /// <summary>How many received datagrams may wait for the owner before reading stops.</summary>
    public const int ReceiveAhead = 64;

    private readonly Component _owner;
    private readonly Socket _socket;
    private readonly SocketLedger _ledger = new();
    private readonly ConcurrentQueue<Datagram> _arrived = new();
    private readonly Queue<Datagram> _waiting = new();
    private readonly SemaphoreSlim _receiveCredits = new(ReceiveAhead, ReceiveAhead);
    private readonly CancellationTokenSource _cancellation = new();
    private volatile Exception? _failure;
    private volatile bool _sending;
    private int _closed;
    private long _sent;
    private long _received;

    private DatagramSocket(Component owner, Socket socket, IPEndPoint local)
    {
        _owner = owner;
        _socket = socket;
        LocalEndPoint = local;
        _ledger.SocketOpened();
    }

    /// <summary>The address and port the socket is bound to (the one the system chose for port 0).</summary>
    public IPEndPoint LocalEndPoint { get; }

    /// <summary>The socket's address family, which every destination must share.</summary>
    public AddressFamily AddressFamily => LocalEndPoint.AddressFamily;

    /// <summary>0 or 1. Thread-safe.</summary>
    public int OpenSockets => _ledger.OpenSockets;

    /// <summary>How many asynchronous socket operations are running. Thread-safe.</summary>
    public int RunningOperations => _ledger.RunningOperations;

    /// <summary>How many datagrams have been sent. Thread-safe.</summary>
    public long DatagramsSent => Interlocked.Read(ref _sent);

    /// <summary>How many datagrams have been received. Thread-safe.</summary>
    public long DatagramsReceived => Interlocked.Read(ref _received);

    /// <summary>Whether received datagrams wait to be handed on.</summary>
    private bool HasReceived => _waiting.Count > 0 || !_arrived.IsEmpty;

    /// <summary>
    /// Binds a UDP socket for <paramref name="owner"/>, after <paramref name="configure"/> has set its options.
    /// </summary>
    /// <exception cref="IOException">The endpoint cannot be bound; the message names the owner and the endpoint.</exception>
    public static DatagramSocket Bind(Component owner, IPEndPoint local, Action<Socket>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(local);
        var socket = new Socket(local.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            configure?.Invoke(socket);
            socket.Bind(local);
        }
        catch (SocketException exception)
        {
            socket.Dispose();
            throw new IOException($"{owner.Name} cannot bind UDP {local}: {exception.Message}", exception);
        }

        return new DatagramSocket(owner, socket, (IPEndPoint)socket.LocalEndPoint!);
    }

    private void StartReceiving()
    {
        if (Volatile.Read(ref _closed) != 0)
        {
            return;
        }

        _ledger.OperationStarted();
        _ = ReceiveAsync(_cancellation.Token);
    }

    /// <summary>Throws what made reading or sending fail, naming the owner and the socket.</summary>
    private void ThrowIfFailed()
    {
        if (_failure is { } failure)
        {
            throw new IOException($"{_owner.Name} (UDP {LocalEndPoint}): {failure.Message}", failure);
        }
    }

    /// <summary>
    /// The owner's work until it is asked to stop: receives into <paramref name="outbox"/> and sends each payload from
    /// <paramref name="payloads"/> (none for a receiver) to <paramref name="destination"/>, one at a time. Ends when
    /// <paramref name="readControl"/> says <see cref="ShutdownRequest.StopNow"/>, or <see cref="ShutdownRequest.Finish"/>
    /// once every payload has been sent; then closes the socket and, unless stopping now, hands on what was already
    /// received before returning. The owner forwards its shutdown signal after it.
    /// </summary>
    /// <exception cref="IOException">Reading or sending failed.</exception>
    /// <exception cref="InvalidOperationException">Finishing with payloads that have no destination to go to.</exception>
    public IEnumerable<object?> Serve(Inbox<byte[]>? payloads, Outbox<Datagram> outbox, Func<ShutdownRequest> readControl, Func<IPEndPoint?> destination)
    {
        StartReceiving();
        ShutdownRequest requested;
        while (true)
        {
            ThrowIfFailed();
            ForwardReceived(outbox);
            requested = readControl();
            if (requested == ShutdownRequest.StopNow)
            {
                break;
            }

            var remote = destination();
            if (!_sending && remote is not null && payloads is not null && payloads.TryRecv(out var payload))
            {
                Send(payload, remote, payloads.Name);
            }

            var queued = payloads?.Count ?? 0;
            if (requested == ShutdownRequest.Finish && !_sending && queued == 0)
            {
                // The last send may have failed since the check above.
                ThrowIfFailed();
                break;
            }

            if (requested == ShutdownRequest.Finish && remote is null && queued > 0)
            {
                throw new InvalidOperationException($"{_owner.Name} (UDP {LocalEndPoint}) was asked to finish with {queued} payloads waiting in \"{payloads!.Name}\" and no destination to send them to.");
            }

            _owner.Pause();
            yield return null;
        }

        Close();
        while (requested != ShutdownRequest.StopNow && HasReceived && !IsReceiverGone(outbox))
        {
            ForwardReceived(outbox);
            if (HasReceived)
            {
                _owner.Pause();
                yield return null;
            }
        }
    }

    /// <summary>Hands waiting datagrams to <paramref name="outbox"/> for as long as it has room.</summary>
    private void ForwardReceived(Outbox<Datagram> outbox)
    {
        while (_arrived.TryDequeue(out var datagram))
        {
            _waiting.Enqueue(datagram);
        }

        while (_waiting.TryPeek(out var datagram) && outbox.TrySend(datagram))
        {
            _waiting.Dequeue();
            _receiveCredits.Release();
        }
    }

    /// <summary>
    /// Checks a payload that arrived on <paramref name="box"/> and starts sending it to <paramref name="remote"/>;
    /// only one send is on its way at a time.
    /// </summary>
    /// <exception cref="ArgumentException">The payload is null or larger than a datagram can be, or the destination's
    /// address family is not the socket's.</exception>
    private void Send(byte[]? payload, IPEndPoint remote, string box)
    {
        if (payload is null)
        {
            throw new ArgumentException($"{_owner.Name} (UDP {LocalEndPoint}): a null payload arrived on \"{box}\"; send byte arrays.", nameof(payload));
        }

        if (payload.Length > MaxPayload)
        {
            throw new ArgumentException($"{_owner.Name} (UDP {LocalEndPoint}): a payload of {payload.Length} bytes arrived on \"{box}\", more than a datagram can carry ({MaxPayload} bytes).", nameof(payload));
        }

        CheckDestination(remote, box);
        _sending = true;
        _ledger.OperationStarted();
        _ = SendAsync(payload, remote, _cancellation.Token);
    }

    /// <summary>Refuses a destination the socket cannot send to.</summary>
    /// <exception cref="ArgumentException">It is null or of another address family.</exception>
    public void CheckDestination(IPEndPoint? remote, string box)
    {
        if (remote is null)
        {
            throw new ArgumentException($"{_owner.Name} (UDP {LocalEndPoint}): a null destination arrived on \"{box}\".", nameof(remote));
        }

        if (remote.AddressFamily != AddressFamily)
        {
            throw new ArgumentException($"{_owner.Name} (UDP {LocalEndPoint}): the destination {remote} arrived on \"{box}\" is {remote.AddressFamily}, but the socket is {AddressFamily}.", nameof(remote));
        }
    }

    /// <summary>Closes the socket, ending reading and any send on its way. Safe from any thread, and idempotent.</summary>
    public void Close()
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
        {
            return;
        }

        _cancellation.Cancel();
        _socket.Dispose();
        _ledger.SocketClosed();
    }

    /// <summary>Lets the owner set socket options after binding (multicast membership).</summary>
    public void Configure(Action<Socket> configure, string what)
    {
        try
        {
            configure(_socket);
        }
        catch (SocketException exception)
        {
            Close();
            throw new IOException($"{_owner.Name} (UDP {LocalEndPoint}) cannot {what}: {exception.Message}", exception);
        }
    }

    private bool IsClosed => Volatile.Read(ref _closed) != 0;

    /// <summary>True when the outbox leads to a component that has ended: nothing will ever take what waits.</summary>
    private static bool IsReceiverGone(Outbox<Datagram> outbox) => outbox.Target is not null && outbox.FinalBox.Owner.IsStopped;

    private async Task ReceiveAsync(CancellationToken cancellation)
    {
        var buffer = new byte[MaxPayload + 1];
        EndPoint anySource = AddressFamily == AddressFamily.InterNetworkV6 ? new IPEndPoint(IPAddress.IPv6Any, 0) : new IPEndPoint(IPAddress.Any, 0);
        try
        {
            while (true)
            {
                await _receiveCredits.WaitAsync(cancellation).ConfigureAwait(false);
                SocketReceiveFromResult result;
                try
                {
                    result = await _socket.ReceiveFromAsync(buffer.AsMemory(), SocketFlags.None, anySource, cancellation).ConfigureAwait(false);
                }
                catch (SocketException exception) when (exception.SocketErrorCode == SocketError.ConnectionReset)
                {
                    // An earlier datagram found no listener (reported by some systems); the socket itself is fine.
                    _receiveCredits.Release();
                    continue;
                }

                Interlocked.Increment(ref _received);
                _arrived.Enqueue(new Datagram(buffer.AsSpan(0, result.ReceivedBytes).ToArray(), (IPEndPoint)result.RemoteEndPoint));
                _owner.Unpause();
            }
        }
        catch (Exception) when (IsClosed)
        {
            // Closing the socket is how reading stops.
        }
        catch (Exception exception)
        {
            _failure ??= exception;
            _owner.Unpause();
        }
        finally
        {
            _ledger.OperationFinished();
        }
    }

    private async Task SendAsync(byte[] payload, IPEndPoint remote, CancellationToken cancellation)
    {
        try
        {
            await _socket.SendToAsync(payload.AsMemory(), SocketFlags.None, remote, cancellation).ConfigureAwait(false);
            Interlocked.Increment(ref _sent);
        }
        catch (Exception) when (IsClosed)
        {
            // Closed while this datagram was on its way: nothing waits for it.
        }
        catch (Exception exception)
        {
            _failure ??= new IOException($"sending to {remote} failed: {exception.Message}", exception);
        }
        finally
        {
            _sending = false;
            _ledger.OperationFinished();
            _owner.Unpause();
        }
    }
}
