using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Util;

public sealed class FanoutTests
{
    [Fact]
    public void EveryMessageGoesToEveryNamedOutboxInOrderThenProducerFinished()
    {
        var scheduler = new Scheduler();
        var fanout = new Fanout("left", "right", "audit");
        var sinks = new[] { new Collector(), new Collector(), new Collector() };
        var signals = new Collector();
        var payload = new object();
        fanout.Deliver(1);
        fanout.Deliver(payload);
        fanout.Deliver("three");
        var finished = new ProducerFinished();
        fanout.Deliver(finished, "control");
        new TestSystem([fanout, signals, .. sinks])
            .Wire(fanout, "left", sinks[0], "inbox")
            .Wire(fanout, "right", sinks[1], "inbox")
            .Wire(fanout, "audit", sinks[2], "inbox")
            .Wire(fanout, "signal", signals, "control")
            .Activate(scheduler);

        scheduler.RunUntil(() => fanout.IsStopped && signals.IsStopped && sinks.All(s => s.Received.Count == 3));

        Assert.All(sinks, s => Assert.Equal([1, payload, "three"], s.Received));
        Assert.All(sinks, s => Assert.Same(payload, s.Received[1]));
        Assert.Same(finished, Assert.Single(signals.Controls));
        foreach (var sink in sinks)
        {
            sink.Deliver(new ShutdownMicroprocess(), "control");
        }

        scheduler.RunWithin();
    }

    [Fact]
    public void AFullDestinationHoldsTheFanoutBackWithoutLoss()
    {
        var scheduler = new Scheduler();
        var fanout = new Fanout("slow", "fast");
        var slow = new Collector();
        var fast = new Collector();
        slow.Inbox.SizeLimit = 1;
        var items = Enumerable.Range(1, 10).Cast<object?>().ToArray();
        foreach (var item in items)
        {
            fanout.Deliver(item);
        }

        fanout.Deliver(new ProducerFinished(), "control");
        new TestSystem(fanout, slow, fast)
            .Wire(fanout, "slow", slow, "inbox")
            .Wire(fanout, "fast", fast, "inbox")
            .Activate(scheduler);

        scheduler.RunUntil(() => fanout.IsStopped && slow.Received.Count == 10 && fast.Received.Count == 10);

        Assert.Equal(items, slow.Received);
        Assert.Equal(items, fast.Received);
        slow.Deliver(new ShutdownMicroprocess(), "control");
        fast.Deliver(new ShutdownMicroprocess(), "control");
        scheduler.RunWithin();
    }

    [Fact]
    public void ShutdownMicroprocessIsForwardedAtOnce()
    {
        var scheduler = new Scheduler();
        var fanout = new Fanout("out");
        var signals = new Collector();
        var shutdown = new ShutdownMicroprocess();
        fanout.Deliver(shutdown, "control");
        new TestSystem(fanout, signals).Wire(fanout, "signal", signals, "control").Activate(scheduler);

        scheduler.RunWithin();

        Assert.Same(shutdown, Assert.Single(signals.Controls));
        Assert.True(fanout.IsStopped);
    }

    [Fact]
    public void AFanoutNeedsAtLeastOneOutbox() => Assert.Throws<ArgumentException>(() => new Fanout());
}
