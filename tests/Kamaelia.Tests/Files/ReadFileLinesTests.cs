using System.Text;
using Kamaelia.Files;
using Kamaelia.Tests.Support;

namespace Kamaelia.Tests.Files;

public sealed class ReadFileLinesTests
{
    [Fact]
    public void EachLineLeavesWithoutItsLineEndingThenProducerFinished()
    {
        using var directory = new TempDirectory();
        var scheduler = new Scheduler();
        var reader = new ReadFileLines(directory.Write("text.txt", Encoding.UTF8.GetBytes("first\r\nsecond\n\nthird, with no end")));
        var sink = new Collector();
        TestSystem.Around(scheduler, reader, sink);

        scheduler.RunWithin();

        Assert.Equal(["first", "second", "", "third, with no end"], sink.Received);
        Assert.IsType<ProducerFinished>(Assert.Single(sink.Controls));
    }

    [Fact]
    public void TheEncodingGivenIsUsedUnlessTheFileHasAByteOrderMark()
    {
        using var directory = new TempDirectory();
        var scheduler = new Scheduler();
        var latin1 = new ReadFileLines(directory.Write("latin1.txt", Encoding.Latin1.GetBytes("café\n")), Encoding.Latin1);
        var marked = new ReadFileLines(directory.Write("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("naïve\n")]), Encoding.Latin1);
        var latin1Sink = new Collector();
        var markedSink = new Collector();
        new TestSystem(latin1, latin1Sink, marked, markedSink).Chain(latin1, latin1Sink).Chain(marked, markedSink).Activate(scheduler);

        scheduler.RunWithin();

        Assert.Equal(["café"], latin1Sink.Received);
        Assert.Equal(["naïve"], markedSink.Received);
    }

    [Fact]
    public void AMissingFileIsAFaultNamingThePath()
    {
        using var directory = new TempDirectory();
        var scheduler = new Scheduler();
        var reader = new ReadFileLines(directory.File("missing.txt"));
        TestSystem.Around(scheduler, reader, new Collector());

        var thrown = Assert.Throws<ComponentFaultedException>(() => scheduler.RunWithin());

        Assert.Contains("missing.txt", Assert.IsType<FileException>(thrown.InnerException).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ItDeclaresATypedOutbox()
    {
        Assert.Equal(typeof(string), new ReadFileLines("text.txt").Outbox.ElementType);
        Assert.Equal("ReadFileLines", ReadFileLines.Declaration.ComponentName);
    }
}
