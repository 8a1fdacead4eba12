using System.Runtime.ExceptionServices;

namespace Axon;

/// <summary>
/// The synchronization context of one component's async handlers: a continuation posted to it waits for the
/// component's next step and runs there, on the scheduler's thread, never alongside another of its steps; posting
/// wakes the component, so that a component awaiting something sleeps and costs nothing until it completes.
/// </summary>
internal sealed class ComponentSynchronizationContext(Component owner) : SynchronizationContext
{
    private readonly Lock _gate = new();
    private List<(SendOrPostCallback Callback, object? State)> _posted = [];
    private List<(SendOrPostCallback Callback, object? State)> _running = [];
    private volatile bool _anyPosted;

    /// <inheritdoc />
    public override void Post(SendOrPostCallback d, object? state)
    {
        ArgumentNullException.ThrowIfNull(d);
        lock (_gate)
        {
            _posted.Add((d, state));
            _anyPosted = true;
        }

        owner.Unpause();
    }

    /// <summary>
    /// Runs the callback in the component's step: at once when called from it, else posted, waiting until it has
    /// run (or the component has stopped, when it never will).
    /// </summary>
    public override void Send(SendOrPostCallback d, object? state)
    {
        ArgumentNullException.ThrowIfNull(d);
        if (ReferenceEquals(Current, this))
        {
            d(state);
            return;
        }

        using var done = new ManualResetEventSlim();
        Exception? failure = null;
        Post(
            _ =>
            {
                try
                {
                    d(state);
                }
                catch (Exception exception)
                {
                    failure = exception;
                }
                finally
                {
                    done.Set();
                }
            },
            null);
        while (!done.Wait(TimeSpan.FromMilliseconds(50)))
        {
            if (owner.IsStopped)
            {
                throw new ComponentStoppedException(owner);
            }
        }

        if (failure is not null)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    /// <inheritdoc />
    public override SynchronizationContext CreateCopy() => this;

    /// <summary>Runs the continuations posted since the last call, in the order they were posted.</summary>
    public void RunPosted()
    {
        if (!_anyPosted)
        {
            return;
        }

        List<(SendOrPostCallback Callback, object? State)> batch;
        lock (_gate)
        {
            batch = _posted;
            _posted = _running;
            _running = batch;
            _anyPosted = false;
        }

        try
        {
            foreach (var (callback, state) in batch)
            {
                callback(state);
            }
        }
        finally
        {
            batch.Clear();
        }
    }
}
