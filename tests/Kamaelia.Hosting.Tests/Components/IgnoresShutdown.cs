namespace Kamaelia.Hosting.Tests.Components;

/// <summary>Counts the control messages it takes and ignores; never ends by itself.</summary>
internal sealed class IgnoresShutdown : Component
{
    private int _ignored;

    public int Ignored => Volatile.Read(ref _ignored);

    protected override IEnumerable<object?> Main()
    {
        while (true)
        {
            while (TryRecv("control", out _))
            {
                Interlocked.Increment(ref _ignored);
            }

            Pause();
            yield return null;
        }
    }
}
