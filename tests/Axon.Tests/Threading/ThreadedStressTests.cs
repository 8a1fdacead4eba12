using Axon.Tests.Scheduling;

namespace Axon.Tests.Threading;

/// <summary>
/// The queues between a threaded component's boxes and its thread under load: random queue lengths, size limits,
/// message counts and consumer speeds, the thread slowing down at random. Every message arrives once, in order,
/// and no queue or inbox ever holds more than its bound. Each case is bounded in time, so a lost wake-up fails
/// the test instead of hanging it.
/// </summary>
public sealed class ThreadedStressTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 16)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void MessagesCrossTheThreadBothWaysOnceAndInOrderWithinEveryBound(int seed)
    {
        var random = new Random(seed);
        int? RandomLimit() => random.Next(3) == 0 ? null : random.Next(1, 9);

        RunThroughARelay(random.Next(200, 3000), random.Next(1, 17), RandomLimit(), RandomLimit(), random.Next(1, 9), jitterSeed: seed);
    }

    [Theory]
    [InlineData(4, null, 1, 1, 0)] // The thread is the fast side: refused by a queue of 4 in front of a sink taking one a step behind an inbox of 1.
    [InlineData(3, 2, null, int.MaxValue, 7)] // The scheduler side is: the source is refused by the relay's inbox of 2 until the thread's queue of 3 takes.
    public void TheFastSideIsHeldBackAndNothingIsLost(int queueLength, int? relayLimit, int? sinkLimit, int sinkPerStep, int jitterSeed)
    {
        var (source, sink) = RunThroughARelay(2000, queueLength, relayLimit, sinkLimit, sinkPerStep, jitterSeed);

        // The limit held back the fast side: it was reached.
        Assert.Equal(relayLimit ?? source.MostInDestination, source.MostInDestination);
        Assert.Equal(sinkLimit ?? sink.MostWaiting, sink.MostWaiting);
    }

    [Fact]
    public void ShutdownMicroprocessMidStreamStopsTheThreadAndAccountsForWhatItHeld()
    {
        const int Count = 5000;
        var scheduler = new Scheduler();
        var source = new NumberSource(Count);
        var relay = new ThreadedTypedRelay(queueLength: 8, jitterSeed: 3);
        relay.SetInboxSize("inbox", 4);
        var sink = new NumberSink(perStep: 2);
        source.Link((source, "outbox"), (relay, "inbox"));
        relay.Link((relay, "outbox"), (sink, "inbox"));
        relay.Link((relay, "signal"), (sink, "control"));
        var stopper = new Probe(_ => StopAfter(relay, sink, received: 1000));

        // The source stays, asleep in front of the stopped relay's full inbox: run until the relay and sink end.
        ActivateAll(scheduler, source, relay, sink, stopper);
        using (var running = new RunningScheduler(scheduler))
        {
            Assert.True(SpinWait.SpinUntil(() => relay.IsStopped && sink.IsStopped, Limits.Wait), "The relay and the sink did not end.");
        }

        // What the thread forwarded arrived in order; what it held is abandoned in order after it; the rest of what
        // the source sent still waits in the relay's inbox (or went down with the thread's queue, at most its length).
        var received = sink.Received;
        Assert.Equal(Enumerable.Range(0, received.Count), received);
        Assert.Equal(Enumerable.Range(received.Count, relay.Abandoned.Count), relay.Abandoned);
        var waiting = relay.GetInbox<int>("inbox").Peek();
        var accounted = received.Count + relay.Abandoned.Count + waiting.Count;
        Assert.InRange(source.Sent - accounted, 0, 8);
        Assert.True(received.Count >= 1000);
        Assert.Empty(scheduler.Faults);
    }

    [Fact]
    public void StoppingTheSchedulerMidStreamEndsAThreadWaitingForRoom()
    {
        var scheduler = new Scheduler();
        var source = new NumberSource(int.MaxValue);
        var relay = new ThreadedTypedRelay(queueLength: 2);
        relay.SetInboxSize("inbox", 4);
        var sink = new TypedRelay<int>(startClosed: true);
        sink.SetInboxSize("inbox", 1);
        source.Link((source, "outbox"), (relay, "inbox"));
        relay.Link((relay, "outbox"), (sink, "inbox"));
        ActivateAll(scheduler, source, relay, sink);
        using var running = new RunningScheduler(scheduler);

        // The sink takes nothing: everything fills (1 in the sink, 2 queued from the thread, 1 held by the thread,
        // 2 queued for it, 4 in its inbox) and the thread waits for room that never comes.
        Assert.True(SpinWait.SpinUntil(() => source.Sent == 10, Limits.Wait), $"Sent {source.Sent}.");

        scheduler.Stop();

        running.WaitForEnd();
        Assert.Equal(10, source.Sent);
        Assert.True(relay.IsStopped);
        Assert.Empty(scheduler.Faults);
    }

    [Fact]
    public void AThreadFailingMidStreamIsAFaultOfItsComponentAndEndsTheRun()
    {
        var scheduler = new Scheduler();
        var source = new NumberSource(10_000);
        var relay = new ThreadedTypedRelay(queueLength: 4, failAfter: 500);
        var sink = new NumberSink(perStep: 3);
        sink.SetInboxSize("inbox", 2);
        Wire(source, relay, sink);
        ActivateAll(scheduler, source, relay, sink);

        var thrown = Assert.Throws<ComponentFaultedException>(scheduler.RunToEnd);

        Assert.Same(relay, thrown.Component);
        Assert.Equal("The thread failed.", thrown.InnerException!.Message);
        Assert.Equal(Enumerable.Range(0, sink.Received.Count), sink.Received);
        Assert.True(sink.Received.Count <= 500);
    }

    [Fact]
    public void AMessageOfTheWrongTypeFromTheThreadFaultsTheComponentNamingItsBox()
    {
        // An untyped outbox feeding an inbox of int: the thread's message is refused when it is passed on.
        var scheduler = new Scheduler();
        var threaded = new ThreadedProbe(self =>
        {
            self.Send(1);
            self.Send("two");
        });
        var sink = new NumberSink();
        threaded.Link((threaded, "outbox"), (sink, "inbox"));
        threaded.Activate(scheduler);
        sink.Activate(scheduler);

        var thrown = Assert.Throws<ComponentFaultedException>(scheduler.RunToEnd);

        Assert.Same(threaded, thrown.Component);
        var mismatch = Assert.IsType<BoxTypeMismatchException>(thrown.InnerException);
        Assert.Contains(threaded.Name, mismatch.Message);
        Assert.Contains("'outbox'", mismatch.Message);
        Assert.Equal([1], sink.Received.Concat(sink.GetInbox<int>("inbox").Peek()));
    }

    /// <summary>
    /// Source → threaded relay → sink with the given bounds, run to the end: every message arrives once and in
    /// order, and no queue or inbox held more than its bound.
    /// </summary>
    private static (NumberSource Source, NumberSink Sink) RunThroughARelay(int count, int queueLength, int? relayLimit, int? sinkLimit, int sinkPerStep, int jitterSeed)
    {
        var scheduler = new Scheduler();
        var source = new NumberSource(count);
        var relay = new ThreadedTypedRelay(queueLength, jitterSeed);
        var sink = new NumberSink(sinkPerStep);
        relay.SetInboxSize("inbox", relayLimit);
        sink.SetInboxSize("inbox", sinkLimit);
        Wire(source, relay, sink);
        ActivateAll(scheduler, source, relay, sink);

        scheduler.RunToEnd();

        Assert.Equal(Enumerable.Range(0, count), sink.Received);
        Assert.True(relay.MostQueued <= queueLength, $"The thread saw {relay.MostQueued} queued, above the queue length {queueLength}.");
        Assert.True(source.MostInDestination <= (relayLimit ?? int.MaxValue), $"The relay's inbox held {source.MostInDestination}, above its limit {relayLimit}.");
        Assert.True(sink.MostWaiting <= (sinkLimit ?? int.MaxValue), $"The sink's inbox held {sink.MostWaiting}, above its limit {sinkLimit}.");
        Assert.True(relay.IsStopped);
        Assert.Empty(scheduler.Faults);
        return (source, sink);
    }

    private static void ActivateAll(Scheduler scheduler, params Component[] components)
    {
        foreach (var component in components)
        {
            component.Activate(scheduler);
        }
    }

    private static void Wire(Component source, Component relay, Component sink)
    {
        source.Link((source, "outbox"), (relay, "inbox"));
        source.Link((source, "signal"), (relay, "control"));
        relay.Link((relay, "outbox"), (sink, "inbox"));
        relay.Link((relay, "signal"), (sink, "control"));
    }

    /// <summary>Waits until the sink has <paramref name="received"/> messages, then tells the relay to stop now.</summary>
    private static IEnumerable<object?> StopAfter(Component relay, NumberSink sink, int received)
    {
        while (sink.Received.Count < received)
        {
            yield return null;
        }

        relay.Deliver(new ShutdownMicroprocess(), "control");
    }
}
