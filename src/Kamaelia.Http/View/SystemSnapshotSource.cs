using System.Runtime.CompilerServices;
using Axon;

namespace Kamaelia.Http.View;

/// <summary>
/// Takes <see cref="SystemSnapshot"/>s of running systems from any thread without stopping them: each scheduler reads
/// its own components on its own thread at the start of its next pass (<see cref="Scheduler.InvokeAsync{T}"/>), which
/// costs the system one short step per snapshot and nothing per message. Arrival rates are measured between one
/// snapshot and the next. Safe to share: snapshots are taken one at a time.
/// </summary>
public sealed class SystemSnapshotSource
{
    /// <summary>How long a snapshot waits for a scheduler to read its system when none is given.</summary>
    public static readonly TimeSpan DefaultReadTimeout = TimeSpan.FromSeconds(1);

    private readonly IReadOnlyList<Scheduler>? _schedulers;
    private readonly TimeProvider _time;
    private readonly TimeSpan _readTimeout;
    private readonly ArrivalTally _tally;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly ConditionalWeakTable<Scheduler, SchedulerWatch> _watches = new();
    private long _sequence;

    /// <summary>Creates a source of snapshots.</summary>
    /// <param name="schedulers">The schedulers to observe; every live scheduler of the process (<see cref="Scheduler.Live"/>) when null.</param>
    /// <param name="timeProvider">Where the snapshot's time and the rates' intervals are read; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="readTimeout">
    /// How long a snapshot waits for a scheduler to answer (<see cref="DefaultReadTimeout"/> when null). A scheduler that
    /// does not answer in time (not running yet, or stuck in a long step) is shown as it last answered, or not at all.
    /// </param>
    public SystemSnapshotSource(IEnumerable<Scheduler>? schedulers = null, TimeProvider? timeProvider = null, TimeSpan? readTimeout = null)
    {
        if (readTimeout is { } timeout)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero, nameof(readTimeout));
        }

        _schedulers = schedulers?.ToArray();
        if (_schedulers is not null && _schedulers.Any(s => s is null))
        {
            throw new ArgumentException("The schedulers to observe cannot include null.", nameof(schedulers));
        }

        _time = timeProvider ?? TimeProvider.System;
        _readTimeout = readTimeout ?? DefaultReadTimeout;
        _tally = new ArrivalTally(_time);
    }

    /// <summary>The time provider the source reads.</summary>
    public TimeProvider TimeProvider => _time;

    /// <summary>Takes a snapshot of every observed scheduler that has components.</summary>
    public async Task<SystemSnapshot> CaptureAsync(CancellationToken cancellationToken = default)
    {
        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // A scheduler with nothing registered and nothing about to be (activations wait for its next pass) has
            // nothing to show, and may never run again: it is not asked.
            var schedulers = (_schedulers ?? Scheduler.Live).Where(s => s.ComponentCount > 0 || s.HasRunnableComponents);
            var readings = await Task.WhenAll(schedulers.Select(s => ReadAsync(s, cancellationToken))).ConfigureAwait(false);
            return Compose(readings.OfType<SchedulerReading>());
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private async Task<SchedulerReading?> ReadAsync(Scheduler scheduler, CancellationToken cancellationToken)
    {
        var watch = _watches.GetValue(scheduler, _ => new SchedulerWatch());
        // One request per scheduler at a time: a scheduler that is not running passes is asked once, not once per
        // snapshot, and answers when it runs again. Only a new request is waited for; one left over from an earlier
        // snapshot is taken if answered, so a scheduler that does not run delays one snapshot, not every one.
        var waitFor = _readTimeout;
        if (watch.Pending is null)
        {
            watch.Pending = scheduler.InvokeAsync(() => SchedulerReading.Take(scheduler, _time));
        }
        else if (!watch.Pending.IsCompleted)
        {
            waitFor = TimeSpan.Zero;
        }

        var pending = watch.Pending;
        try
        {
            var reading = await pending.WaitAsync(waitFor, _time, cancellationToken).ConfigureAwait(false);
            watch.Last = reading;
            return reading;
        }
        catch (TimeoutException)
        {
            return watch.Last;
        }
        finally
        {
            // An answered request (or one that failed, whose exception the caller has now seen) makes way for the next.
            if (pending.IsCompleted)
            {
                watch.Pending = null;
            }
        }
    }

    private SystemSnapshot Compose(IEnumerable<SchedulerReading> readings)
    {
        var components = new SortedDictionary<int, ComponentSnapshot>();
        var links = new HashSet<LinkSnapshot>();
        foreach (var reading in readings)
        {
            foreach (var component in reading.Components)
            {
                if (!components.ContainsKey(component.Id))
                {
                    components[component.Id] = new ComponentSnapshot(
                        component.Id,
                        component.Name,
                        component.Type,
                        component.ParentId,
                        component.Paused,
                        [.. component.Inboxes.Select(b => Inbox(b, reading.Timestamp))],
                        [.. component.Outboxes.Select(Outbox)]);
                }
            }

            links.UnionWith(reading.Links);
        }

        _tally.EndSnapshot();
        var orderedLinks = links
            .OrderBy(l => l.FromComponent).ThenBy(l => l.FromDirection).ThenBy(l => l.FromBox, StringComparer.Ordinal)
            .ToList();
        return new SystemSnapshot(++_sequence, _time.GetUtcNow(), [.. components.Values], orderedLinks);
    }

    private BoxSnapshot Inbox(BoxReading box, long timestamp)
    {
        var (total, rate) = _tally.Count(box.Box, box.Arrivals, timestamp);
        return new BoxSnapshot(box.Box.Name, box.Depth, box.Full, total, rate, 0, 0);
    }

    private static BoxSnapshot Outbox(BoxReading box) => new(box.Box.Name, 0, false, 0, 0, box.Discarded, box.Held);

    /// <summary>The request outstanding to one scheduler, and its last answer.</summary>
    private sealed class SchedulerWatch
    {
        public Task<SchedulerReading>? Pending { get; set; }

        public SchedulerReading? Last { get; set; }
    }
}
