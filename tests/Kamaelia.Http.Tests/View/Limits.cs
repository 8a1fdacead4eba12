namespace Kamaelia.Http.Tests.View;

/// <summary>How long a test waits for what should happen promptly before calling it a failure.</summary>
internal static class Limits
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    /// <summary>Polls <paramref name="condition"/> until it holds; fails with <paramref name="what"/> after <see cref="Wait"/>.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Wait;
        var last = await read();
        while (!condition(last))
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Waited {Wait.TotalSeconds} s for {what}; last seen: {last}");
            }

            await Task.Delay(50);
            last = await read();
        }

        return last;
    }
}
