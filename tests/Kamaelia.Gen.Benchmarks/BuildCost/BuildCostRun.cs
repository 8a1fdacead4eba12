using Kamaelia.Gen.Benchmarks.Compilation;
using Kamaelia.Gen.Benchmarks.Reporting;

namespace Kamaelia.Gen.Benchmarks.BuildCost;

/// <summary>
/// <c>--build-cost</c>: what the Kamaelia.Gen generator and analyzers add to <c>dotnet build</c>, the way users
/// build, with System.Text.Json's generator measured in the same passes as the reference point (see
/// <see cref="BuildPair"/>). Each project is built once to warm the compiler server, then every pass builds each
/// variant after each change, the variants of a project one after the other, in alternating order: on a machine
/// that other work loads, load comes and goes, and only builds made side by side compare. <c>--components N</c>
/// (1,000; as many JSON types), <c>--passes N</c> (5).
/// </summary>
internal static class BuildCostRun
{
    public static int Run(string[] args)
    {
        var components = Program.Option(args, "--components", ProjectSizes.Benchmark);
        var passes = Program.Option(args, "--passes", 5);
        var loadBefore = LoadAverage();
        using var workspace = BuildCostWorkspace.Create();
        Console.WriteLine($"Writing and building the projects in {workspace.Root}...");
        var pairs = new[]
        {
            BuildPair.Create(workspace, BuildPairs.Kamaelia(workspace, components)),
            BuildPair.Create(workspace, BuildPairs.Json(components)),
        };
        foreach (var pair in pairs)
        {
            pair.Plain.TouchAndBuild();
            pair.AsWritten.TouchAndBuild();
        }

        var samples = new List<BuildSample>();
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var change in Enum.GetValues<BuildChange>())
            {
                foreach (var pair in pairs)
                {
                    foreach (var asWritten in pass % 2 == 0 ? [false, true] : (bool[])[true, false])
                    {
                        var variant = asWritten ? pair.AsWritten : pair.Plain;
                        var timing = change == BuildChange.Touch ? variant.TouchAndBuild() : variant.EditBodyAndBuild();
                        samples.Add(new BuildSample(pair.Name, change, asWritten, pass, timing));
                        Console.WriteLine($"pass {pass + 1}/{passes}, {pair.Name}, {change}, {(asWritten ? "B as written" : "A plain")}: {timing.Elapsed.TotalSeconds:F2} s (Csc {timing.Compile.TotalSeconds:F2} s, CPU {timing.Cpu.TotalSeconds:F2} s)");
                    }
                }
            }
        }

        var text = BuildCostTable.Render(pairs, samples, passes, $"{loadBefore} before, {LoadAverage()} after");
        Artifacts.WriteTable("build-cost-table.md", text);
        return 0;
    }

    /// <summary>The one-minute load average, where the system tells it.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
