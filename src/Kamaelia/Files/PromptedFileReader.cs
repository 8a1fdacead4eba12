namespace Kamaelia.Files;

/// <summary>
/// Reads a file in chunks of <c>chunkSize</c> bytes only when asked (Kamaelia's PromptedFileReader): each number n
/// on "inbox" sends the next n chunks on "outbox"; at the end of the file, <see cref="Axon.ProducerFinished"/> on
/// "signal". See <see cref="PromptedReader{T}"/> for the rules; for lines, use <see cref="PromptedLineReader"/>.
/// </summary>
public sealed partial class PromptedFileReader : PromptedReader<byte[]>
{
    /// <summary>Creates the reader; the file is opened at the first request.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="chunkSize">The size of each chunk, in bytes (64 KiB unless given); the last may be shorter.</param>
    public PromptedFileReader(string path, int chunkSize = 64 * 1024)
        : base(new FileChunks(ReadFileAdaptor.ValidPath(path), ReadFileAdaptor.ValidChunkSize(chunkSize)))
    {
    }
}
