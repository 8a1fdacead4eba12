using Axon;
using Kamaelia.Util;

namespace Kamaelia.Files;

/// <summary>
/// Writes every chunk of bytes that arrives on "inbox" to a file, in order, with asynchronous file I/O (Kamaelia's
/// SimpleFileWriter). It takes the next chunk only when the last has been written, so a size limit on "inbox" holds
/// its producers back while the disk is slow. The file is created (or truncated), or with <c>append</c> added to, when
/// the writer first runs.
/// <para>
/// "control": <see cref="ProducerFinished"/> and <see cref="ShutdownMicroprocess"/> alike write everything that
/// arrived on "inbox" before the writer took the signal, then flush and close the file and forward the signal on
/// "signal", so nothing it was sent is lost. A file that cannot be opened or written is a <see cref="FileException"/>
/// naming the component and the path; a null chunk is a fault naming the component and "inbox".
/// </para>
/// </summary>
[Inbox<byte[]>("inbox", "Chunks of bytes to write, in order")]
[Inbox("control", "ProducerFinished or ShutdownMicroprocess: write what arrived before it, close the file, forward it")]
[Outbox("outbox", "Not used", Optional = true)]
[Outbox("signal", "The shutdown signal, once the file is closed")]
public sealed partial class SimpleFileWriter : Component
{
    private readonly bool _append;
    private FileStream? _stream;
    private Task? _inFlight;

    /// <summary>Creates the writer; the file is opened when it first runs.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="append">True to add to the end of an existing file; false (the default) to replace it.</param>
    public SimpleFileWriter(string path, bool append = false)
    {
        Path = ReadFileAdaptor.ValidPath(path);
        _append = append;
    }

    /// <summary>The file written, as given.</summary>
    public string Path { get; }

    /// <summary>How many bytes it has written (some may still be in the file's buffer until it closes).</summary>
    public long BytesWritten { get; private set; }

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        _stream = Open();

        // Once a shutdown signal has been taken: how many chunks arrived before it and are still to be written.
        int? toWrite = null;
        while (true)
        {
            if (toWrite is null && ReadControl(Control, until: ShutdownRequest.Finish) != ShutdownRequest.None)
            {
                toWrite = Inbox.Count;
            }

            if (toWrite == 0)
            {
                break;
            }

            if (!Inbox.TryRecv(out var chunk))
            {
                Pause();
                yield return null;
                continue;
            }

            if (chunk is null)
            {
                throw new ArgumentNullException(nameof(chunk), $"{Name}: a null chunk arrived on \"inbox\"; send byte arrays.");
            }

            toWrite--;
            var writing = Guard(_stream.WriteAsync(chunk), "write");
            while (!writing.IsCompleted)
            {
                Pause();
                yield return null;
                if (toWrite is null && ReadControl(Control, until: ShutdownRequest.Finish) != ShutdownRequest.None)
                {
                    toWrite = Inbox.Count;
                }
            }

            _inFlight = null;
            CompletedTask.Observe(writing);
            BytesWritten += chunk.Length;
        }

        var closing = Guard(CloseAsync(_stream), "flush and close");
        while (!closing.IsCompleted)
        {
            Pause();
            yield return null;
        }

        _inFlight = null;
        CompletedTask.Observe(closing);
        while (!TryForwardShutdownSignal(Signal))
        {
            Pause();
            yield return null;
        }
    }

    /// <inheritdoc />
    // Stopped another way (its scheduler stopped, or a fault): the file is closed all the same, after the write in flight.
    protected override void OnClosedDown()
    {
        if (_stream is { } stream)
        {
            InFlightTask.ReleaseAfter(_inFlight, stream, static file => file.Dispose());
        }
    }

    private static async Task CloseAsync(FileStream stream)
    {
        await using (stream.ConfigureAwait(false))
        {
            await stream.FlushAsync().ConfigureAwait(false);
        }
    }

    private FileStream Open()
    {
        try
        {
            return new FileStream(Path, new FileStreamOptions
            {
                Mode = _append ? FileMode.Append : FileMode.Create,
                Access = FileAccess.Write,
                Share = FileShare.Read,
                Options = FileOptions.Asynchronous,
            });
        }
        catch (Exception failure) when (FileErrors.Named(this, "open", Path, failure) is { } named)
        {
            throw named;
        }
    }

    // The task in flight, which wakes this component when it ends and fails with a FileException naming the path.
    private Task Guard(ValueTask operation, string doing) => Guard(operation.AsTask(), doing);

    private Task Guard(Task operation, string doing)
    {
        var named = operation.IsCompletedSuccessfully ? operation : Named(operation, doing);
        _inFlight = named;
        return this.WakeWhenDone(named);
    }

    private async Task Named(Task operation, string doing)
    {
        try
        {
            await operation.ConfigureAwait(false);
        }
        catch (Exception failure) when (FileErrors.Named(this, doing, Path, failure) is { } named)
        {
            throw named;
        }
    }
}
