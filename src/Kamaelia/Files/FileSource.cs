using Axon;
using Kamaelia.Util;

namespace Kamaelia.Files;

/// <summary>
/// What <see cref="ReadFileAdaptor"/> and <see cref="ReadFileLines"/> share: a source that reads a file from start to
/// end with asynchronous file I/O (off the scheduler's thread), sends each item on "outbox" and
/// <see cref="ProducerFinished"/> on "signal" at the end of the file. See <see cref="AsyncSource{T}"/> for the rules.
/// <para>
/// Backpressure: it reads the next item only when the inbox "outbox" leads to has room (its size limit) and holds
/// fewer than <see cref="MaxWaiting"/> messages, so a large file never floods an inbox; while it waits it sleeps,
/// woken when the consumer collects. <see cref="MaxPerSecond"/> paces it further.
/// </para>
/// <para>
/// A file that cannot be opened or read is a fault of the component: a <see cref="FileException"/> naming it and the
/// path. <see cref="ShutdownMicroprocess"/> on "control" cancels the read in flight, closes the file and is forwarded.
/// </para>
/// </summary>
/// <typeparam name="T">A chunk of bytes or a line.</typeparam>
public abstract class FileSource<T> : AsyncSource<T>
    where T : class
{
    private readonly FileItems<T> _items;
    private T? _next;
    private long? _lastReadStarted;
    private double? _maxPerSecond;
    private int _maxWaiting = 4;

    private protected FileSource(FileItems<T> items) => _items = items;

    /// <summary>The file read, as given.</summary>
    public string Path => _items.Path;

    /// <summary>The most items sent per second; null (the default) for as fast as the consumer takes them.</summary>
    public double? MaxPerSecond
    {
        get => _maxPerSecond;
        init
        {
            if (value is { } rate)
            {
                ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(rate, 0, nameof(MaxPerSecond));
            }

            _maxPerSecond = value;
        }
    }

    /// <summary>The most items let wait in the consumer's inbox (4 unless set), whatever its size limit.</summary>
    public int MaxWaiting
    {
        get => _maxWaiting;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(MaxWaiting));
            _maxWaiting = value;
        }
    }

    /// <summary>Paces <see cref="MaxPerSecond"/>; the scheduler's <see cref="Scheduler.TimeProvider"/> when null.</summary>
    public TimeProvider? TimeProvider { get; init; }

    private protected override int? MaxWaitingDownstream => MaxWaiting;

    private protected override async ValueTask<bool> WaitForItemAsync(CancellationToken cancellationToken)
    {
        // Read here, on the scheduler's thread, before the first await.
        var time = TimeProvider ?? Scheduler?.TimeProvider ?? TimeProvider.System;
        if (MaxPerSecond is { } rate && _lastReadStarted is { } last)
        {
            var wait = TimeSpan.FromSeconds(1 / rate) - time.GetElapsedTime(last);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
        }

        _lastReadStarted = time.GetTimestamp();
        _next = await _items.ReadNextAsync(this, cancellationToken).ConfigureAwait(false);
        return _next is not null;
    }

    private protected override bool TryTake(bool stopping, out T item)
    {
        // Whatever was read is sent, even while stopping: it has been taken from the file.
        item = _next!;
        _next = null;
        return item is not null;
    }

    private protected override ValueTask CloseAsync()
    {
        _items.Dispose();
        return ValueTask.CompletedTask;
    }

    private protected override void Abandon() => _items.Dispose();
}
