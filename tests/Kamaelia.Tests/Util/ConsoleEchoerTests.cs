using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Util;

public sealed class ConsoleEchoerTests
{
    [Fact]
    public void EveryMessageIsWrittenAfterTheTagAndForwardedWhenAForwarder()
    {
        var scheduler = new Scheduler();
        var output = new StringWriter();
        var echoer = new ConsoleEchoer(forwarder: true, tag: "> ", output: output);
        var sink = new Collector();
        var finished = new ProducerFinished();
        echoer.Deliver("hello");
        echoer.Deliver(42);
        echoer.Deliver(finished, "control");
        TestSystem.Around(scheduler, echoer, sink);

        scheduler.RunWithin();

        Assert.Equal("> hello> 42", output.ToString());
        Assert.Equal(["hello", 42], sink.Received);
        Assert.Same(finished, Assert.Single(sink.Controls));
    }

    [Fact]
    public void WithoutForwardingNothingIsSentOnTheOutbox()
    {
        var scheduler = new Scheduler();
        var output = new StringWriter();
        var echoer = new ConsoleEchoer(output: output);
        var sink = new Collector();
        echoer.Deliver("quiet");
        echoer.Deliver(new ProducerFinished(), "control");
        TestSystem.Around(scheduler, echoer, sink);

        scheduler.RunWithin();

        Assert.Equal("quiet", output.ToString());
        Assert.Empty(sink.Received);
    }

    [Fact]
    public void ShutdownMicroprocessIsForwardedAndEndsTheEchoer()
    {
        var scheduler = new Scheduler();
        var echoer = new ConsoleEchoer(output: new StringWriter());
        var sink = new Collector();
        var shutdown = new ShutdownMicroprocess();
        TestSystem.Around(scheduler, echoer, sink);
        scheduler.RunPasses(5);
        echoer.Deliver(shutdown, "control");

        scheduler.RunWithin();

        Assert.Same(shutdown, Assert.Single(sink.Controls));
        Assert.True(echoer.IsStopped);
    }
}
