using Kamaelia.Files;
using Kamaelia.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Kamaelia.Tests.Files;

public sealed class ReadFileAdaptorTests
{
    [Fact]
    public void TheFileLeavesInChunksOfTheSizeGivenThenProducerFinished()
    {
        using var directory = new TempDirectory();
        var bytes = TempDirectory.Numbered(10_000);
        var scheduler = new Scheduler();
        var reader = new ReadFileAdaptor(directory.Write("data.bin", bytes), chunkSize: 4096);
        var sink = new Collector();
        TestSystem.Around(scheduler, reader, sink);

        scheduler.RunWithin();

        var chunks = sink.Received.Cast<byte[]>().ToList();
        Assert.Equal([4096, 4096, 1808], chunks.Select(c => c.Length));
        Assert.Equal(bytes, chunks.SelectMany(c => c));
        var finished = Assert.IsType<ProducerFinished>(Assert.Single(sink.Controls));
        Assert.Same(reader, finished.Caller);
        Assert.Equal(3, reader.Sent);
    }

    [Fact]
    public void AnEmptyFileSendsOnlyProducerFinished()
    {
        using var directory = new TempDirectory();
        var scheduler = new Scheduler();
        var reader = new ReadFileAdaptor(directory.Write("empty.bin", []));
        var sink = new Collector();
        TestSystem.Around(scheduler, reader, sink);

        scheduler.RunWithin();

        Assert.Empty(sink.Received);
        Assert.IsType<ProducerFinished>(Assert.Single(sink.Controls));
    }

    [Fact]
    public void ALargeFileNeverFloodsAConsumerWithNoSizeLimit()
    {
        using var directory = new TempDirectory();
        var scheduler = new Scheduler();
        var reader = new ReadFileAdaptor(directory.Write("large.bin", TempDirectory.Numbered(1 << 20)), chunkSize: 1024) { MaxWaiting = 3 };
        var sink = new Stubborn();
        new TestSystem(reader, sink).Wire(reader, "outbox", sink, "inbox").Activate(scheduler);

        scheduler.RunUntilWithin(() => sink.Inbox.Count == 3);
        scheduler.RunPasses(50);
        Thread.Sleep(50);
        scheduler.RunPasses(50);

        Assert.Equal(3, sink.Inbox.Count);
        Assert.Equal(3, reader.Sent);
        Assert.True(reader.IsPaused, "Waiting for the consumer, the reader sleeps.");

        Assert.True(sink.Inbox.TryRecv(out _));
        scheduler.RunUntilWithin(() => reader.Sent == 4);
        Assert.Equal(3, sink.Inbox.Count);
    }

    [Fact]
    public void AFullInboxHoldsTheReaderBack()
    {
        using var directory = new TempDirectory();
        var scheduler = new Scheduler();
        var reader = new ReadFileAdaptor(directory.Write("large.bin", TempDirectory.Numbered(100_000)), chunkSize: 1000);
        var sink = new Stubborn();
        sink.Inbox.SizeLimit = 2;
        new TestSystem(reader, sink).Wire(reader, "outbox", sink, "inbox").Activate(scheduler);

        scheduler.RunUntilWithin(() => sink.Inbox.Count == 2);
        scheduler.RunPasses(50);

        Assert.Equal(2, reader.Sent);
        Assert.Equal(0, reader.Outbox.Held);
    }

    [Fact]
    public void AFileThatCannotBeReadIsAFaultNamingThePathAndTheComponent()
    {
        using var directory = new TempDirectory();
        var missing = directory.File("missing.bin");
        var scheduler = new Scheduler();
        var reader = new ReadFileAdaptor(missing);
        TestSystem.Around(scheduler, reader, new Collector());

        var thrown = Assert.Throws<ComponentFaultedException>(() => scheduler.RunWithin());

        Assert.Same(reader, thrown.Component);
        var failure = Assert.IsType<FileException>(thrown.InnerException);
        Assert.Equal(missing, failure.Path);
        Assert.Contains(missing, failure.Message, StringComparison.Ordinal);
        Assert.Contains(reader.Name, failure.Message, StringComparison.Ordinal);
        Assert.IsType<FileNotFoundException>(failure.InnerException);
    }

