using System.Diagnostics;

namespace Kamaelia.Samples.Tests;

/// <summary>
/// Runs a sample program in its own process, from its own build output (samples/X/bin/&lt;configuration&gt;/&lt;framework&gt;),
/// with its input and output redirected. Not from the copy next to the tests: the test project's output holds the
/// dependencies of every sample at once, and a package that one sample's shared framework already carries (the
/// generic host, in ASP.NET Core's) is left out of it, though another sample needs it.
/// </summary>
internal static class SampleProcess
{
    public static (int ExitCode, string Output) Run(string sample, string input = "", params string[] arguments)
    {
        using var process = Start(sample, redirectInput: true, arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{sample} did not finish within 60 seconds. Output so far:\n{output.Result}");
        }

        return (process.ExitCode, (output.Result + error.Result).Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    /// <summary>Starts a sample that runs until it is told to stop, its output redirected for the test to read.</summary>
    public static Process Start(string sample, params string[] arguments) => Start(sample, redirectInput: false, arguments);

    /// <summary>Starts a sample that reads its input as it comes, with input and output redirected.</summary>
    public static Process StartWithInput(string sample, params string[] arguments) => Start(sample, redirectInput: true, arguments);

    private static Process Start(string sample, bool redirectInput, string[] arguments)
    {
        var folder = OutputFolder(sample);
        var assembly = Path.Combine(folder, sample + ".dll");
        Assert.True(File.Exists(assembly), $"The sample {sample} was not built: {assembly} is missing (the test project references every sample, so building it builds them).");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = redirectInput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        start.ArgumentList.Add(assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    /// <summary>The sample's own output folder, for the configuration and target framework the tests were built for.</summary>
    private static string OutputFolder(string sample)
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        return Path.Combine(Documentation.Repository.Root, "samples", sample, "bin", configuration, framework);
    }
}
