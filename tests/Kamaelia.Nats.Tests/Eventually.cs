namespace Kamaelia.Nats.Tests;

/// <summary>Waits for a condition with a timeout, failing the test with a description of what did not happen.</summary>
internal static class Eventually
{
    public static void True(Func<bool> condition, TimeSpan timeout, Func<string> whatFailed)
    {
        if (!SpinWait.SpinUntil(condition, timeout))
        {
            Assert.Fail($"Not within {timeout.TotalSeconds:0.#} s: {whatFailed()}");
        }
    }
}
