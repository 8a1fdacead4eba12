// Copies a large file through two pipelines of file and framing components:
//
//   pack:    ReadFileAdaptor(input, 64 KiB) --> ProgressMeter --> DataChunker --> SimpleFileWriter(packed)
//   unpack:  ReadFileAdaptor(packed, 4000 B) --> DataDeChunker --> Transformer(upper case) --> ProgressMeter
//              --> SimpleFileWriter(output)
//
// The packed file is a stream of sync-marker frames, read back in pieces that do not line up with them; the
// de-chunker finds each frame again. The readers read off the scheduler's thread and only while the next inbox has
// room, so memory stays small however large the file. Give an input and an output path, or none for a generated
// 16 MiB text file in a temporary directory.
using System.Diagnostics;
using System.Text;
using Kamaelia.Chassis;
using Kamaelia.Files;
using Kamaelia.Protocol.Framing;
using Kamaelia.Util;
using FilePipeline;

var work = Directory.CreateTempSubdirectory("file-pipeline-");
try
{
    var input = args.Length > 0 ? args[0] : Generate(Path.Combine(work.FullName, "input.txt"), 16 * 1024 * 1024);
    var output = args.Length > 1 ? args[1] : Path.Combine(work.FullName, "output.txt");
    var packed = Path.Combine(work.FullName, "packed.frames");
    var size = new FileInfo(input).Length;
    var clock = Stopwatch.StartNew();
    new Pipeline(
        new ReadFileAdaptor(input, chunkSize: 64 * 1024),
        new ProgressMeter("pack", size, Console.Out),
        new DataChunker(),
        new SimpleFileWriter(packed)).Run();
    Console.WriteLine($"packed {size} bytes into {new FileInfo(packed).Length} bytes of frames");
    Console.Error.WriteLine($"pack: {Rate(size, clock)}");

    clock.Restart();

    var dechunker = new DataDeChunker();
    new Pipeline(
        new ReadFileAdaptor(packed, chunkSize: 4000),
        dechunker,
        new Transformer<byte[], byte[]>(UpperCase),
        new ProgressMeter("unpack", size, Console.Out),
        new SimpleFileWriter(output)).Run();
    Console.WriteLine($"unpacked {dechunker.Decoded} frames ({dechunker.RejectionCount} rejected) into {new FileInfo(output).Length} bytes");
    Console.Error.WriteLine($"unpack: {Rate(size, clock)}");

    var same = UpperCase(File.ReadAllBytes(input)).AsSpan().SequenceEqual(File.ReadAllBytes(output));
    Console.WriteLine(same ? "verified: the output is the input in upper case" : "MISMATCH: the output is not the input in upper case");
    return same ? 0 : 1;
}
finally
{
    work.Delete(recursive: true);
}

static string Rate(long bytes, Stopwatch clock) =>
    $"{bytes / 1048576.0 / clock.Elapsed.TotalSeconds:F0} MiB/s ({clock.Elapsed.TotalMilliseconds:F0} ms)";

// ASCII letters only, so a chunk boundary can never split a character it changes.
static byte[] UpperCase(byte[] chunk)
{
    var upper = new byte[chunk.Length];
    for (var i = 0; i < chunk.Length; i++)
    {
        upper[i] = chunk[i] is >= (byte)'a' and <= (byte)'z' ? (byte)(chunk[i] - 32) : chunk[i];
    }

    return upper;
}

static string Generate(string path, long length)
{
    using var writer = new StreamWriter(path, append: false, Encoding.UTF8);
    for (var line = 1; writer.BaseStream.Length + 4096 < length; line++)
    {
        writer.WriteLine($"line {line:D7}: the quick brown fox jumps over the lazy dog; Kamaelia components pass it on");
    }

    return path;
}
