using System.Diagnostics;
using System.Text;

namespace Kamaelia.Samples.Tests;

/// <summary>
/// The WorkerService sample runs as its README says: a generic host runs its graph and logs the readings, Ctrl+C
/// (SIGINT) shuts the graph down with ShutdownMicroprocess and the process exits with 0, and a fault is logged and
/// ends it with 1.
/// </summary>
public sealed class WorkerServiceSampleTests
{
    // Bounds, not expectations: with the other test projects building and running beside it on two cores, starting
    // the host and taking three readings has taken minutes; the shutdown after Ctrl+C has its own bound.
    private static readonly TimeSpan StartBound = TimeSpan.FromMinutes(6);
    private static readonly TimeSpan StopBound = TimeSpan.FromMinutes(2);

    [UnixFact]
    public async Task TheWorkerLogsReadingsUntilCtrlCThenShutsItsGraphDownAndExitsWithZero()
    {
        using var worker = SampleProcess.Start("WorkerService", "--Monitor:Interval=00:00:00.050");
        var output = new StringBuilder();
        var errors = worker.StandardError.ReadToEndAsync();
        var phase = "starting and taking three readings";
        try
        {
            using var startTimeout = new CancellationTokenSource(StartBound);
            var readings = 0;
            while (readings < 3)
            {
                var line = await worker.StandardOutput.ReadLineAsync(startTimeout.Token)
                    ?? throw new Xunit.Sdk.XunitException($"The worker ended before logging three readings:\n{output}{await errors}");
                output.AppendLine(line);
                if (line.Contains("WorkerServiceSample.LogReadings[1] Reading ", StringComparison.Ordinal))
                {
                    readings++;
                }
            }

            phase = "stopping after Ctrl+C";
            Assert.Equal(0, Interrupt(worker.Id, InheritedIgnoredInterrupt(worker.Id) ? "-TERM" : "-INT"));
            using var stopTimeout = new CancellationTokenSource(StopBound);
            output.Append(await worker.StandardOutput.ReadToEndAsync(stopTimeout.Token));
            await worker.WaitForExitAsync(stopTimeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Say which phase ran out of time and what the worker had written, so a slow or stuck run can be told apart.
            worker.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"The worker did not finish {phase} in time. Its output:\n{output}\nIts errors:\n{await errors}");
        }
        finally
        {
            if (!worker.HasExited)
            {
                worker.Kill(entireProcessTree: true);
            }
        }

        var log = output.ToString();
        Assert.True(worker.ExitCode == 0, $"Exit code {worker.ExitCode}:\n{log}");
        Assert.Contains("Kamaelia.Hosting.KamaeliaHostedService[1] Kamaelia started 1 top-level component(s) on its scheduler thread: WorkerServiceSample.TemperatureMonitor_", log, StringComparison.Ordinal);
        Assert.Contains("WorkerServiceSample.LogReadings[1] Reading 1: 20.7 °C", log, StringComparison.Ordinal);
        Assert.Contains("Kamaelia.Hosting.KamaeliaHostedService[4] Stopping Kamaelia: ShutdownMicroprocess sent to the top-level components; waiting up to 00:00:05 for them to end", log, StringComparison.Ordinal);
        Assert.Matches(@"WorkerServiceSample\.LogReadings\[2\] Shut down after logging [1-9]\d* readings", log);
        Assert.Contains("Kamaelia.Hosting.KamaeliaHostedService[8] Kamaelia has stopped", log, StringComparison.Ordinal);
        Assert.DoesNotContain("warn:", log, StringComparison.Ordinal);
        Assert.DoesNotContain("fail:", log, StringComparison.Ordinal);
    }

    [Fact]
    public void AThermometerThatBreaksIsLoggedAsTheFaultOfItsComponentAndTheWorkerExitsWithOne()
    {
        var (exitCode, output) = SampleProcess.Run("WorkerService", "", "--Monitor:Interval=00:00:00.020", "--Monitor:FailAfterReadings=3");

        Assert.True(exitCode == 1, $"Exit code {exitCode}:\n{output}");

        // The fault ends the system at once, so the readings taken just before it may not have been logged yet.
        Assert.DoesNotContain("Reading 4:", output, StringComparison.Ordinal);
        Assert.Matches(@"fail: Kamaelia\.Hosting\.KamaeliaHostedService\[2\] Kamaelia component WorkerServiceSample\.ReadThermometer_\d+ faulted System\.IO\.IOException: The thermometer stopped answering after 3 readings\.", output);
        Assert.Contains("Stopping the application because Kamaelia has faulted", output, StringComparison.Ordinal);
    }

    /// <summary>
    /// Sends SIGINT, what Ctrl+C in a terminal sends, with the system's kill command; its exit code. Where the worker
    /// started with SIGINT ignored (a test run started in the background by a non-interactive shell passes that on,
    /// and .NET keeps an ignored SIGINT ignored), it sends SIGTERM, which the host answers with the same shutdown.
    /// </summary>
    private static int Interrupt(int processId, string signal)
    {
        using var kill = Process.Start("kill", [signal, processId.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        return kill.ExitCode;
    }

    /// <summary>True when the process ignores SIGINT, as its SigIgn mask in /proc says (bit 1 is signal 2).</summary>
    private static bool InheritedIgnoredInterrupt(int processId)
    {
        var ignored = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(line => line.StartsWith("SigIgn:", StringComparison.Ordinal));
        return ignored is not null && (Convert.ToUInt64(ignored["SigIgn:".Length..].Trim(), 16) & 0x2) != 0;
    }
}
