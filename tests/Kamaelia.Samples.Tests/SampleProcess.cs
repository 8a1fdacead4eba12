using System.Diagnostics;

namespace Kamaelia.Samples.Tests;

/// <summary>Runs a sample program (built next to the tests) in its own process, with its input redirected.</summary>
internal static class SampleProcess
{
    public static (int ExitCode, string Output) Run(string sample, string input = "", params string[] arguments)
    {
        var assembly = Path.Combine(AppContext.BaseDirectory, sample + ".dll");
        Assert.True(File.Exists(assembly), $"The sample {sample} was not built next to the tests ({assembly}).");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
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
}
