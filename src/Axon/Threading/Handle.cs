namespace Axon;

/// <summary>
/// Lets ordinary code use a component, untyped, as Axon's Handle: <see cref="Put(object, string)"/> sends to its
/// "inbox" or "control", <see cref="Get(string, TimeSpan?)"/>, <see cref="TryGet(out object, string)"/> and
/// <see cref="GetAsync(string, CancellationToken)"/> take what it sent on "outbox" or "signal". Thread-safe;
/// activate the handle on a running scheduler (see <see cref="Background"/>), which activates the component.
/// Puts wait, in order, for room when the component's inbox is full: nothing is dropped. For value types without
/// boxing use <see cref="Handle{TIn, TOut}"/>.
/// </summary>
public sealed class Handle : Handle<object?, object?>
{
    private static readonly ComponentDescriptor s_descriptor = DescribeHandle(nameof(Handle));

    /// <summary>Wraps a component; it must have the four standard boxes (inbox, control, outbox, signal).</summary>
    /// <param name="component">The component to use.</param>
    /// <param name="queueLength">As for <see cref="Handle{TIn, TOut}(Component, int)"/>.</param>
    public Handle(Component component, int queueLength = 1000)
        : base(component, queueLength)
    {
    }

    /// <inheritdoc />
    public override ComponentDescriptor Descriptor => s_descriptor;

    /// <summary>Queues a message for the wrapped component's "inbox" or "control". Safe from any thread; see <see cref="Handle{TIn, TOut}.Put"/>.</summary>
    public void Put(object? message, string box = "inbox")
    {
        switch (box)
        {
            case "inbox":
                base.Put(message);
                break;
            case "control":
                PutControl(message);
                break;
            default:
                throw new ArgumentException($"A Handle puts into \"inbox\" or \"control\" of {Wrapped.Name}, not \"{box}\".", nameof(box));
        }
    }

    /// <summary>Takes the oldest message from "outbox" or "signal" if there is one. Safe from any thread.</summary>
    public bool TryGet(out object? message, string box = "outbox") => Output(box).TryTake(out message);

    /// <summary>
    /// Takes the oldest message from "outbox" or "signal", waiting for one (at most <paramref name="timeout"/>).
    /// Throws <see cref="TimeoutException"/> when none comes in time (timed with the scheduler's
    /// <see cref="Scheduler.TimeProvider"/>), and <see cref="InvalidOperationException"/> when the component has
    /// ended and nothing is left.
    /// </summary>
    public object? Get(string box = "outbox", TimeSpan? timeout = null) => Output(box).Take(timeout, TimeProvider);

    /// <summary>Takes the oldest message from "outbox" or "signal", waiting asynchronously for one.</summary>
    public ValueTask<object?> GetAsync(string box = "outbox", CancellationToken cancellationToken = default) =>
        Output(box).TakeAsync(cancellationToken);

    private HandleOutput<object?> Output(string box) => box switch
    {
        "outbox" => OutboxOutput,
        "signal" => SignalOutput,
        _ => throw new ArgumentException($"A Handle takes from \"outbox\" or \"signal\" of {Wrapped.Name}, not \"{box}\".", nameof(box)),
    };
}
