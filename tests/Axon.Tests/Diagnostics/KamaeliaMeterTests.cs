using Axon.Tests.Support;

namespace Axon.Tests.Diagnostics;

/// <summary>
/// The "Kamaelia" meter through a <see cref="System.Diagnostics.Metrics.MeterListener"/>. Tests in other classes run
/// at the same time and record on the same instruments, so every assertion selects this class's own component
/// types by their tag (the pass counters have no such tag and are asserted as lower bounds).
/// </summary>
public sealed class KamaeliaMeterTests
{
    private static readonly (string, object?) MeteredSourceType = (KamaeliaMeter.ComponentTypeTag, nameof(MeteredSource));
    private static readonly (string, object?) MeteredRelayType = (KamaeliaMeter.ComponentTypeTag, nameof(MeteredRelay));
    private static readonly (string, object?) MeteredSinkType = (KamaeliaMeter.ComponentTypeTag, nameof(MeteredSink));

    [Fact]
    public void SendsAndDeliveriesAreCountedPerComponentTypeAndBox()
    {
        using var log = new MeasurementLog();
        var scheduler = new Scheduler();
        var source = new MeteredSource(1, 2, 3);
        var relay = new MeteredRelay();
        var sink = new MeteredSink();
        new ScriptedComponent(self => Chain(self, source, relay, sink)).Activate(scheduler);

        scheduler.RunWithin(TimeSpan.FromSeconds(30));

        Assert.Equal([1, 2, 3], sink.Received);
        Assert.Equal(3, log.Sum(KamaeliaMeter.MessagesSent, MeteredSourceType, (KamaeliaMeter.BoxTag, "outbox")));
        Assert.Equal(3, log.Sum(KamaeliaMeter.MessagesDelivered, MeteredRelayType, (KamaeliaMeter.BoxTag, "inbox")));
        Assert.Equal(3, log.Sum(KamaeliaMeter.MessagesSent, MeteredRelayType, (KamaeliaMeter.BoxTag, "outbox")));
        Assert.Equal(3, log.Sum(KamaeliaMeter.MessagesDelivered, MeteredSinkType, (KamaeliaMeter.BoxTag, "inbox")));

        // The end of the stream is a message like any other: ProducerFinished on "signal", and on to the sink's "control".
        Assert.Equal(1, log.Sum(KamaeliaMeter.MessagesSent, MeteredSourceType, (KamaeliaMeter.BoxTag, "signal")));
        Assert.Equal(1, log.Sum(KamaeliaMeter.MessagesDelivered, MeteredSinkType, (KamaeliaMeter.BoxTag, "control")));
    }

    [Fact]
    public void AMessageSentOnAnUnlinkedOutboxIsCountedAsDiscarded()
    {
        using var log = new MeasurementLog();
        var scheduler = new Scheduler();
        var source = new MeteredSource("lost", "too");
        source.Activate(scheduler);

        scheduler.RunWithin(TimeSpan.FromSeconds(30));

        Assert.Equal(2, source.Outboxes["outbox"].Discarded);
        Assert.Equal(2, log.Sum(KamaeliaMeter.MessagesDiscarded, MeteredSourceType, (KamaeliaMeter.BoxTag, "outbox")));
        Assert.Equal(0, log.Sum(KamaeliaMeter.MessagesDelivered, MeteredSourceType));
    }

    [Fact]
    public void AFaultIsCountedWithTheComponentTypeAndTheExceptionType()
    {
        using var log = new MeasurementLog();
        var scheduler = new Scheduler { Immortal = true };
        new MeteredFaulty().Activate(scheduler);

        scheduler.RunWithin(TimeSpan.FromSeconds(30));

        Assert.Single(scheduler.Faults);
        Assert.Equal(1, log.Sum(
            KamaeliaMeter.ComponentFaults,
            (KamaeliaMeter.ComponentTypeTag, nameof(MeteredFaulty)),
            (KamaeliaMeter.ErrorTypeTag, typeof(InvalidOperationException).FullName)));
    }

