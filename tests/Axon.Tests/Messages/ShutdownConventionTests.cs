using System.Reflection;
using Axon.Tests.Boxes;
using Axon.Tests.Support;

namespace Axon.Tests.Messages;

/// <summary>
/// Kamaelia's shutdown convention as <see cref="Component"/> offers it to the generated loop and to hand-written
/// components: what is read and remembered from control, and how the signal is forwarded after what was sent.
/// </summary>
public sealed class ShutdownConventionTests
{
    [Fact]
    public void ReadControlKeepsTheFirstShutdownMicroprocessOverAProducerFinishedAndLeavesWhatFollowsIt()
    {
        var probe = new ShutdownProbe();
        var first = new ShutdownMicroprocess();
        probe.Deliver(new ProducerFinished(), "stop");
        probe.Deliver("not a signal", "stop");
        probe.Deliver(first, "stop");
        probe.Deliver(new ShutdownMicroprocess(), "stop");

        Assert.Equal(ShutdownRequest.StopNow, probe.Read());

        Assert.Same(first, probe.Received);
        Assert.Equal(ShutdownRequest.StopNow, probe.Requested);
        Assert.Equal(1, probe.DataReady("stop"));
    }

    [Fact]
    public void ReadControlUntilFinishStopsAtTheFirstSignalOfEitherKindAndReadsNothingOnceOneIsKept()
    {
        var probe = new ShutdownProbe();
        var finished = new ProducerFinished();
        probe.Deliver("not a signal", "stop");
        probe.Deliver(finished, "stop");
        probe.Deliver(new ShutdownMicroprocess(), "stop");

        Assert.Equal(ShutdownRequest.Finish, probe.Read(until: ShutdownRequest.Finish));
        Assert.Equal(ShutdownRequest.Finish, probe.Read(until: ShutdownRequest.Finish));

        Assert.Same(finished, probe.Received);
        Assert.Equal(1, probe.DataReady("stop"));
        Assert.Equal(ShutdownRequest.StopNow, probe.Read());
        Assert.Equal(0, probe.DataReady("stop"));
    }

    [Fact]
    public void ReadControlTakesOtherMessagesAndAnswersNoneWhileNoSignalHasCome()
    {
        var probe = new ShutdownProbe();
        probe.Deliver("not a signal", "stop");
        probe.Deliver(42, "stop");

        Assert.Equal(ShutdownRequest.None, probe.Read());

        Assert.Equal(0, probe.DataReady("stop"));
        Assert.Null(probe.Received);
    }

    [Fact]
    public void ReadControlRefusesToReadUntilNothingIsAsked()
    {
        var probe = new ShutdownProbe();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => probe.Read(until: ShutdownRequest.None));

