extern alias distributed;

using System.Text.RegularExpressions;
using Axon;
using distributed::DistributedWordCount;
using Kamaelia.Chassis;
using Kamaelia.Nats;
using Presentation;
using WordCount;

namespace Kamaelia.Samples.Tests.Documentation;

/// <summary>
/// A Mermaid diagram in the docs that the library's own graph export draws from a sample's code. In a page it sits
/// between <c>&lt;!-- generated: name --&gt;</c> and <c>&lt;!-- end generated --&gt;</c>, as one mermaid block.
/// </summary>
internal sealed partial record GeneratedDiagram(string Name, string Page, Func<GraphDescriptor> Graph)
{
    /// <summary>Every generated diagram, by name, with the page it belongs on and the graph it draws.</summary>
    public static IReadOnlyList<GeneratedDiagram> All { get; } =
    [
        new("wordcount-graph", "docs/guide.md",
            () => WordCountGraph.Create(new FileReader(["a.txt"]), PrivateBackplane("progress")).ToGraphDescriptor()),
        new("slideshow-graph", "docs/guide.md",
            () => SlideShow.Create([new Slide("slide", ["text"])], TextWriter.Null).ToGraphDescriptor()),
        new("nats-producer-graph", "docs/distribution.md",
            () => WordCountTopology.Producer(["a.txt"], new NatsPublishTo<string>("wordcount.words")).ToGraphDescriptor()),
        new("nats-worker-graph", "docs/distribution.md",
            () => WordCountTopology.Worker(new NatsSubscribeTo<string>("wordcount.words")).ToGraphDescriptor()),
    ];

    /// <summary>What belongs between the markers: the graph's Mermaid text in a mermaid block.</summary>
    public string Expected() => "```mermaid\n" + Graph().ToMermaid() + "```\n";

    /// <summary>The names of the generated regions a page has, in order.</summary>
    public static IReadOnlyList<string> RegionNames(string text) =>
        [.. Region().Matches(text).Select(m => m.Groups["name"].Value)];

    /// <summary>What stands between this diagram's markers in the page's text; null when the page has no such region.</summary>
    public string? Current(string text) =>
        Region().Matches(text).FirstOrDefault(m => m.Groups["name"].Value == Name)?.Groups["body"].Value;

    /// <summary>The page's text with this diagram's region holding <paramref name="body"/>.</summary>
    public string Replace(string text, string body) =>
        Region().Replace(text, m => m.Groups["name"].Value == Name ? m.Groups["open"].Value + body + m.Groups["close"].Value : m.Value);

    // A backplane registers its name where publishers find it; a tracker of its own keeps that out of the process-wide one.
    private static Backplane PrivateBackplane(string name) => new(name, new CoordinatingAssistantTracker());

    [GeneratedRegex(@"(?<open><!-- generated: (?<name>[a-z0-9-]+) -->\n)(?<body>.*?)(?<close><!-- end generated -->)", RegexOptions.Singleline)]
    private static partial Regex Region();
}
