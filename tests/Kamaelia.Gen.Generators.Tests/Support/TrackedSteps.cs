using Microsoft.CodeAnalysis;

namespace Kamaelia.Gen.Generators.Tests.Support;

/// <summary>Reads the generator's named pipeline steps from a run made with step tracking on.</summary>
internal static class TrackedSteps
{
    /// <summary>The run result of the one generator.</summary>
    public static GeneratorRunResult Result(GeneratorDriver driver) => Assert.Single(driver.GetRunResult().Results);

    /// <summary>Every output of every step the generator names, with the step's name; fails if a named step did not run.</summary>
    public static IReadOnlyList<(string Step, object Value, IncrementalStepRunReason Reason)> NamedOutputs(GeneratorDriver driver)
    {
        var result = Result(driver);
        var outputs = new List<(string, object, IncrementalStepRunReason)>();
        foreach (var name in TrackingNames.All)
        {
            Assert.True(result.TrackedSteps.TryGetValue(name, out var steps), $"The step {name} was not tracked in this run.");
            foreach (var step in steps)
            {
                outputs.AddRange(step.Outputs.Select(o => (name, o.Value, o.Reason)));
            }
        }

        return outputs;
    }

    /// <summary>The reasons of the outputs of one named step.</summary>
    public static IReadOnlyList<IncrementalStepRunReason> ReasonsOf(GeneratorDriver driver, string stepName) =>
        [.. Result(driver).TrackedSteps[stepName].SelectMany(s => s.Outputs).Select(o => o.Reason)];

    /// <summary>The reasons of the source outputs (what AddSource was given).</summary>
    public static IReadOnlyList<IncrementalStepRunReason> SourceOutputReasons(GeneratorDriver driver) =>
        [.. Result(driver).TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason)];
}
