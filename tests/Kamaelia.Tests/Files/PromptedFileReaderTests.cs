using System.Text;
using Kamaelia.Files;
using Kamaelia.Tests.Support;

namespace Kamaelia.Tests.Files;

public sealed class PromptedFileReaderTests
{
    [Fact]
    public void EachRequestSendsThatManyChunksAndNoMore()
    {
        using var directory = new TempDirectory();
        var bytes = TempDirectory.Numbered(50);
        var scheduler = new Scheduler();
        var reader = new PromptedFileReader(directory.Write("data.bin", bytes), chunkSize: 10);
        var sink = new Collector();
        TestSystem.Around(scheduler, reader, sink);

        reader.Deliver(2);
        scheduler.RunUntilWithin(() => sink.Received.Count == 2);
        Thread.Sleep(50);
        scheduler.RunPasses(20);
        Assert.Equal(2, sink.Received.Count);
        Assert.True(reader.IsPaused, "With nothing asked for, the reader sleeps.");

        reader.Deliver(1);
        scheduler.RunUntilWithin(() => sink.Received.Count == 3);
        Assert.Equal(bytes[..30], sink.Received.Cast<byte[]>().SelectMany(c => c));
        Assert.Empty(sink.Controls);
    }

    [Fact]
    public void AtTheEndOfTheFileItSendsProducerFinishedWhateverIsStillAskedFor()
    {
        using var directory = new TempDirectory();
        var bytes = TempDirectory.Numbered(25);
        var scheduler = new Scheduler();
        var reader = new PromptedFileReader(directory.Write("data.bin", bytes), chunkSize: 10);
        var sink = new Collector();
        reader.Deliver(10);
        TestSystem.Around(scheduler, reader, sink);

        scheduler.RunWithin();

        Assert.Equal([10, 10, 5], sink.Received.Cast<byte[]>().Select(c => c.Length));
        Assert.Equal(bytes, sink.Received.Cast<byte[]>().SelectMany(c => c));
        Assert.Same(reader, Assert.IsType<ProducerFinished>(Assert.Single(sink.Controls)).Caller);
        Assert.Equal(7, reader.Owed);
    }

    [Fact]
    public void ProducerFinishedAnswersTheRequestsBeforeItThenIsForwarded()
    {
        using var directory = new TempDirectory();
        var scheduler = new Scheduler();
        var reader = new PromptedLineReader(directory.Write("text.txt", Encoding.UTF8.GetBytes("a\nb\nc\nd\n")));
        var sink = new Collector();
        reader.Deliver(1);
        reader.Deliver(2);
        var finished = new ProducerFinished();
        reader.Deliver(finished, "control");
        TestSystem.Around(scheduler, reader, sink);

        scheduler.RunWithin();

        Assert.Equal(["a", "b", "c"], sink.Received);
        Assert.Same(finished, Assert.Single(sink.Controls));
    }

    [Fact]
    public void ShutdownMicroprocessMidFileStopsAndIsForwarded()
    {
        using var directory = new TempDirectory();
        var scheduler = new Scheduler();
        var reader = new PromptedFileReader(directory.Write("large.bin", TempDirectory.Numbered(1 << 20)), chunkSize: 1024);
        var sink = new Collector();
        sink.Inbox.SizeLimit = 1;
        reader.Deliver(1000);
        TestSystem.Around(scheduler, reader, sink);
        scheduler.RunUntilWithin(() => sink.Received.Count >= 2);

        var stop = new ShutdownMicroprocess();
        reader.Deliver(stop, "control");
        scheduler.RunWithin();

        Assert.Same(stop, Assert.Single(sink.Controls));
        Assert.InRange(sink.Received.Count, 2, 500);
        Assert.Equal(sink.Received.Count, reader.Sent);
    }

    [Fact]
    public void ANegativeRequestIsAFaultNamingTheComponentAndTheInbox()
    {
        using var directory = new TempDirectory();
        var scheduler = new Scheduler();
        var reader = new PromptedFileReader(directory.Write("data.bin", [1, 2, 3]));
        reader.Deliver(-1);
        TestSystem.Around(scheduler, reader, new Collector());

        var thrown = Assert.Throws<ComponentFaultedException>(() => scheduler.RunWithin());

        var failure = Assert.IsType<ArgumentOutOfRangeException>(thrown.InnerException);
        Assert.Contains(reader.Name, failure.Message, StringComparison.Ordinal);
        Assert.Contains("\"inbox\"", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingFileIsAFaultNamingThePathAtTheFirstRequest()
    {
        using var directory = new TempDirectory();
        var missing = directory.File("missing.bin");
        var scheduler = new Scheduler();
        var reader = new PromptedFileReader(missing);
        TestSystem.Around(scheduler, reader, new Collector());
        scheduler.RunPasses(10);

        reader.Deliver(1);
        var thrown = Assert.Throws<ComponentFaultedException>(() => scheduler.RunWithin());

        Assert.Equal(missing, Assert.IsType<FileException>(thrown.InnerException).Path);
    }

    [Fact]
    public void ItDeclaresTypedBoxes()
    {
        var bytes = new PromptedFileReader("data.bin");
        var lines = new PromptedLineReader("text.txt");

        Assert.Equal(typeof(int), bytes.Inbox.ElementType);
        Assert.Equal(typeof(byte[]), bytes.Outbox.ElementType);
        Assert.Equal(typeof(string), lines.Outbox.ElementType);
        Assert.Equal(["inbox", "control", "outbox", "signal"], bytes.Descriptor.Boxes.Select(b => b.Name));
    }
}