        Assert.Equal("until", error.ParamName);
    }

    [Fact]
    public void RememberShutdownAnswersOnlyWhatAMessageNewlyAsks()
    {
        var probe = new ShutdownProbe();
        var finished = new ProducerFinished();
        var stop = new ShutdownMicroprocess();

        Assert.Equal(ShutdownRequest.None, probe.Remember("not a signal"));
        Assert.Equal(ShutdownRequest.Finish, probe.Remember(finished));
        Assert.Equal(ShutdownRequest.None, probe.Remember(new ProducerFinished()));
        Assert.Same(finished, probe.Received);
        Assert.Equal(ShutdownRequest.StopNow, probe.Remember(stop));
        Assert.Equal(ShutdownRequest.None, probe.Remember(new ShutdownMicroprocess()));
        Assert.Equal(ShutdownRequest.None, probe.Remember(new ProducerFinished()));

        Assert.Same(stop, probe.Received);
        Assert.Equal(ShutdownRequest.StopNow, probe.Requested);
    }

    [Fact]
    public void PeekShutdownMicroprocessFindsAStopBehindOtherMessagesWithoutTakingIt()
    {
        var probe = new ShutdownProbe();
        var stop = new ShutdownMicroprocess();
        probe.Deliver("not a signal", "stop");
        probe.Deliver(new ProducerFinished(), "stop");
        Assert.Null(ShutdownProbe.Peek(probe.ControlInbox));

        probe.Deliver(stop, "stop");

        Assert.Same(stop, ShutdownProbe.Peek(probe.ControlInbox));
        Assert.Equal(3, probe.DataReady("stop"));
        Assert.Equal(ShutdownRequest.None, probe.Requested);
    }

    [Fact]
    public void AForwardedProducerFinishedWaitsUntilWhatWasSentBeforeItHasGone()
    {
        var (probe, consumer) = HoldingOneMessage();
        var finished = new ProducerFinished();
        probe.Remember(finished);

        Assert.False(probe.Forward());
        Assert.Equal(0, consumer.DataReady("control"));

        Assert.Equal(1, consumer.Recv());
        Assert.True(probe.Forward());

        Assert.Equal([2], consumer.DrainAll());
        Assert.Equal([finished], consumer.DrainAll("control"));
        Assert.False(probe.HasHeldMessages);
    }

    [Fact]
    public void AForwardedShutdownMicroprocessGoesAtOnceAfterWhatIsHeldDeliveredPastTheLimit()
    {
        var (probe, consumer) = HoldingOneMessage();
        var stop = new ShutdownMicroprocess();
        probe.Remember(stop);

        Assert.True(probe.Forward());

        Assert.Equal([1, 2], consumer.DrainAll());
        Assert.Equal([stop], consumer.DrainAll("control"));
    }

    [Fact]
    public void TheSignalIsSentOnceWhateverALaterCallIsGiven()
    {
        var (probe, consumer) = Unlimited();
        var first = new ProducerFinished(probe);

        Assert.True(probe.Forward(first));
        Assert.True(probe.Forward(new ShutdownMicroprocess()));

        Assert.Equal([first], consumer.DrainAll("control"));
    }

    [Fact]
    public void AGivenSignalIsForwardedInsteadOfTheOneReceived()
    {
        var (probe, consumer) = Unlimited();
        var own = new ProducerFinished(probe);
        probe.Remember(new ProducerFinished());

        Assert.True(probe.Forward(own));

        Assert.Equal([own], consumer.DrainAll("control"));
    }

    [Fact]
    public void ForwardingWithNothingReceivedAndNothingGivenThrowsNamingTheOutbox()
    {
        var (probe, consumer) = Unlimited();

        var error = Assert.Throws<InvalidOperationException>(() => probe.Forward());

        Assert.Contains("\"done\"", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, consumer.DataReady("control"));
    }

    [Fact]
    public void ReleasingBeforeStoppingWaitsForRoomUnlessTheComponentStopsNow()
    {
        var (probe, consumer) = HoldingOneMessage();

        Assert.False(probe.ReleaseBeforeStopping());
        probe.Remember(new ProducerFinished());
        Assert.False(probe.ReleaseBeforeStopping());
        probe.Remember(new ShutdownMicroprocess());
        Assert.True(probe.ReleaseBeforeStopping());

        Assert.Equal([1, 2], consumer.DrainAll());
        Assert.Equal(0, consumer.DataReady("control"));
    }

    [Fact]
    public void AMainWrittenWithTheConventionHandlesWhatWasQueuedBeforeProducerFinishedThenForwardsIt()
    {
        var scheduler = new Scheduler();
        var (relay, sink) = Relayed();
        var finished = new ProducerFinished();
        relay.Deliver("a");
        relay.Deliver("b");
        relay.Deliver(finished, "control");
        relay.Activate(scheduler);

        scheduler.RunPasses(10);

        Assert.True(relay.IsStopped);
        Assert.Equal(["a", "b"], sink.DrainAll());
        Assert.Equal([finished], sink.DrainAll("control"));
    }

    [Fact]
    public void AMainWrittenWithTheConventionStopsAtOnceOnShutdownMicroprocessLeavingQueuedData()
    {
        var scheduler = new Scheduler();
        var (relay, sink) = Relayed();
        var stop = new ShutdownMicroprocess();
        relay.Deliver("a");
        relay.Deliver(new ProducerFinished(), "control");
        relay.Deliver(stop, "control");
        relay.Activate(scheduler);

        scheduler.RunPasses(10);

        Assert.True(relay.IsStopped);
        Assert.Empty(sink.DrainAll());
        Assert.Equal([stop], sink.DrainAll("control"));
        Assert.Equal(1, relay.DataReady("inbox"));
    }

    [Fact]
    public void ProducerFinishedAndShutdownMicroprocessAreTheOnlyShutdownSignals()
    {
        var constructors = typeof(ShutdownSignal).GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);

        // Private protected: no type outside Axon can derive a third kind that the convention would not know.
        Assert.All(constructors, c => Assert.True(c.IsFamilyAndAssembly, c.ToString()));
        Assert.Equal(
            [typeof(ProducerFinished), typeof(ShutdownMicroprocess)],
            typeof(ShutdownSignal).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ShutdownSignal))).OrderBy(t => t.Name));
    }

    /// <summary>A probe that holds messages, whose "outbox" leads to an inbox of limit 1 that holds 1 with 2 held.</summary>
    private static (ShutdownProbe Probe, Idle Consumer) HoldingOneMessage()
    {
        var (probe, consumer) = Unlimited();
        consumer.SetInboxSize("inbox", 1);
        probe.HoldWhenFull();
        probe.Out.Send(1);
        probe.Out.Send(2);
        Assert.Equal(1, probe.Out.Held);
        return (probe, consumer);
    }

    private static (ShutdownProbe Probe, Idle Consumer) Unlimited() => WiredToConsumer(new ShutdownProbe(), "done");

    private static (ConventionRelay Relay, Idle Sink) Relayed() => WiredToConsumer(new ConventionRelay(), "signal");

    /// <summary>Links "outbox" to a consumer's "inbox" and the signal outbox to its "control"; the consumer never runs.</summary>
    private static (T Component, Idle Consumer) WiredToConsumer<T>(T component, string signalOutbox)
        where T : Component
    {
        var consumer = new Idle();
        component.Link((component, "outbox"), (consumer, "inbox"));
        component.Link((component, signalOutbox), (consumer, "control"));
        return (component, consumer);
    }

    /// <summary>
    /// Exposes the convention's members for a control inbox named "stop" and a signal outbox named "done" that
    /// carries only shutdown signals: the members take the boxes, whatever they are called or carry.
    /// </summary>
    private sealed class ShutdownProbe : Component
    {
        private static readonly ComponentDescriptor s_descriptor = new(
            "ShutdownProbe",
            [
                BoxDescriptor.Inbox<object>("stop", "shutdown signals"),
                BoxDescriptor.Outbox<int>("outbox", "data"),
                BoxDescriptor.Outbox<ShutdownSignal>("done", "the shutdown signal"),
            ]);

        public override ComponentDescriptor Descriptor => s_descriptor;

        public Inbox<object> ControlInbox => GetInbox<object>("stop");

        public Outbox<int> Out => GetOutbox<int>("outbox");

        public ShutdownRequest Requested => RequestedShutdown;

        public ShutdownSignal? Received => ReceivedShutdownSignal;

        public static ShutdownMicroprocess? Peek(Inbox<object> control) => PeekShutdownMicroprocess(control);

        public ShutdownRequest Read(ShutdownRequest until = ShutdownRequest.StopNow) => ReadControl(ControlInbox, until);

        public ShutdownRequest Remember(object? message) => RememberShutdown(message);

        public bool Forward(ShutdownSignal? message = null) => TryForwardShutdownSignal(GetOutbox<ShutdownSignal>("done"), message);

        public bool ReleaseBeforeStopping() => TryReleaseHeldMessagesBeforeStopping();

        public void HoldWhenFull() => HoldMessagesWhenFull = true;
    }

    /// <summary>The guide's hand-written relay: the shutdown convention with the members the generated loop uses.</summary>
    private sealed class ConventionRelay : Component
    {
        protected override IEnumerable<object?> Main()
        {
            var control = GetInbox<object>("control");
            var inbox = GetInbox<object>("inbox");
            var outbox = GetOutbox<object>("outbox");
            while (ReadControl(control) != ShutdownRequest.StopNow)
            {
                while (inbox.TryRecv(out var message))
                {
                    outbox.Send(message);
                }

                if (RequestedShutdown == ShutdownRequest.Finish)
                {
                    break;
                }

                Pause();
                yield return null;
            }

            while (!TryForwardShutdownSignal(GetOutbox<object>("signal")))
            {
                Pause();
                yield return null;
            }
        }
    }
}
