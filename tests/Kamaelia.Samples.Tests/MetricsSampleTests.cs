using System.Text.RegularExpressions;

namespace Kamaelia.Samples.Tests;

/// <summary>The Metrics sample: the OpenTelemetry SDK's console exporter prints the "Kamaelia" meter's totals.</summary>
public sealed partial class MetricsSampleTests
{
    [Fact]
    public void TheConsoleExporterPrintsEveryMessageCountedPerComponentAndBox()
    {
        var (exitCode, output) = SampleProcess.Run("Metrics");

        Assert.Equal(0, exitCode);
        Assert.Contains("18 words counted; the metrics of the run follow.\n", output, StringComparison.Ordinal);

        // Three lines from the source, eighteen words from the splitter, each counted where it was sent and where
        // it arrived; the tally's shutdown signal has nowhere to go and is counted as discarded.
        Assert.Equal("3", ValueOf(output, "kamaelia.messages.sent", "outbox", "DataSource<string>"));
        Assert.Equal("18", ValueOf(output, "kamaelia.messages.sent", "outbox", "WordSplitter"));
        Assert.Equal("3", ValueOf(output, "kamaelia.messages.delivered", "inbox", "WordSplitter"));
        Assert.Equal("18", ValueOf(output, "kamaelia.messages.delivered", "inbox", "WordTally"));
        Assert.Equal("1", ValueOf(output, "kamaelia.messages.discarded", "signal", "WordTally"));
        Assert.Contains("Metric Name: kamaelia.scheduler.passes,", output, StringComparison.Ordinal);
        Assert.Contains("Metric Name: kamaelia.scheduler.pass.duration,", output, StringComparison.Ordinal);
    }

    /// <summary>The value the console exporter printed for one point of a metric, found by its box and type tags.</summary>
    private static string ValueOf(string output, string metric, string box, string componentType)
    {
        var section = MetricSection().Matches(output).Select(m => m.Value).SingleOrDefault(s => s.StartsWith($"Metric Name: {metric},", StringComparison.Ordinal));
        Assert.True(section is not null, $"No section for {metric} in:\n{output}");
        var point = Regex.Match(section!, $@"kamaelia\.box: {Regex.Escape(box)} kamaelia\.component\.type: {Regex.Escape(componentType)} *\nValue: (\d+)");
        Assert.True(point.Success, $"No point for {box} of {componentType} in:\n{section}");
        return point.Groups[1].Value;
    }

    [GeneratedRegex(@"Metric Name: [^\n]*\n(?:(?!Metric Name: )[^\n]*\n?)*")]
    private static partial Regex MetricSection();
}
