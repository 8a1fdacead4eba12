namespace Kamaelia.Http.Tests.Support;

/// <summary>Waits for a condition that other threads make true, failing with a description when it does not come.</summary>
internal static class Eventually
{
    public static async Task True(Func<bool> condition, string description)
    {
        var deadline = DateTime.UtcNow + RunningServer.Bound;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting until {description}.");
            await Task.Delay(10);
        }
    }
}
