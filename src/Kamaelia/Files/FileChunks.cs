namespace Kamaelia.Files;

/// <summary>A file as chunks of <c>chunkSize</c> bytes; only the last may be shorter.</summary>
internal sealed class FileChunks(string path, int chunkSize) : FileItems<byte[]>(path)
{
    protected override async ValueTask<byte[]?> ReadNextAsync(CancellationToken cancellationToken)
    {
        var chunk = new byte[chunkSize];
        var filled = 0;
        while (filled < chunk.Length)
        {
            var read = await Stream.ReadAsync(chunk.AsMemory(filled), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        return filled == chunk.Length ? chunk : filled == 0 ? null : chunk[..filled];
    }
}
