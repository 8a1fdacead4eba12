using Kamaelia.Util;
using Microsoft.Extensions.Time.Testing;

namespace Kamaelia.Tests.Documentation;

// The tests of docs/testing.md. The page quotes this file; keep them equal.

public sealed class UpperTests
{
    [Fact]
    public void EachLineIsSentOnInCapitals()
    {
        var scheduler = new Scheduler();
        var upper = new UpperWithHandlers();
        var results = new ChannelSink<string>();
        results.Link(upper.Outbox, results.Inbox);
        results.Link(upper.Signal, results.Control);
        upper.Activate(scheduler);
        results.Activate(scheduler);

        upper.Deliver("hello");
        upper.Deliver("world");
        scheduler.RunPass();

        Assert.Equal(0, upper.Inbox.Count);      // both lines were handled in one step
        Assert.True(results.Reader.TryRead(out var first));
        Assert.True(results.Reader.TryRead(out var second));
        Assert.Equal(["HELLO", "WORLD"], [first, second]);
    }

    [Fact]
    public void ProducerFinishedIsForwardedAfterTheLastLine()
    {
        var scheduler = new Scheduler();
        var upper = new UpperWithHandlers();
        var results = new ChannelSink<string>();
        results.Link(upper.Outbox, results.Inbox);
        results.Link(upper.Signal, results.Control);
        upper.Activate(scheduler);
        results.Activate(scheduler);

        upper.Deliver("last line");
        upper.Deliver(new ProducerFinished(), "control");
        while (scheduler.RunPass())
        {
            // every component has ended when RunPass returns false
        }

        Assert.True(upper.IsStopped);
        Assert.True(results.Reader.TryRead(out var line));
        Assert.Equal("LAST LINE", line);
        Assert.True(results.Reader.Completion.IsCompleted);   // the sink completes its channel on ProducerFinished
    }

    [Fact]
    public void AFullInboxHoldsTheHandlerBack()
    {
        var scheduler = new Scheduler();
        var upper = new UpperWithHandlers();
        var next = new PassThrough<string>();   // never activated: what reaches it stays in its inbox
        next.Inbox.SizeLimit = 1;
        next.Link(upper.Outbox, next.Inbox);
        upper.Activate(scheduler);

        upper.Deliver("one");
        upper.Deliver("two");
        scheduler.RunPass();

        Assert.Equal(1, next.Inbox.Count);        // "one" went through
        Assert.Equal(1, upper.Outbox.Held);       // "two" waits in the outbox, not lost
        Assert.True(upper.IsPaused);              // asleep until "one" is collected
        Assert.Equal("ONE", next.Inbox.Recv());   // collecting it wakes upper
        scheduler.RunPass();
        Assert.Equal("TWO", next.Inbox.Recv());
    }
}

public sealed class FaultTests
{
    [Fact]
    public void AFaultStopsTheRunAndNamesTheComponent()
    {
        var scheduler = new Scheduler();
        var parse = new Transformer<string, int>(int.Parse);
        parse.Activate(scheduler);

        parse.Deliver("not a number");
        var fault = Assert.Throws<ComponentFaultedException>(() => scheduler.RunPass());

        Assert.Same(parse, fault.Component);
        Assert.IsType<FormatException>(fault.InnerException);
    }

    [Fact]
    public void AnImmortalSchedulerRecordsTheFaultAndRunsTheRest()
    {
        var scheduler = new Scheduler { Immortal = true };
        var parse = new Transformer<string, int>(int.Parse);
        var other = new UpperWithHandlers();
        parse.Activate(scheduler);
        other.Activate(scheduler);

        parse.Deliver("not a number");
        scheduler.RunPass();

        var fault = Assert.Single(scheduler.Faults);
        Assert.Same(parse, fault.Component);
        Assert.True(parse.IsStopped);
        Assert.False(other.IsStopped);
    }
}

public sealed class ClockTimeTests
{
    [Fact]
    public void TheClockTicksWhenTimeIsMovedOn()
    {
        var time = new FakeTimeProvider();
        var scheduler = new Scheduler { TimeProvider = time };
        var clock = new Clock(TimeSpan.FromSeconds(10));
        var ticks = new ChannelSink<long>();
        ticks.Link(clock.Outbox, ticks.Inbox);
        clock.Activate(scheduler);
        ticks.Activate(scheduler);

        scheduler.RunPass();
        Assert.False(ticks.Reader.TryRead(out _));   // no time has passed

        time.Advance(TimeSpan.FromSeconds(10));      // the clock's timer fires now, on this thread
        scheduler.RunPass();                         // the clock sends its tick
        scheduler.RunPass();                         // the sink, woken by its arrival, takes it
        Assert.True(ticks.Reader.TryRead(out var tick));
        Assert.Equal(1, tick);
    }
}
