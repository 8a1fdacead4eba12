using Axon;

namespace Kamaelia.Http.View;

/// <summary>Settings of a live view (<see cref="KamaeliaViewEndpoints.MapKamaeliaView"/>, <see cref="KamaeliaView"/>).</summary>
public sealed class KamaeliaViewOptions
{
    /// <summary>How often the page is sent a new snapshot (half a second by default). Each open page costs its system one short step per interval.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The schedulers to show; every live scheduler of the process (<see cref="Scheduler.Live"/>) when null, the default.</summary>
    public IReadOnlyList<Scheduler>? Schedulers { get; set; }

    /// <summary>Where intervals, rates and snapshot times are read (<see cref="TimeProvider.System"/> by default).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The page's title.</summary>
    public string Title { get; set; } = "Kamaelia live view";

    /// <summary>Throws when a setting cannot work, so that a mistake shows when the view is mapped, not when a page opens.</summary>
    internal void Validate()
    {
        if (Interval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Interval), Interval, "The live view's interval must be positive.");
        }

        if (TimeProvider is null)
        {
            throw new ArgumentException("The live view needs a TimeProvider (TimeProvider.System by default).", nameof(TimeProvider));
        }

        if (Title is null)
        {
            throw new ArgumentException("The live view's title cannot be null.", nameof(Title));
        }

        if (Schedulers is not null && Schedulers.Any(s => s is null))
        {
            throw new ArgumentException("The live view's schedulers cannot include null.", nameof(Schedulers));
        }
    }
}
