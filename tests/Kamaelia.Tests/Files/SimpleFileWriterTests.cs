using Kamaelia.Chassis;
using Kamaelia.Files;
using Kamaelia.Tests.Support;

namespace Kamaelia.Tests.Files;

[Collection(DefaultSchedulerCollection.Name)]
public sealed class SimpleFileWriterTests
{
    [Fact]
    public void EveryChunkIsWrittenInOrderAndProducerFinishedIsForwardedOnceTheFileIsClosed()
    {
        using var directory = new TempDirectory();
        var path = directory.File("out.bin");
        var scheduler = new Scheduler();
        var writer = new SimpleFileWriter(path);
        var sink = new Collector();
        writer.Deliver(new byte[] { 1, 2, 3 });
        writer.Deliver(new byte[] { 4 });
        writer.Deliver(Array.Empty<byte>());
        writer.Deliver(new byte[] { 5, 6 });
        var finished = new ProducerFinished();
        writer.Deliver(finished, "control");
        TestSystem.Around(scheduler, writer, sink);

        scheduler.RunWithin();

        Assert.Same(finished, Assert.Single(sink.Controls));
        Assert.Equal([1, 2, 3, 4, 5, 6], System.IO.File.ReadAllBytes(path));
        Assert.Equal(6, writer.BytesWritten);
    }

    [Fact]
    public void ShutdownMicroprocessStillWritesEverythingThatArrivedBeforeIt()
    {
        using var directory = new TempDirectory();
        var path = directory.File("out.bin");
        var bytes = TempDirectory.Numbered(100_000);
        var scheduler = new Scheduler();
        var writer = new SimpleFileWriter(path);
        var sink = new Collector();
        foreach (var chunk in bytes.Chunk(1000))
        {
            writer.Deliver(chunk);
        }

        var stop = new ShutdownMicroprocess();
        writer.Deliver(stop, "control");
        TestSystem.Around(scheduler, writer, sink);

        scheduler.RunWithin();

        Assert.Same(stop, Assert.Single(sink.Controls));
        Assert.Equal(bytes, System.IO.File.ReadAllBytes(path));
    }

    [Fact]
    public void AShutdownMidStreamKeepsWhatArrivedBeforeItAndTheFileIsClosed()
    {
        using var directory = new TempDirectory();
        var path = directory.File("out.bin");
        var scheduler = new Scheduler();
        var writer = new SimpleFileWriter(path);
        var sink = new Collector();
        TestSystem.Around(scheduler, writer, sink);
        writer.Deliver(new byte[] { 1, 2 });
        scheduler.RunUntilWithin(() => writer.BytesWritten == 2);

        writer.Deliver(new byte[] { 3 });
        writer.Deliver(new ShutdownMicroprocess(), "control");
        scheduler.RunWithin();

        Assert.Equal([1, 2, 3], System.IO.File.ReadAllBytes(path));
        using var reopened = System.IO.File.Open(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
    }

    [Fact]
    public void AppendAddsToTheEndOfTheFile()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("log.bin", [9, 9]);
        var scheduler = new Scheduler();
        var writer = new SimpleFileWriter(path, append: true);
        writer.Deliver(new byte[] { 1 });
        writer.Deliver(new ProducerFinished(), "control");
        TestSystem.Around(scheduler, writer, new Collector());

        scheduler.RunWithin();

        Assert.Equal([9, 9, 1], System.IO.File.ReadAllBytes(path));
    }

    [Fact]
    public void WithoutAppendTheFileIsReplaced()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("out.bin", [9, 9, 9, 9]);
        var scheduler = new Scheduler();
        var writer = new SimpleFileWriter(path);
        writer.Deliver(new byte[] { 1 });
        writer.Deliver(new ProducerFinished(), "control");
        TestSystem.Around(scheduler, writer, new Collector());

        scheduler.RunWithin();

        Assert.Equal([1], System.IO.File.ReadAllBytes(path));
    }

    [Fact]
    public void AFileThatCannotBeOpenedIsAFaultNamingThePath()
    {
        using var directory = new TempDirectory();
        var path = System.IO.Path.Combine(directory.Path, "no such directory", "out.bin");
        var scheduler = new Scheduler();
        var writer = new SimpleFileWriter(path);
        TestSystem.Around(scheduler, writer, new Collector());

        var thrown = Assert.Throws<ComponentFaultedException>(() => scheduler.RunWithin());

        var failure = Assert.IsType<FileException>(thrown.InnerException);
        Assert.Equal(path, failure.Path);
        Assert.Contains(writer.Name, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANullChunkIsAFaultNamingTheComponentAndTheInbox()
    {
        using var directory = new TempDirectory();
        var scheduler = new Scheduler();
        var writer = new SimpleFileWriter(directory.File("out.bin"));
        writer.Deliver(null);
        TestSystem.Around(scheduler, writer, new Collector());

        var thrown = Assert.Throws<ComponentFaultedException>(() => scheduler.RunWithin());

        Assert.Contains("\"inbox\"", Assert.IsType<ArgumentNullException>(thrown.InnerException).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileCopiedThroughAPipelineArrivesWhole()
    {
        using var directory = new TempDirectory();
        var bytes = TempDirectory.Numbered(3_000_000);
        var source = directory.Write("in.bin", bytes);
        var target = directory.File("out.bin");

        new Pipeline(new ReadFileAdaptor(source, chunkSize: 8192), new SimpleFileWriter(target)).Run();

        Assert.Equal(bytes, System.IO.File.ReadAllBytes(target));
    }
}
