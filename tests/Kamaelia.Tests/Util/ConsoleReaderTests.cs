using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Util;

public sealed class ConsoleReaderTests
{
    [Fact]
    public void EachLineIsSentWithTheEndOfLineUntilTheInputEndsThenProducerFinished()
    {
        var scheduler = new Scheduler();
        var prompts = new StringWriter();
        var reader = new ConsoleReader(prompt: "? ", input: new StringReader("one\ntwo\n"), promptOutput: prompts);
        var sink = new Collector();
        TestSystem.Around(scheduler, reader, sink);

        scheduler.RunWithin();

        Assert.Equal(["one\n", "two\n"], sink.Received);
        var signal = Assert.IsType<ProducerFinished>(Assert.Single(sink.Controls));
        Assert.Same(reader, signal.Caller);
        Assert.Equal("? ? ? ", prompts.ToString());
    }

    [Fact]
    public void TheEndOfLineTextIsConfigurable()
    {
        var scheduler = new Scheduler();
        var reader = new ConsoleReader(prompt: "", eol: "", input: new StringReader("a\r\nb"), promptOutput: TextWriter.Null);
        var sink = new Collector();
        TestSystem.Around(scheduler, reader, sink);

        scheduler.RunWithin();

        Assert.Equal(["a", "b"], sink.Received);
    }

    [Fact]
    public void AShutdownSignalEndsTheReaderAfterTheLineBeingRead()
    {
        var scheduler = new Scheduler();
        using var input = new GatedReader("first", "second", "third");
        var reader = new ConsoleReader(prompt: "", input: input, promptOutput: TextWriter.Null);
        var sink = new Collector();
        var shutdown = new ShutdownMicroprocess();
        reader.Deliver(shutdown, "control");
        TestSystem.Around(scheduler, reader, sink);

        // Two passes: the reader's first step starts its thread and hands it the waiting control message.
        scheduler.RunPasses(2);
        input.Release();
        scheduler.RunWithin();

        Assert.Equal(["first\n"], sink.Received);
        Assert.Same(shutdown, Assert.Single(sink.Controls));
        Assert.Equal(1, input.Reads);
    }
}
