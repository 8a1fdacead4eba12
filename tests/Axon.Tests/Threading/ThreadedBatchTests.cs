using Axon.Tests.Scheduling;

namespace Axon.Tests.Threading;

/// <summary><see cref="Inbox{T}.Batch"/> on a threaded component's own thread takes through the thread's queue.</summary>
public sealed class ThreadedBatchTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(16, 4)]
    [InlineData(1000, null)]
    public void AThreadedComponentsOwnThreadTakesItsBatchesThroughItsQueueInOrder(int queueLength, int? inboxLimit)
    {
        const int Count = 3000;
        var scheduler = new Scheduler();
        var source = new NumberSource(Count);
        var reader = new BatchReadingThread(Count, queueLength);
        reader.GetInbox<int>("inbox").SizeLimit = inboxLimit;
        source.Link((source, "outbox"), (reader, "inbox"));
        source.Activate(scheduler);
        reader.Activate(scheduler);

        using (var running = new RunningScheduler(scheduler))
        {
            Assert.True(SpinWait.SpinUntil(() => reader.IsStopped, Limits.Wait), "The reader did not end.");
        }

        Assert.Equal(Enumerable.Range(0, Count), reader.Received);
        Assert.Empty(scheduler.Faults);
    }
}

/// <summary>Reads numbers on its own thread, a batch at a time, until it has <c>count</c> of them.</summary>
internal sealed class BatchReadingThread(int count, int queueLength) : ThreadedComponent(queueLength)
{
    private static readonly ComponentDescriptor s_descriptor = TypedBoxes.Standard<int>("BatchReadingThread");

    public override ComponentDescriptor Descriptor => s_descriptor;

    public List<int> Received { get; } = [];

    protected override void ThreadMain()
    {
        var inbox = GetInbox<int>("inbox");
        while (Received.Count < count)
        {
            foreach (var number in inbox.Batch())
            {
                Received.Add(number);
            }

            if (Received.Count < count)
            {
                Pause();
            }
        }
    }
}
