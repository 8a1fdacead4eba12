using Axon.Tests.Scheduling;

namespace Axon.Tests.Threading;

/// <summary>
/// A started <see cref="Axon.Background"/> whose disposal is bounded: a scheduler that fails to stop fails the
/// test instead of hanging it.
/// </summary>
internal sealed class RunningBackground(Scheduler? scheduler = null) : IDisposable
{
    public Background Background { get; } = new Background(scheduler).Start();

    public T Activate<T>(T component)
        where T : Component => Background.Activate(component);

    public void Dispose() => Limits.Within(() =>
    {
        Background.Dispose();
        return true;
    });
}
