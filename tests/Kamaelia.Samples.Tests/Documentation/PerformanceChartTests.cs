using System.Xml.Linq;

namespace Kamaelia.Samples.Tests.Documentation;

/// <summary>The chart the README and the performance page show is a well-formed SVG drawn from a run of the suite.</summary>
public sealed class PerformanceChartTests
{
    [Fact]
    public void TheChartOnRecordIsAWellFormedSvgOfEveryWorkload()
    {
        var chart = XDocument.Parse(Repository.Read("docs/performance-chart.svg"));
        XNamespace svg = "http://www.w3.org/2000/svg";

        Assert.Equal(svg + "svg", chart.Root!.Name);
        var labels = chart.Descendants(svg + "text").Select(t => t.Value).ToList();
        foreach (var workload in new[] { "TwoStage", "TenStage", "FanOut", "FanIn", "PingPong", "Diamond" })
        {
            Assert.Contains(labels, label => label.StartsWith(workload, StringComparison.Ordinal));
        }

        // Every bar carries its ratio, so the picture can be checked against the page's summary table.
        Assert.Contains(chart.Descendants(svg + "rect"), bar => bar.Element(svg + "title")?.Value.Contains("× Channels", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void TheReadmeAndThePerformancePageShowTheChart()
    {
        Assert.Contains("](docs/performance-chart.svg)", Repository.Read("README.md"), StringComparison.Ordinal);
        Assert.Contains("](performance-chart.svg)", Repository.Read("docs/performance.md"), StringComparison.Ordinal);
    }
}
