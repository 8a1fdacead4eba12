namespace Axon;

/// <summary>A generic event: who raised it and what it carries.</summary>
public class Notify : Ipc
{
    /// <summary>Creates the event.</summary>
    public Notify(object? caller, object? payload)
    {
        Caller = caller;
        Payload = payload;
    }

    /// <summary>The sender.</summary>
    public object? Caller { get; }

    /// <summary>What the event carries.</summary>
    public object? Payload { get; }
}
