using Axon;

namespace Kamaelia.Files;

/// <summary>
/// What the file readers read: the next chunk or line of a file, read asynchronously (off the scheduler's thread),
/// null at the end. The file is opened at the first read, so that a reader can be built before its file exists.
/// </summary>
/// <typeparam name="T">A chunk of bytes or a line.</typeparam>
internal abstract class FileItems<T> : IDisposable
    where T : class
{
    private FileStream? _stream;

    protected FileItems(string path) => Path = path;

    public string Path { get; }

    /// <summary>
    /// The next item, or null at the end of the file. A failure of the file system is raised as a
    /// <see cref="FileException"/> naming <paramref name="reader"/> and the path.
    /// </summary>
    public async ValueTask<T?> ReadNextAsync(Component reader, CancellationToken cancellationToken)
    {
        try
        {
            return await ReadNextAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (FileErrors.Named(reader, "read", Path, failure) is { } named)
        {
            throw named;
        }
    }

    // Closing a file that was only read has nothing to flush: done at once, whichever thread asks, as often as asked.
    public virtual void Dispose() => _stream?.Dispose();

    protected abstract ValueTask<T?> ReadNextAsync(CancellationToken cancellationToken);

    protected FileStream Stream => _stream ??= new FileStream(Path, new FileStreamOptions
    {
        Mode = FileMode.Open,
        Access = FileAccess.Read,
        // A file another program is still writing (a log) can be read.
        Share = FileShare.ReadWrite,
        Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
    });
}
