using Axon;

namespace Kamaelia.Files;

/// <summary>
/// Reads a file (Kamaelia's ReadFileAdaptor) and sends it on "outbox" in chunks of <c>chunkSize</c> bytes, the last
/// one shorter if the file ends before it fills, then <see cref="ProducerFinished"/> on "signal". Each chunk is a new
/// array, owned by its receiver. Reading is asynchronous and paced by the consumer (see <see cref="FileSource{T}"/>);
/// <see cref="FileSource{T}.MaxPerSecond"/> limits it to so many chunks a second. For lines, use
/// <see cref="ReadFileLines"/>; to read only when asked, <see cref="PromptedFileReader"/>.
/// </summary>
public sealed class ReadFileAdaptor : FileSource<byte[]>
{
    private static readonly ComponentDescriptor s_declaration =
        Describe("ReadFileAdaptor", "The file's bytes, in chunks of chunkSize (the last may be shorter)", "ProducerFinished at the end of the file");

    /// <summary>Creates the reader; the file is opened when it first runs.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="chunkSize">The size of each chunk, in bytes (64 KiB unless given).</param>
    public ReadFileAdaptor(string path, int chunkSize = 64 * 1024)
        : base(new FileChunks(ValidPath(path), ValidChunkSize(chunkSize)))
    {
    }

    /// <summary>The declared boxes.</summary>
    public static ComponentDescriptor Declaration => s_declaration;

    /// <inheritdoc />
    public override ComponentDescriptor Descriptor => s_declaration;

    internal static string ValidPath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return path;
    }

    internal static int ValidChunkSize(int chunkSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        return chunkSize;
    }
}
