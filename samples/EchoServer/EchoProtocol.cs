using Axon;

namespace EchoServerSample;

/// <summary>
/// Kamaelia's echo protocol: sends back whatever the client sends. It takes a chunk only when the connection has
/// room for it, so a client that sends without reading is held back instead of filling the server's memory.
/// When the client finishes (a ProducerFinished carrying a ConnectionShutdown arrives on "control"), it echoes
/// what is left and forwards the signal, which closes the connection.
/// </summary>
[Inbox<byte[]>("inbox", "Bytes from the client")]
[Inbox("control", "ProducerFinished when the client has finished; ShutdownMicroprocess when the server stops")]
[Outbox<byte[]>("outbox", "The same bytes, back to the client")]
[Outbox("signal", "The shutdown signal, which closes the connection")]
public sealed partial class EchoProtocol : Component
{
    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        while (true)
        {
            while (!Outbox.IsFull && Inbox.TryRecv(out var chunk))
            {
                Outbox.Send(chunk);
            }

            // ShutdownMicroprocess stops at once; ProducerFinished once what the client sent has been echoed.
            var requested = ReadControl(Control);
            if (requested == ShutdownRequest.StopNow || (requested == ShutdownRequest.Finish && Inbox.Count == 0))
            {
                break;
            }

            Pause();
            yield return null;
        }

        while (!TryForwardShutdownSignal(Signal))
        {
            Pause();
            yield return null;
        }
    }
}