    [Fact]
    public void ShutdownMicroprocessMidFileStopsReadingAndIsForwarded()
    {
        using var directory = new TempDirectory();
        var bytes = TempDirectory.Numbered(1 << 20);
        var scheduler = new Scheduler();
        var reader = new ReadFileAdaptor(directory.Write("large.bin", bytes), chunkSize: 1024);
        var sink = new Collector();
        sink.Inbox.SizeLimit = 1;
        TestSystem.Around(scheduler, reader, sink);
        scheduler.RunUntilWithin(() => sink.Received.Count >= 2);

        var stop = new ShutdownMicroprocess();
        reader.Deliver(stop, "control");
        scheduler.RunWithin();

        Assert.Same(stop, Assert.Single(sink.Controls));
        var received = sink.Received.Cast<byte[]>().SelectMany(c => c).ToArray();
        Assert.InRange(received.Length, 2048, bytes.Length / 2);
        Assert.Equal(bytes.Take(received.Length), received);
    }

    [Fact]
    public void MaxPerSecondPacesTheChunksInTheSchedulersTime()
    {
        using var directory = new TempDirectory();
        var time = new FakeTimeProvider();
        var scheduler = new Scheduler { TimeProvider = time };
        var reader = new ReadFileAdaptor(directory.Write("data.bin", TempDirectory.Numbered(30)), chunkSize: 10) { MaxPerSecond = 2 };
        var sink = new Collector();
        TestSystem.Around(scheduler, reader, sink);

        scheduler.RunUntilWithin(() => sink.Received.Count == 1);
        Thread.Sleep(50);
        scheduler.RunPasses(20);
        Assert.Single(sink.Received);

        time.Advance(TimeSpan.FromMilliseconds(499));
        Thread.Sleep(50);
        scheduler.RunPasses(20);
        Assert.Single(sink.Received);

        time.Advance(TimeSpan.FromMilliseconds(1));
        scheduler.RunUntilWithin(() => sink.Received.Count == 2);

        time.Advance(TimeSpan.FromMilliseconds(500));
        scheduler.RunUntilWithin(() => sink.Received.Count == 3);
        time.Advance(TimeSpan.FromMilliseconds(500));
        scheduler.RunWithin();
        Assert.IsType<ProducerFinished>(Assert.Single(sink.Controls));
    }

    [Fact]
    public void ShutdownMicroprocessWhileWaitingForTheRateCancelsTheWaitAndIsForwarded()
    {
        using var directory = new TempDirectory();
        var scheduler = new Scheduler { TimeProvider = new FakeTimeProvider() };
        var reader = new ReadFileLines(directory.Write("text.txt", "a\nb\nc\n"u8.ToArray())) { MaxPerSecond = 0.001 };
        var sink = new Collector();
        TestSystem.Around(scheduler, reader, sink);
        scheduler.RunUntilWithin(() => sink.Received.Count == 1);

        var stop = new ShutdownMicroprocess();
        reader.Deliver(stop, "control");
        scheduler.RunWithin();

        Assert.Equal(["a"], sink.Received);
        Assert.Same(stop, Assert.Single(sink.Controls));
    }

    [Fact]
    public void BadArgumentsAreRefusedAtConstruction()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReadFileAdaptor("data.bin", chunkSize: 0));
        Assert.Throws<ArgumentException>(() => new ReadFileAdaptor(" "));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReadFileAdaptor("data.bin") { MaxPerSecond = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReadFileAdaptor("data.bin") { MaxWaiting = 0 });
    }

    [Fact]
    public void ItDeclaresATypedOutbox()
    {
        var reader = new ReadFileAdaptor("data.bin");

        Assert.Equal(typeof(byte[]), reader.Outbox.ElementType);
        Assert.Equal("ReadFileAdaptor", ReadFileAdaptor.Declaration.ComponentName);
        Assert.Equal(["inbox", "control", "outbox", "signal"], ReadFileAdaptor.Declaration.Boxes.Select(b => b.Name));
    }
}
