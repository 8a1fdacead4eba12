using Axon;
using Kamaelia.Http;

namespace WebAppSample;

/// <summary>
/// Answers its request with the numbers 1 to <c>count</c>, one line per body chunk. It sends a chunk only when the
/// response has room, so a client that reads slowly slows it down rather than filling memory.
/// </summary>
[Inbox<HttpRequestData>("inbox", "The request")]
[Inbox("control", "ProducerFinished after the request; ShutdownMicroprocess if the client goes")]
[Outbox<HttpResponsePart>("outbox", "The response: start, one chunk per number, end")]
[Outbox("signal", "The shutdown signal, once the response has been sent")]
public sealed partial class NumberStream(int count) : Component
{
    protected override IEnumerable<object?> Main()
    {
        Outbox.Send(HttpResponseStart.WithContentType(200, "text/plain; charset=utf-8"));
        var next = 1;
        while (next <= count && ReadControl(Control) != ShutdownRequest.StopNow)
        {
            if (Outbox.TrySend(HttpResponseChunk.FromText($"{next}\n")))
            {
                next++;
            }
            else
            {
                // The response is full: woken when the server takes a chunk.
                Pause();
            }

            yield return null;
        }

        // The end waits for room as the chunks do (a full response refuses it too), unless the client has gone.
        while (next > count && !Outbox.TrySend(HttpResponseEnd.Instance) && ReadControl(Control) != ShutdownRequest.StopNow)
        {
            Pause();
            yield return null;
        }

        while (!TryForwardShutdownSignal(Signal, ReceivedShutdownSignal as ShutdownMicroprocess ?? (ShutdownSignal)new ProducerFinished(this)))
        {
            Pause();
            yield return null;
        }
    }
}
