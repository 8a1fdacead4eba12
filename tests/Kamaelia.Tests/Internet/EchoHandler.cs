using System.Collections.Concurrent;

namespace Kamaelia.Tests.Internet;

/// <summary>
/// The echo protocol with backpressure: takes a chunk only when the connection has room for it, records every
/// control message, finishes the data queued on ProducerFinished and forwards it (which closes the connection).
/// </summary>
[Inbox<byte[]>("inbox", "Bytes from the peer")]
[Inbox("control", "Shutdown signals, recorded")]
[Outbox<byte[]>("outbox", "The same bytes back")]
[Outbox("signal", "The shutdown signal")]
internal sealed partial class EchoHandler : Component
{
    public ConcurrentQueue<object?> Controls { get; } = new();

    protected override IEnumerable<object?> Main()
    {
        ProducerFinished? finished = null;
        while (true)
        {
            while (!Outbox.IsFull && Inbox.TryRecv(out var chunk))
            {
                Outbox.Send(chunk);
            }

            while (Control.TryRecv(out var message))
            {
                Controls.Enqueue(message);
                if (message is ShutdownMicroprocess stop)
                {
                    Signal.Send(stop);
                    yield break;
                }

                finished ??= message as ProducerFinished;
            }

            if (finished is not null && Inbox.Count == 0)
            {
                Signal.Send(finished);
                yield break;
            }

            Pause();
            yield return null;
        }
    }
}
