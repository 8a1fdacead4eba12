using Axon.Tests.Scheduling;
using Axon.Tests.Support;

namespace Axon.Tests.Threading;

public sealed class ThreadedMarshallingTests
{
    [Fact]
    public void ALinkMadeOnTheThreadIsMadeByTheSchedulerDuringAPass()
    {
        var scheduler = new Scheduler();
        var sink = new Idle();
        using var go = new ManualResetEventSlim();
        using var linked = new ManualResetEventSlim();
        Axon.Linkage? fromThread = null;
        var threaded = new ThreadedProbe(self =>
        {
            go.Wait(Limits.Wait);
            fromThread = self.Link((self, "outbox"), (sink, "inbox"));
            linked.Set();
        });
        threaded.Activate(scheduler);
        sink.Activate(scheduler);
        scheduler.RunPass();

        go.Set();
        Assert.True(SpinWait.SpinUntil(() => scheduler.HasRunnableComponents, Limits.Wait), "The thread's request never reached the scheduler.");
        Assert.Empty(threaded.Linkages);
        Assert.False(linked.IsSet);

        scheduler.RunPass();

        var link = Assert.Single(threaded.Linkages);
        Assert.True(link.IsActive);
        Assert.Same(sink.Inboxes["inbox"], link.SinkBox);
        Assert.True(linked.Wait(Limits.Wait));
        Assert.Same(link, fromThread);
    }

    [Fact]
    public void MessagesSentAfterALinkMadeOnTheThreadFollowIt()
    {
        var scheduler = new Scheduler();
        var sink = new Taker(2);
        var threaded = new ThreadedProbe(self =>
        {
            self.Link((self, "outbox"), (sink, "inbox"));
            self.Send("first");
            self.Send("second");
        });
        threaded.Activate(scheduler);
        sink.Activate(scheduler);

        scheduler.RunToEnd();

        Assert.Equal(["first", "second"], sink.Received);
        Assert.Equal(0, threaded.Outboxes["outbox"].Discarded);
    }
}
