namespace Kamaelia.Hosting.Tests.Components;

/// <summary>Sleeps until a control message arrives, remembers it, passes it on through "signal" and ends.</summary>
internal sealed class RecordsShutdown : Component
{
    private volatile object? _received;

    public object? Received => _received;

    protected override IEnumerable<object?> Main()
    {
        object? control;
        while (!TryRecv("control", out control))
        {
            Pause();
            yield return null;
        }

        _received = control;
        Send(control, "signal");
    }
}
