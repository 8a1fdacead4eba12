namespace Kamaelia.Nats.Tests;

/// <summary>Sends readings in order, holding back while the target is full, then ProducerFinished.</summary>
[Inbox("inbox", "Not used")]
[Inbox("control", "Not used")]
[Outbox<Reading>("outbox", "The readings")]
[Outbox("signal", "ProducerFinished after the last reading")]
public sealed partial class ReadingSource(IReadOnlyList<Reading> readings) : Component
{
    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        var next = 0;
        while (next < readings.Count)
        {
            while (next < readings.Count && Outbox.TrySend(readings[next]))
            {
                next++;
            }

            if (next < readings.Count)
            {
                Pause();
            }

            yield return null;
        }

        Signal.Send(new ProducerFinished(this));
    }
}
