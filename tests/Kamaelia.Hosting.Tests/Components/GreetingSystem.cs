using System.Threading.Channels;
using Kamaelia.Util;

namespace Kamaelia.Hosting.Tests.Components;

/// <summary>A declared graph whose constructor takes services: the names to greet, the wording, and where greetings go.</summary>
[Graphline]
[Link(nameof(Names), "outbox", nameof(Greet), "inbox")]
[Link(nameof(Greet), "outbox", nameof(Greetings), "inbox")]
[Link(nameof(Names), "signal", nameof(Greet), "control")]
[Link(nameof(Greet), "signal", nameof(Greetings), "control")]
public sealed partial class GreetingSystem(ChannelReader<string> names, IGreetingFormat format, ChannelSink<string> greetings) : Component
{
    public ChannelSource<string> Names { get; } = new(names);

    public Transformer<string, string> Greet { get; } = new(format.Greet);

    public ChannelSink<string> Greetings { get; } = greetings;
}
