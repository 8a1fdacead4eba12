using Axon;

namespace Kamaelia.Gen.Benchmarks.Components;

/// <summary>
/// The threaded path: sends 0 .. count-1 from its own thread, waiting (Pause blocks on the thread) whenever the
/// queue to the scheduler (<c>queueLength</c> messages, 1000 by default) is full, then ProducerFinished.
/// </summary>
[Inbox("inbox", "Not used")]
[Inbox("control", "Not used")]
[Outbox<int>("outbox", "The numbers")]
[Outbox("signal", "ProducerFinished after the last number")]
public sealed partial class ThreadedIntSource(int count, int queueLength = 1000) : ThreadedComponent(queueLength)
{
    /// <inheritdoc />
    protected override void ThreadMain()
    {
        for (var i = 0; i < count;)
        {
            if (Outbox.TrySend(i))
            {
                i++;
            }
            else
            {
                Pause();
            }
        }

        var finished = new ProducerFinished(this);
        while (!Signal.TrySend(finished))
        {
            Pause();
        }
    }
}
