namespace Kamaelia.Nats.Tests;

/// <summary>Sends 1..<c>count</c> in order, holding back while the target is full, then ProducerFinished.</summary>
[Inbox("inbox", "Not used")]
[Inbox("control", "Not used")]
[Outbox<long>("outbox", "The numbers")]
[Outbox("signal", "ProducerFinished after the last number")]
public sealed partial class NumberSource(long count) : Component
{
    private long _sent;

    /// <summary>How many numbers have been sent.</summary>
    public long Sent => Interlocked.Read(ref _sent);

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        while (_sent < count)
        {
            while (_sent < count && Outbox.TrySend(_sent + 1))
            {
                Interlocked.Increment(ref _sent);
            }

            if (_sent < count)
            {
                Pause();
            }

            yield return null;
        }

        Signal.Send(new ProducerFinished(this));
    }
}
