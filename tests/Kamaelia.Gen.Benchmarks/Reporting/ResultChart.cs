using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Kamaelia.Gen.Benchmarks.Runners;

namespace Kamaelia.Gen.Benchmarks.Reporting;

/// <summary>
/// The summary as a picture: for each workload and producer style, the throughput of Kamaelia (handler
/// components), the hand-written baseline and each peer, as a ratio to System.Threading.Channels on a logarithmic
/// axis (1× is Channels). An SVG of its own, with no script or font to fetch, so that a repository page shows it.
/// </summary>
public static class ResultChart
{
    private const double MinRatio = 0.01;
    private const double MaxRatio = 100;
    private const int LabelWidth = 190;
    private const int PlotWidth = 520;
    private const int BarHeight = 9;
    private const int GroupGap = 12;
    private const int Top = 62;

    // Roughly how wide an 11-pixel sans-serif character is, to space the legend without measuring text.
    private const double CharacterWidth = 6.6;

    private static readonly (string Name, string Colour)[] Series =
    [
        ("Kamaelia.Gen", "#1f77b4"),
        ("hand-written", "#9ecae1"),
        ("Channels", "#7f7f7f"),
        ("Dataflow", "#ff7f0e"),
        ("Akka.NET", "#2ca02c"),
    ];

    /// <summary>The chart of a run's measurements; <paramref name="caption"/> says when and where it ran.</summary>
    public static string Render(IReadOnlyList<Measurement> measurements, string caption)
    {
        var groups = Groups(measurements).ToList();
        var height = Top + (groups.Count * ((Series.Length * BarHeight) + GroupGap)) + 40;
        var width = LabelWidth + PlotWidth + 30;
        var svg = new StringBuilder();
        svg.AppendLine(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="11">""");
        svg.AppendLine(CultureInfo.InvariantCulture, $"""<rect width="{width}" height="{height}" fill="white"/>""");
        svg.AppendLine(CultureInfo.InvariantCulture, $"""<text x="10" y="16" font-size="13" font-weight="bold">Throughput as a multiple of System.Threading.Channels (log scale)</text>""");
        svg.AppendLine(CultureInfo.InvariantCulture, $"""<text x="10" y="31" fill="#555">{Escape(caption)}</text>""");
        Legend(svg);
        Axis(svg, height);

        var y = Top;
        foreach (var (label, ratios) in groups)
        {
            svg.AppendLine(CultureInfo.InvariantCulture, $"""<text x="{LabelWidth - 8}" y="{y + (Series.Length * BarHeight / 2) + 4}" text-anchor="end">{Escape(label)}</text>""");
            for (var i = 0; i < Series.Length; i++)
            {
                if (ratios[i] is { } ratio)
                {
                    var x1 = X(MinRatio);
                    var x2 = X(Math.Clamp(ratio, MinRatio, MaxRatio));
                    svg.AppendLine(CultureInfo.InvariantCulture, $"""<rect x="{x1:F1}" y="{y + (i * BarHeight)}" width="{x2 - x1:F1}" height="{BarHeight - 1}" fill="{Series[i].Colour}"><title>{Escape(Series[i].Name)}: {ratio:F2}× Channels</title></rect>""");
                    svg.AppendLine(CultureInfo.InvariantCulture, $"""<text x="{x2 + 3:F1}" y="{y + (i * BarHeight) + BarHeight - 1}" font-size="8" fill="#333">{ResultTable.Ratio(ratio)}</text>""");
                }
            }

            y += (Series.Length * BarHeight) + GroupGap;
        }

        svg.AppendLine("</svg>");
        var text = svg.ToString();

        // Well-formed or not written at all: a broken picture on the docs page would be found by a reader, not a test.
        XDocument.Parse(text);
        return text;
    }

    private static IEnumerable<(string Label, double?[] Ratios)> Groups(IReadOnlyList<Measurement> measurements)
    {
        foreach (var group in measurements.GroupBy(m => m.Workload).OrderBy(g => g.Key))
        {
            var byImpl = group.ToDictionary(m => m.Impl);
            if (!byImpl.TryGetValue(Impl.Channels, out var channels))
            {
                continue;
            }

            var producers = group.Key == Workload.PingPong ? [ProducerStyle.Batched] : Enum.GetValues<ProducerStyle>();
            foreach (var producer in producers)
            {
                // Ping-pong has one message in flight, so one style of each: its Kamaelia case is listed as batched
                // and its hand-written baseline as one per step.
                var handWritten = WorkloadFacts.HandWritten(group.Key == Workload.PingPong ? ProducerStyle.OnePerStep : producer);
                Impl[] impls = [WorkloadFacts.Kamaelia(ComponentStyle.Handler, producer), handWritten, Impl.Channels, Impl.Dataflow, Impl.Akka];
                var ratios = impls.Select(impl => byImpl.TryGetValue(impl, out var m) ? Rate(m) / Rate(channels) : (double?)null).ToArray();
                var label = group.Key == Workload.PingPong ? "PingPong" : $"{group.Key}, {(producer == ProducerStyle.Batched ? "1,024 per step" : "1 per step")}";
                yield return (label, ratios);
            }
        }
    }

    private static void Legend(StringBuilder svg)
    {
        // A line of its own under the caption, each entry as wide as its name, so that no two names overlap.
        var x = 10.0;
        foreach (var (name, colour) in Series)
        {
            svg.AppendLine(CultureInfo.InvariantCulture, $"""<rect x="{x:F1}" y="40" width="10" height="8" fill="{colour}"/><text x="{x + 14:F1}" y="48">{Escape(name)}</text>""");
            x += 14 + (name.Length * CharacterWidth) + 18;
        }
    }

    private static void Axis(StringBuilder svg, int height)
    {
        for (var ratio = MinRatio; ratio <= MaxRatio * 1.0001; ratio *= 10)
        {
            var x = X(ratio);
            var emphasis = Math.Abs(ratio - 1) < 1e-9;
            svg.AppendLine(CultureInfo.InvariantCulture, $"""<line x1="{x:F1}" y1="{Top - 4}" x2="{x:F1}" y2="{height - 30}" stroke="{(emphasis ? "#000" : "#ddd")}"/>""");
            svg.AppendLine(CultureInfo.InvariantCulture, $"""<text x="{x:F1}" y="{height - 16}" text-anchor="middle">{ratio:0.##}×</text>""");
        }
    }

    private static double X(double ratio) => LabelWidth + ((Math.Log10(ratio) - Math.Log10(MinRatio)) / (Math.Log10(MaxRatio) - Math.Log10(MinRatio)) * PlotWidth);

    private static double Rate(Measurement m) => WorkloadFacts.Messages(m.Workload, m.N) / m.NsPerOp * 1e9;

    private static string Escape(string text) => System.Security.SecurityElement.Escape(text);
}
