using Kamaelia.Http;

namespace Kamaelia.Http.Tests.Components;

/// <summary>
/// Answers a request with <c>count</c> chunks of <c>chunkSize</c> bytes (for ever when count is null), sending each only
/// when there is room, and records how far it got and how it was stopped.
/// </summary>
[Inbox<HttpRequestData>("inbox")]
[Inbox("control")]
[Outbox<HttpResponsePart>("outbox")]
[Outbox("signal")]
public sealed partial class Streamer(int? count, int chunkSize) : Component
{
    private long _sent;
    private volatile bool _toldToStop;

    public long Sent => Interlocked.Read(ref _sent);

    public bool ToldToStop => _toldToStop;

    protected override IEnumerable<object?> Main()
    {
        while (!Inbox.TryRecv(out _))
        {
            Pause();
            yield return null;
        }

        Outbox.Send(HttpResponseStart.WithContentType(200, "application/octet-stream"));
        var chunk = new byte[chunkSize];
        while (count is null || Sent < count)
        {
            if (ReadControl(Control) == ShutdownRequest.StopNow)
            {
                _toldToStop = true;
                break;
            }

            if (Outbox.TrySend(new HttpResponseChunk(chunk)))
            {
                Interlocked.Increment(ref _sent);
                yield return null;
            }
            else
            {
                Pause();
                yield return null;
            }
        }

        // The end waits for room as the chunks do: sent into a full response it would be refused.
        while (!_toldToStop && !Outbox.TrySend(HttpResponseEnd.Instance))
        {
            if (ReadControl(Control) == ShutdownRequest.StopNow)
            {
                _toldToStop = true;
                break;
            }

            Pause();
            yield return null;
        }

        while (!TryForwardShutdownSignal(Signal, ReceivedShutdownSignal is ShutdownMicroprocess stop ? stop : new ProducerFinished(this)))
        {
            Pause();
            yield return null;
        }
    }
}
