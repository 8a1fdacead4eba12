using Axon.Tests.Scheduling;

namespace Axon.Tests.Threading;

public sealed class ThreadedControlOrderTests
{
    [Fact]
    public void AControlMessageReachesTheThreadAfterTheDataSentBeforeIt()
    {
        var scheduler = new Scheduler();
        var dataWhenControlSeen = -1;
        var received = new List<object?>();
        object? control = null;
        var threaded = new ThreadedProbe(self =>
        {
            while (self.DataReady("control") == 0)
            {
                self.Pause();
            }

            dataWhenControlSeen = self.DataReady("inbox");
            while (self.DataReady("inbox") > 0)
            {
                received.Add(self.Recv("inbox"));
            }

            control = self.Recv("control");
        });
        var finished = new ProducerFinished();
        var feeder = new Probe(self => Script.Of(() =>
        {
            self.Send(1);
            self.Send(2);
            self.Send(3);
            self.Send(finished, "signal");
        }));
        feeder.Link((feeder, "outbox"), (threaded, "inbox"));
        feeder.Link((feeder, "signal"), (threaded, "control"));
        threaded.Activate(scheduler);
        feeder.Activate(scheduler);

        scheduler.RunToEnd();

        Assert.Equal(3, dataWhenControlSeen);
        Assert.Equal([1, 2, 3], received);
        Assert.Same(finished, control);
    }
}