    [Fact]
    public void TheInboxDepthGaugeReportsWhatWaitsInEachInbox()
    {
        using var log = new MeasurementLog();
        var scheduler = new Scheduler();
        var source = new MeteredSource("a", "b", "c");
        var sink = new MeteredIdleSink();
        new ScriptedComponent(self => Pair(self, source, sink)).Activate(scheduler);
        scheduler.RunPasses(20);

        log.Collect();

        // The idle sink never reads: the three messages and ProducerFinished wait in its inboxes.
        var idleSinkType = (KamaeliaMeter.ComponentTypeTag, (object?)nameof(MeteredIdleSink));
        Assert.Equal([3], log.Values(KamaeliaMeter.InboxDepth, idleSinkType, (KamaeliaMeter.BoxTag, "inbox")));
        Assert.Equal([1], log.Values(KamaeliaMeter.InboxDepth, idleSinkType, (KamaeliaMeter.BoxTag, "control")));
        GC.KeepAlive(scheduler);
    }

    [Fact]
    public void PassesAndTheirStepsAndDurationsAreRecorded()
    {
        using var log = new MeasurementLog();
        var scheduler = new Scheduler();
        var source = new MeteredSource(1, 2, 3, 4, 5);
        source.Activate(scheduler);

        scheduler.RunWithin(TimeSpan.FromSeconds(30));

        // Other tests' schedulers count on the same instruments, so these are at least this scheduler's share: the
        // source steps once per message, once more to send ProducerFinished and end.
        Assert.True(log.Sum(KamaeliaMeter.SchedulerPasses) >= scheduler.PassCount, "every pass counted");
        Assert.True(log.Sum(KamaeliaMeter.SchedulerSteps) >= 6, "every step counted");
        Assert.True(log.Count(KamaeliaMeter.PassDuration) >= scheduler.PassCount, "every pass timed");
        Assert.All(log.Values(KamaeliaMeter.PassDuration), seconds => Assert.InRange(seconds, 0, 60));
    }

    [Fact]
    public void NothingIsRecordedWhileNobodyListens()
    {
        var scheduler = new Scheduler();
        var source = new MeteredSource(1, 2, 3);
        var sink = new MeteredSink();
        new ScriptedComponent(self => Pair(self, source, sink)).Activate(scheduler);
        scheduler.RunWithin(TimeSpan.FromSeconds(30));

        using var log = new MeasurementLog();

        Assert.Equal([1, 2, 3], sink.Received);
        Assert.Equal(0, log.Count(KamaeliaMeter.MessagesSent, MeteredSourceType));
    }

    private static IEnumerable<object?> Chain(Component self, Component source, Component relay, Component sink)
    {
        self.Link((source, "outbox"), (relay, "inbox"));
        self.Link((source, "signal"), (relay, "control"));
        self.Link((relay, "outbox"), (sink, "inbox"));
        self.Link((relay, "signal"), (sink, "control"));
        return RunChildren(self, source, relay, sink);
    }

    private static IEnumerable<object?> Pair(Component self, Component source, Component sink)
    {
        self.Link((source, "outbox"), (sink, "inbox"));
        self.Link((source, "signal"), (sink, "control"));
        return RunChildren(self, source, sink);
    }

    private static IEnumerable<object?> RunChildren(Component self, params Component[] children)
    {
        self.AddChildren(children);
        yield return new NewComponent(children);
        while (!self.ChildComponents().All(c => c.IsStopped))
        {
            self.Pause();
            yield return null;
        }
    }

    // Types of this class's own, so that its measurements can be told from those of tests running alongside.
    private sealed class MeteredSource(params object?[] messages) : Source(messages);

    private sealed class MeteredRelay : Forwarder;

    private sealed class MeteredSink : Collector;

    private sealed class MeteredIdleSink : Idle;

    /// <summary>Throws on its first step.</summary>
    private sealed class MeteredFaulty : Component
    {
        protected override IEnumerable<object?> Main()
        {
            throw new InvalidOperationException("deliberate");
        }
    }
}
