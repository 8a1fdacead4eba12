using Axon;

namespace Kamaelia.Gen.Generators.Tests.Support;

/// <summary>Drives a scheduler pass by pass, so that a test never blocks on a system that cannot finish.</summary>
internal static class Passes
{
    /// <summary>Runs passes until no component is awake; fails when that takes more than <paramref name="limit"/> passes.</summary>
    public static int RunUntilIdle(Scheduler scheduler, int limit = 100)
    {
        var passes = 0;
        do
        {
            Assert.True(passes < limit, $"The system was still busy after {limit} passes.");
            scheduler.RunPass();
            passes++;
        }
        while (scheduler.HasRunnableComponents);

        return passes;
    }
}
