using Axon.Tests.Scheduling;

namespace Axon.Tests.Threading;

public sealed class ThreadedReceiveTests
{
    [Fact]
    public void RecvOnTheThreadBlocksUntilAMessageArrives()
    {
        var scheduler = new Scheduler();
        using var receiving = new ManualResetEventSlim();
        object? received = null;
        var threaded = new ThreadedProbe(self =>
        {
            receiving.Set();
            received = self.Recv();
        });
        var feeder = new Probe(self => Script.Of(self.Pause, () => self.Send("late")));
        feeder.Link((feeder, "outbox"), (threaded, "inbox"));
        threaded.Activate(scheduler);
        feeder.Activate(scheduler);
        using var running = new RunningScheduler(scheduler);
        Assert.True(receiving.Wait(Limits.Wait));

        feeder.Unpause();

        running.WaitForEnd();
        Assert.Equal("late", received);
    }

    [Fact]
    public void PauseOnTheThreadReturnsWhenAMessageIsHandedIn()
    {
        var scheduler = new Scheduler();
        using var waiting = new ManualResetEventSlim();
        var seen = -1;
        var threaded = new ThreadedProbe(self =>
        {
            waiting.Set();
            while (self.DataReady() == 0)
            {
                self.Pause();
            }

            seen = self.DataReady();
        });
        var feeder = new Probe(self => Script.Of(self.Pause, () => self.Send("late")));
        feeder.Link((feeder, "outbox"), (threaded, "inbox"));
        threaded.Activate(scheduler);
        feeder.Activate(scheduler);
        using var running = new RunningScheduler(scheduler);
        Assert.True(waiting.Wait(Limits.Wait));

        feeder.Unpause();

        running.WaitForEnd();
        Assert.Equal(1, seen);
    }

    [Fact]
    public void DataReadyAndAnyReadyOnTheThreadReadTheThreadsQueues()
    {
        var scheduler = new Scheduler();
        var readyBefore = -1;
        var anyBefore = false;
        var readyAfter = -1;
        var anyAfter = true;
        var received = new List<object?>();
        var threaded = new ThreadedProbe(self =>
        {
            while (self.DataReady("inbox") < 2)
            {
                self.Pause();
            }

            readyBefore = self.DataReady("inbox");
            anyBefore = self.AnyReady();
            received.Add(self.Recv());
            received.Add(self.Recv());
            readyAfter = self.DataReady("inbox");
            anyAfter = self.AnyReady();
        });
        threaded.Deliver(1);
        threaded.Deliver(2);
        threaded.Activate(scheduler);

        scheduler.RunToEnd();

        Assert.Equal(2, readyBefore);
        Assert.True(anyBefore);
        Assert.Equal([1, 2], received);
        Assert.Equal(0, readyAfter);
        Assert.False(anyAfter);
    }

    [Fact]
    public void MessagesHandedToTheThreadLeaveTheComponentsOwnInbox()
    {
        var scheduler = new Scheduler();
        using var handedIn = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var threaded = new ThreadedProbe(self =>
        {
            while (self.DataReady() < 3)
            {
                self.Pause();
            }

            handedIn.Set();
            release.Wait(Limits.Wait);
        });
        threaded.Deliver("a");
        threaded.Deliver("b");
        threaded.Deliver("c");
        threaded.Activate(scheduler);
        using var running = new RunningScheduler(scheduler);

        Assert.True(handedIn.Wait(Limits.Wait));
        var leftInTheBox = threaded.DataReady();
        release.Set();
        running.WaitForEnd();

        Assert.Equal(0, leftInTheBox);
    }
}
