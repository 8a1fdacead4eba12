namespace Kamaelia.Tests.Support;

/// <summary>
/// The test classes whose systems run on <see cref="Scheduler.Default"/> (as the documentation's examples do, with
/// <c>Run()</c> and <c>RunAsync()</c>): one at a time, since a scheduler runs on one thread at a time and refuses a
/// second.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DefaultSchedulerCollection
{
    /// <summary>The collection's name, for <c>[Collection]</c>.</summary>
    public const string Name = "Scheduler.Default";
}
