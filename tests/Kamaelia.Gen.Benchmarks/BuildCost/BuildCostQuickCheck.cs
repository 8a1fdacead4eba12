using System.Diagnostics;
using System.Globalization;

namespace Kamaelia.Gen.Benchmarks.BuildCost;

/// <summary>
/// Quick mode's form of the build A/B, on a 20-component project: both variants build with no warning, the
/// plain one to the same types and members (<see cref="BuildPair.Create"/> checks both), and one rebuild of each
/// after a touch. Its ratio is printed for information only.
/// </summary>
internal static class BuildCostQuickCheck
{
    public const int Components = 20;

    public static string Run()
    {
        var clock = Stopwatch.StartNew();
        using var workspace = BuildCostWorkspace.Create();
        var pair = BuildPair.Create(workspace, BuildPairs.Kamaelia(workspace, Components));
        var plain = pair.Plain.TouchAndBuild();
        var asWritten = pair.AsWritten.TouchAndBuild();
        return string.Create(CultureInfo.InvariantCulture,
            $"{Components} components, both variants built with no warning, plain sources equivalent ({pair.GeneratedFiles} files), one rebuild each B ÷ A {asWritten.Elapsed / plain.Elapsed:F2}× (not warm; information only), in {clock.Elapsed.TotalSeconds:F1} s");
    }
}
