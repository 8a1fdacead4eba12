using System.Diagnostics;

namespace Kamaelia.Samples.Tests;

/// <summary>Runs a sample program (built next to the tests) in its own process, with its input and output redirected.</summary>
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
        var assembly = Path.Combine(AppContext.BaseDirectory, sample + ".dll");
        Assert.True(File.Exists(assembly), $"The sample {sample} was not built next to the tests ({assembly}).");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = redirectInput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }
}
