using System.Text.Json.Serialization;
using Kamaelia.Chassis;
using Kamaelia.Files;
using Kamaelia.Protocol.Framing;
using Kamaelia.Protocol.Marshalling;
using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Documentation;

// The examples of docs/files-and-framing.md. The page quotes this file; keep them equal.

public sealed record Order(string Item, int Quantity);

[JsonSerializable(typeof(Order))]
public sealed partial class OrderJson : JsonSerializerContext;

[Collection(DefaultSchedulerCollection.Name)]
public sealed class FilesAndFramingExamples : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("files-and-framing-").FullName;

    [Fact]
    public void CopyAFile()
    {
        var source = Path.Combine(_directory, "source.bin");
        var copy = Path.Combine(_directory, "copy.bin");
        File.WriteAllBytes(source, new byte[1_000_000]);

        new Pipeline(
            new ReadFileAdaptor(source, chunkSize: 64 * 1024),   // reads only while the writer keeps up
            new SimpleFileWriter(copy)).Run();                   // closes the file, then the pipeline ends

        Assert.Equal(1_000_000, new FileInfo(copy).Length);
    }

    [Fact]
    public void ReadTheFirstLinesOnly()
    {
        var path = Path.Combine(_directory, "lines.txt");
        File.WriteAllLines(path, ["one", "two", "three"]);
        var lines = new ChannelSink<string>();

        new Pipeline(
            new OneShot<int>(2),                 // asks for two lines, then sends ProducerFinished
            new PromptedLineReader(path),        // answers the request, then passes ProducerFinished on
            lines).Run();

        Assert.Equal(["one", "two"], lines.Reader.ReadAllAsync().ToBlockingEnumerable());
    }

    [Fact]
    public void OrdersCrossANoisyByteStream()
    {
        var unframe = new DataDeChunker();
        var orders = new ChannelSink<Order>();

        new Pipeline(
            new DataSource<Order>([new("tea", 2), new("cake", 1)]),
            new Marshaller<Order>(OrderJson.Default.Order),                 // Order -> UTF-8 JSON
            new DataChunker(),                                              // JSON -> sync marker + length + bytes
            new Transformer<byte[], byte[]>(frame => [.. "noise"u8, .. frame]),
            unframe,                                                        // skips the noise, finds each frame
            new DeMarshaller<Order>(OrderJson.Default.Order),               // UTF-8 JSON -> Order
            orders).Run();

        Assert.Equal([new("tea", 2), new("cake", 1)], orders.Reader.ReadAllAsync().ToBlockingEnumerable());
        Assert.Equal(2, unframe.RejectionCount);   // each run of noise was reported on "rejected", and counted
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
