namespace Axon;

/// <summary>A report of a non-fatal error, sent by a component that keeps running.</summary>
public sealed class ErrorInformation : Ipc
{
    /// <summary>Creates the report.</summary>
    public ErrorInformation(object? caller, Exception? exception = null, string? message = null)
    {
        Caller = caller;
        Exception = exception;
        Message = message;
    }

    /// <summary>The component that reports the error.</summary>
    public object? Caller { get; }

    /// <summary>The exception, if there was one.</summary>
    public Exception? Exception { get; }

    /// <summary>A description of the error.</summary>
    public string? Message { get; }
}
