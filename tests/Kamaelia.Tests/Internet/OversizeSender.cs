using System.Collections.Concurrent;

namespace Kamaelia.Tests.Internet;

/// <summary>Answers any data with one chunk of the given size, and records its control messages.</summary>
[Inbox<byte[]>("inbox", "Bytes from the peer")]
[Inbox("control", "Shutdown signals, recorded")]
[Outbox<byte[]>("outbox", "One chunk per message received")]
[Outbox("signal", "The shutdown signal")]
internal sealed partial class OversizeSender : Component
{
    private readonly int _size;

    public OversizeSender(int size) => _size = size;

    public ConcurrentQueue<object?> Controls { get; } = new();

    protected override IEnumerable<object?> Main()
    {
        while (true)
        {
            while (Inbox.TryRecv(out _))
            {
                Outbox.Send(new byte[_size]);
            }

            while (Control.TryRecv(out var message))
            {
                Controls.Enqueue(message);
                if (message is ShutdownSignal signal)
                {
                    Signal.Send(signal);
                    yield break;
                }
            }

            Pause();
            yield return null;
        }
    }
}
