namespace Axon.Tests.Threading;

/// <summary>A threaded component with the standard boxes whose thread body is given as an action.</summary>
internal sealed class ThreadedProbe(Action<ThreadedProbe> body, int queueLength = 1000) : ThreadedComponent(queueLength)
{
    public Action? OnClose { get; init; }

    protected override void ThreadMain() => body(this);

    protected override void OnClosedDown()
    {
        OnClose?.Invoke();
        base.OnClosedDown();
    }
}
