using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Util;

public sealed class ChunkifierTests
{
    [Fact]
    public void TextIsRegroupedIntoExactChunksAndTheRemainderIsFlushedOnProducerFinished()
    {
        var scheduler = new Scheduler();
        var chunkifier = new Chunkifier(chunkSize: 4);
        var sink = new Collector();
        foreach (var piece in new[] { "ab", "cdefg", "hijkl", "m" })
        {
            chunkifier.Deliver(piece);
        }

        var finished = new ProducerFinished();
        chunkifier.Deliver(finished, "control");
        TestSystem.Around(scheduler, chunkifier, sink);

        scheduler.RunWithin();

        Assert.Equal(["abcd", "efgh", "ijkl", "m"], sink.Received);
        Assert.Same(finished, Assert.Single(sink.Controls));
    }

    [Fact]
    public void AControlMessageAfterProducerFinishedDoesNotCancelTheFlush()
    {
        var scheduler = new Scheduler();
        var chunkifier = new Chunkifier(chunkSize: 4);
        var sink = new Collector();
        chunkifier.Deliver("abcdef");
        var finished = new ProducerFinished();
        chunkifier.Deliver(finished, "control");
        chunkifier.Deliver("not a signal", "control");
        TestSystem.Around(scheduler, chunkifier, sink);

        scheduler.RunWithin();

        Assert.Equal(["abcd", "ef"], sink.Received);
        Assert.Same(finished, Assert.Single(sink.Controls));
    }

    [Fact]
    public void BytesAreRegroupedIntoExactChunksAndTheRemainderIsFlushedOnProducerFinished()
    {
        var scheduler = new Scheduler();
        var chunkifier = new Chunkifier(chunkSize: 3);
        var sink = new Collector();
        chunkifier.Deliver(new byte[] { 1, 2 });
        chunkifier.Deliver(new byte[] { 3, 4, 5, 6, 7 });
        chunkifier.Deliver(new byte[] { 8 });
        chunkifier.Deliver(new ProducerFinished(), "control");
        TestSystem.Around(scheduler, chunkifier, sink);

        scheduler.RunWithin();

        Assert.Equal([[1, 2, 3], [4, 5, 6], [7, 8]], sink.Received.Cast<byte[]>().Select(b => b.ToArray()));
    }

    [Fact]
    public void ShutdownMicroprocessIsForwardedWithoutFlushing()
    {
        var scheduler = new Scheduler();
        var chunkifier = new Chunkifier(chunkSize: 4);
        var sink = new Collector();
        TestSystem.Around(scheduler, chunkifier, sink);
        chunkifier.Deliver("abcdef");
        scheduler.RunUntil(() => sink.Received.Count == 1);
        var shutdown = new ShutdownMicroprocess();
        chunkifier.Deliver(shutdown, "control");

        scheduler.RunWithin();

        Assert.Equal(["abcd"], sink.Received);
        Assert.Same(shutdown, Assert.Single(sink.Controls));
    }

    [Fact]
    public void AMessageThatIsNeitherTextNorBytesIsAFault()
    {
        var scheduler = new Scheduler();
        var chunkifier = new Chunkifier(chunkSize: 4);
        chunkifier.Deliver(12);
        TestSystem.Around(scheduler, chunkifier, new Collector());

        var error = Assert.Throws<ComponentFaultedException>(() => scheduler.RunWithin());

        Assert.IsType<ArgumentException>(error.InnerException);
    }
}
