using Axon.Tests.Scheduling;
using Axon.Tests.Support;

namespace Axon.Tests.Threading;

public sealed class ThreadedSendTests
{
    [Fact]
    public void MessagesSentFromTheThreadReachTheLinkedInboxInOrder()
    {
        const int Count = 500;
        var scheduler = new Scheduler();
        var sink = new Taker(Count);
        var threaded = new ThreadedProbe(self =>
        {
            for (var i = 0; i < Count; i++)
            {
                self.Send(i);
            }
        });
        threaded.Link((threaded, "outbox"), (sink, "inbox"));
        threaded.Activate(scheduler);
        sink.Activate(scheduler);

        scheduler.RunToEnd();

        Assert.Equal(Enumerable.Range(0, Count).Cast<object?>(), sink.Received);
    }

    [Fact]
    public void ExactlyQueueLengthPlusInboxSizeSendsSucceedBeforeNoSpaceInBox()
    {
        const int QueueLength = 3;
        const int InboxSize = 2;
        var scheduler = new Scheduler();
        var sink = new Idle();
        sink.SetInboxSize("inbox", InboxSize);
        using var done = new ManualResetEventSlim();
        var accepted = -1;
        NoSpaceInBoxException? refusal = null;
        var threaded = new ThreadedProbe(
            self =>
            {
                accepted = SendUntilRefusedTwice(self, out refusal);
                done.Set();
            },
            QueueLength);
        threaded.Link((threaded, "outbox"), (sink, "inbox"));
        threaded.Activate(scheduler);
        sink.Activate(scheduler);
        using var running = new RunningScheduler(scheduler);

        Assert.True(done.Wait(Limits.Wait));

        Assert.Equal(QueueLength + InboxSize, accepted);
        Assert.NotNull(refusal);
        Assert.Equal(QueueLength, refusal.Limit);
        Assert.Same(threaded.Outboxes["outbox"], refusal.Box);
    }

    [Fact]
    public void TheComponentEndsOnlyAfterEverythingItSentHasBeenDelivered()
    {
        const int Count = 20;
        var scheduler = new Scheduler();
        var sink = new Taker(Count, perStep: 1);
        sink.SetInboxSize("inbox", 1);
        var deliveredAtCloseDown = -1;
        var threaded = new ThreadedProbe(self =>
        {
            for (var i = 0; i < Count; i++)
            {
                self.Send(i);
            }
        })
        {
            OnClose = () => deliveredAtCloseDown = sink.Received.Count + sink.DataReady(),
        };
        threaded.Link((threaded, "outbox"), (sink, "inbox"));
        threaded.Activate(scheduler);
        sink.Activate(scheduler);

        scheduler.RunToEnd();

        Assert.Equal(Count, deliveredAtCloseDown);
        Assert.Equal(Enumerable.Range(0, Count).Cast<object?>(), sink.Received);
    }

    [Fact]
    public void MessagesSentJustBeforeTheThreadEndsAreNeverLost()
    {
        // The thread waits for a message, then sends and ends at once. The scheduler hands the message over
        // before it moves outgoing messages; many extra outboxes make that step long, so the thread often sends
        // and ends while the step is still running, after it has passed "outbox".
        for (var round = 0; round < 30; round++)
        {
            var scheduler = new Scheduler();
            var sink = new Idle();
            var threaded = new ThreadedProbe(self =>
            {
                self.Recv();
                self.Send("one");
                self.Send("two");
                self.Send("last");
            });
            for (var extra = 0; extra < 2000; extra++)
            {
                threaded.AddOutbox<object>("extra");
            }

            var trigger = new Probe(self => Script.Of(() => { }, () => self.Send("go")));
            trigger.Link((trigger, "outbox"), (threaded, "inbox"));
            threaded.Link((threaded, "outbox"), (sink, "inbox"));
            threaded.Activate(scheduler);
            trigger.Activate(scheduler);

            scheduler.RunToEnd();

            Assert.Equal(["one", "two", "last"], sink.GetInbox<object>("inbox").Peek());
        }
    }

    /// <summary>
    /// Sends numbers until a send is refused even after the scheduler has had a step to move messages on; returns
    /// how many were accepted.
    /// </summary>
    private static int SendUntilRefusedTwice(ThreadedComponent self, out NoSpaceInBoxException? refusal)
    {
        var accepted = 0;
        while (true)
        {
            try
            {
                self.Send(accepted);
                accepted++;
            }
            catch (NoSpaceInBoxException)
            {
                self.Sync();
                try
                {
                    self.Send(accepted);
                    accepted++;
                }
                catch (NoSpaceInBoxException second)
                {
                    refusal = second;
                    return accepted;
                }
            }
        }
    }
}
