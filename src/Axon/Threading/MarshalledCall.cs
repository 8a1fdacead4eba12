using System.Runtime.ExceptionServices;

namespace Axon;

/// <summary>An operation a threaded component's thread asked the scheduler's thread to run, and its outcome.</summary>
internal sealed class MarshalledCall(Func<object?> operation)
{
    private readonly ManualResetEventSlim _done = new(false);
    private object? _result;
    private ExceptionDispatchInfo? _exception;

    public void Run()
    {
        try
        {
            _result = operation();
        }
        catch (Exception exception)
        {
            _exception = ExceptionDispatchInfo.Capture(exception);
        }

        _done.Set();
    }

    public void Abandon(Component owner)
    {
        _exception = ExceptionDispatchInfo.Capture(new ComponentStoppedException(owner));
        _done.Set();
    }

    public object? Wait(Component owner, CancellationToken stopped)
    {
        try
        {
            _done.Wait(stopped);
        }
        catch (OperationCanceledException)
        {
            throw new ComponentStoppedException(owner);
        }

        _exception?.Throw();
        return _result;
    }
}
