using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Kamaelia.Gen.Benchmarks.BuildCost;

/// <summary>
/// What one <c>dotnet build</c> took: the whole process, the compiler's task (Csc) within it, and the processor
/// time of the build and the compiler server (<see cref="BuildCpuClock"/>).
/// </summary>
internal sealed record BuildTiming(TimeSpan Elapsed, TimeSpan Compile, TimeSpan Cpu);

/// <summary>
/// Runs <c>dotnet build</c> in a project folder as a user types it, with the compiler server and shared
/// compilation at their defaults (on), and times the whole process.
/// </summary>
internal static partial class DotnetBuild
{
    /// <summary>
    /// Variables that a parent dotnet process may set and that would point the build at another MSBuild, and
    /// UseSharedCompilation, which a CI machine may set to false (this one does): a user's build has the server.
    /// </summary>
    private static readonly string[] InheritedMsBuildVariables = ["MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly", "UseSharedCompilation"];

    /// <summary>Builds; throws with the output when the build fails or warns, since a failing build is measured taking a shorter path.</summary>
    public static BuildTiming Run(string projectDirectory, params string[] extraArguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = projectDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        // The compiler server on, as the SDK has it by default; no worker nodes left behind (a one-project build
        // does not use them); the performance summary gives the compiler's own share.
        foreach (var argument in (string[])["build", "-nologo", "-tl:off", "-nr:false", "-p:UseSharedCompilation=true", "-clp:PerformanceSummary", .. extraArguments])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var name in InheritedMsBuildVariables)
        {
            start.Environment.Remove(name);
        }

        var cpuBefore = BuildCpuClock.Now();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet build in {projectDirectory} did not finish in 10 minutes.");
        }

        var elapsed = clock.Elapsed;
        var cpu = BuildCpuClock.Now() - cpuBefore;
        var text = output.Result + error.Result;
        var warnings = WarningCount().Match(text);
        if (process.ExitCode != 0 || !warnings.Success || warnings.Groups[1].Value != "0")
        {
            throw new InvalidOperationException($"dotnet build in {projectDirectory} failed or warned (exit code {process.ExitCode}):\n{text}");
        }

        var compile = CscTime().Match(text);
        return new BuildTiming(elapsed, compile.Success ? TimeSpan.FromMilliseconds(int.Parse(compile.Groups[1].Value, CultureInfo.InvariantCulture)) : TimeSpan.Zero, cpu);
    }

    [GeneratedRegex(@"^\s*(\d+) Warning\(s\)", RegexOptions.Multiline)]
    private static partial Regex WarningCount();

    /// <summary>The Csc line of the task performance summary: "  1234 ms  Csc   1 calls".</summary>
    [GeneratedRegex(@"^\s*(\d+) ms\s+Csc\s+\d+ calls", RegexOptions.Multiline)]
    private static partial Regex CscTime();
}
