using static Kamaelia.Gen.Analyzers.Tests.Support.KamaeliaVerifier;

namespace Kamaelia.Gen.Analyzers.Tests;

/// <summary>
/// What DESIGN.md §2 says a user writes, all in one program: every analyzer stays silent on it. The rule
/// families' own test classes hold each idiom separately; this one checks they stay silent together.
/// </summary>
public class DesignDocumentTests
{
    [Fact]
    public Task EveryIdiomOfTheDesignDocumentTogetherIsSilent() => VerifyAsync(
        """
        using System.Threading;

        // Boxes are declared with attributes on a partial class. Typed: Inbox<T>/Outbox<T>. Untyped: Inbox/Outbox (object).
        [Inbox<string>("inbox", "some data in")]
        [Inbox("control", "stops the component")]
        [Outbox<string>("outbox", "some data out")]
        [Outbox("signal", "Shutdown signal")]
        public partial class MyComponent : Component
        {
            // Axon style: Main is a C# iterator; each `yield return` hands control back to the scheduler.
            protected override IEnumerable<object?> Main()
            {
                while (!DoShutdown())
                {
                    while (Inbox.TryRecv(out var data))   // generated, typed accessor for box "inbox"
                        Outbox.Send(data);                // generated, typed accessor for box "outbox"
                    if (!AnyReady()) Pause();
                    yield return null;
                }
            }

            bool DoShutdown()
            {
                if (Control.TryRecv(out var msg) && msg is ProducerFinished or ShutdownMicroprocess)
                {
                    Signal.Send(new ProducerFinished());
                    return true;
                }
                return false;
            }
        }

        // Handler style: the generator writes the main loop itself, as an explicit state machine.
        [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
        public partial class Upper : Component
        {
            [Handles("inbox")] void OnLine(string line) => Outbox.Send(line.ToUpperInvariant());
        }

        [Inbox("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")] [Outbox("_log")]
        public partial class Button : Component
        {
            private readonly string _msg;

            public Button(string caption, string msg) => _msg = msg;

            protected override IEnumerable<object?> Main()
            {
                _Log.Send("pressed");
                Outbox.Send(_msg);
                Signal.Send(new ProducerFinished());
                yield return null;
            }
        }

        // Blocking belongs in a ThreadedComponent.
        [Inbox("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
        public partial class SlowReader : ThreadedComponent
        {
            protected override void ThreadMain()
            {
                Thread.Sleep(10);
                if (Console.ReadLine() is { } line)
                {
                    Outbox.Send(line);
                }
            }
        }

        // A component that adds boxes at run time.
        [Inbox("inbox")] [Inbox("control")] [Outbox("outbox")] [Outbox("signal")]
        [DynamicBoxes]
        public partial class Splitter : Component
        {
            public void AddSink(string name)
            {
                AddOutbox<object>(name);
                Send("hello", "sink-1");
            }
        }

        // A declarative graph: children are properties, links are [Link] attributes.
        [Graphline]
        [Link("self", "inbox", nameof(Shout), "inbox")]
        [Link("self", "control", nameof(Shout), "control")]
        [Link(nameof(Shout), "outbox", nameof(Echo), "inbox")]
        [Link(nameof(Shout), "signal", nameof(Echo), "control")]
        [Link(nameof(Echo), "outbox", "self", "outbox")]
        [Link(nameof(Echo), "signal", "self", "signal")]
        public partial class ShoutAndEcho : Component
        {
            public Upper Shout { get; } = new();
            public MyComponent Echo { get; } = new();
        }

        public static class Program
        {
            public static void Run(string[] files, Component anything)
            {
                new Pipeline(new ConsoleReader(), new Upper(), new ConsoleEchoer()).Run();

                new Graphline(
                    components: new()
                    {
                        ["CHOOSER"] = new Chooser<string>(files),
                        ["NEXT"] = new Button("Next", msg: "NEXT"),
                        ["SHOW"] = new ConsoleEchoer(),
                    },
                    linkages: new()
                    {
                        [("NEXT", "outbox")] = ("CHOOSER", "inbox"),
                        [("CHOOSER", "outbox")] = ("SHOW", "inbox"),
                    }).Run();

                // The Kamaelia-faithful string API, and typed linking.
                var parent = new ShoutAndEcho();
                var upper = new Upper();
                var echo = new MyComponent();
                parent.Link((upper, "outbox"), (echo, "inbox"));
                parent.Link(echo.Outbox, new ConsoleEchoer().Inbox);
                parent.Link((parent, "inbox"), (upper, "inbox"), Passthrough.Inward);
                parent.Link((echo, "signal"), (parent, "signal"), Passthrough.Outward);
                upper.Deliver("hello", "inbox");
                anything.Deliver("hello", "whatever it has");
                Console.WriteLine(upper.DataReady("inbox"));
            }
        }
        """);
}
