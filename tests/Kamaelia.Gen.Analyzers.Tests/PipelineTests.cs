using static Kamaelia.Gen.Analyzers.Tests.Support.KamaeliaVerifier;

namespace Kamaelia.Gen.Analyzers.Tests;

/// <summary><c>new Pipeline(a, b, c)</c>: every stage has the four standard boxes (KAM025), and neighbours' types can flow (KAM020).</summary>
public class PipelineTests
{
    private const string Parts = """
        [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
        public partial class Upper : Component
        {
            [Handles("inbox")] void OnLine(string line) => Outbox.Send(line.ToUpperInvariant());
        }

        [Inbox<string>("inbox")] [Inbox("control")] [Outbox<int>("outbox")] [Outbox("signal")]
        public partial class Length : Component
        {
            [Handles("inbox")] void OnLine(string line) => Outbox.Send(line.Length);
        }

        [Inbox<string>("inbox")]
        [Inbox("control")]
        public partial class Sink : Component
        {
            [Handles("inbox")] void OnLine(string line) { }
        }

        """;

    [Fact]
    public Task TheDesignDocumentsPipelineIsSilent() => VerifyAsync(
        Parts + """
        public static class Program
        {
            public static void Main() => new Pipeline(new ConsoleReader(), new Upper(), new ConsoleEchoer()).Run();
        }
        """);

    [Fact]
    public Task StagesWithTheStandardBoxesByDefaultOrInheritedAreSilent() => VerifyAsync(
        Parts + """
        public class Plain : Component
        {
        }

        public partial class Shouter : Upper
        {
        }

        public static class Program
        {
            public static Pipeline Build(Component any) =>
                new(new DataSource(new object[] { "a", "b" }), new Plain(), new Shouter(), any, new Graphline(new(), new()), new NullSink());
        }
        """);

    [Fact]
    public Task AStageWithoutAnOutboxOrSignalIsReportedOncePerMissingBox() => VerifyAsync(
        Parts + """
        public static class Program
        {
            public static Pipeline Build() => new(new Upper(), {|#0:new Sink()|});
        }
        """,
        Diagnostic("KAM025").WithLocation(0).WithArguments("outbox", "outbox", "Sink"),
        Diagnostic("KAM025").WithLocation(0).WithArguments("outbox", "signal", "Sink"));

    [Fact]
    public Task TheMissingBoxMessageNamesTheBoxAndTheStage() => VerifyAsync(
        Parts + """
        [Inbox<string>("lines")]
        [Inbox("control")]
        [Outbox<string>("outbox")]
        [Outbox("signal")]
        public partial class LineStage : Component
        {
        }

        public static class Program
        {
            public static Pipeline Build() => new(new Upper(), {|#0:new LineStage()|}, new ConsoleEchoer());
        }
        """,
        Diagnostic("KAM025").WithLocation(0).WithMessage("Pipeline links the standard inbox \"inbox\", which 'LineStage' does not have"));

    [Fact]
    public Task NeighboursWhoseTypesCannotFlowAreReportedOnTheReceivingStage() => VerifyAsync(
        Parts + """
        public static class Program
        {
            public static Pipeline Build() => new(new ConsoleReader(), new Length(), {|#0:new Upper()|});
        }
        """,
        Diagnostic("KAM020").WithLocation(0).WithArguments("outbox", "Length", "int", "inbox", "Upper", "string"));

    [Fact]
    public Task TheSeedPipelineWithAStageTakingIntAfterTheLibrarysConsoleReaderIsReported() => VerifyAsync(
        """
        [Inbox<int>("inbox")] [Inbox("control")] [Outbox<int>("outbox")] [Outbox("signal")]
        public partial class IntStage : Component
        {
            [Handles("inbox")] void OnNumber(int n) => Outbox.Send(n + 1);
        }

        public static class Program
        {
            public static Pipeline Build() => new(new ConsoleReader(), {|#0:new IntStage()|}, new ConsoleEchoer());
        }
        """,
        Diagnostic("KAM020").WithLocation(0).WithArguments("outbox", "ConsoleReader", "string", "inbox", "IntStage", "int"));

    [Fact]
    public Task ATypedDataSourceAndFanoutAreCheckedAgainstTheirNeighbours() => VerifyAsync(
        Parts + """
        public static class Program
        {
            public static Pipeline Numbers() => new(new DataSource<int>([1, 2, 3]), {|#0:new Upper()|});

            public static Pipeline Words() => new(new DataSource<string>(["a", "b"]), new Upper(), new Length(), new ConsoleEchoer());

            public static Pipeline Copies() => new(new Length(), {|#1:new Fanout<string>("left", "right")|});

            public static Pipeline Untyped() => new(new DataSource([1, "two"]), new ConsoleEchoer());
        }
        """,
        Diagnostic("KAM020").WithLocation(0).WithArguments("outbox", "DataSource", "int", "inbox", "Upper", "string"),
        Diagnostic("KAM020").WithLocation(1).WithArguments("outbox", "Length", "int", "inbox", "Fanout", "string"));

    [Fact]
    public Task TypedOneShotsTriggersAndRateLimitsAreCheckedAgainstTheirNeighbours() => VerifyAsync(
        Parts + """
        public static class Program
        {
            public static Pipeline Once() => new(new OneShot<int>(3), {|#0:new Upper()|});

            public static Pipeline Limited() => new(new ConsoleReader(), {|#1:new MessageRateLimit<int>(5)|}, new ConsoleEchoer());

            public static Pipeline Fine() => new(new ConsoleReader(), new MessageRateLimit<string>(5), new TriggeredSource<string>("tick"), new Upper(), new ConsoleEchoer());
        }
        """,
        Diagnostic("KAM020").WithLocation(0).WithArguments("outbox", "OneShot", "int", "inbox", "Upper", "string"),
        Diagnostic("KAM020").WithLocation(1).WithArguments("outbox", "ConsoleReader", "string", "inbox", "MessageRateLimit", "int"));

    [Fact]
    public Task TheLibrarysTypedOutboxesFlowIntoStagesThatTakeThem() => VerifyAsync(
        """
        [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
        public partial class Upper : Component
        {
            [Handles("inbox")] void OnLine(string line) => Outbox.Send(line.ToUpperInvariant());
        }

        [Inbox<long>("inbox")] [Inbox("control")] [Outbox<long>("outbox")] [Outbox("signal")]
        public partial class Ticks : Component
        {
            [Handles("inbox")] void OnTick(long tick) => Outbox.Send(tick);
        }

        public static class Program
        {
            public static Pipeline Read() => new(new ConsoleReader(), new Upper(), new ConsoleEchoer());

            public static Pipeline Tick() => new(new Clock(System.TimeSpan.FromSeconds(1)), new Ticks(), new ConsoleEchoer());
        }
        """);

    [Fact]
    public Task AGenericComponentsPartialPropertyBoxesAreTypedByItsTypeArgument() => VerifyAsync(
        """
        [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
        public partial class Upper : Component
        {
            [Handles("inbox")] void OnLine(string line) => Outbox.Send(line.ToUpperInvariant());
        }

        public partial class Relay<T> : Component
        {
            [Inbox("inbox")] public partial Inbox<T> Input { get; }

            [Inbox("control")] public partial Inbox<object> Control { get; }

            [Outbox("outbox")] public partial Outbox<T> Output { get; }

            [Outbox("signal")] public partial Outbox<object> Signal { get; }

            [Handles("inbox")] void OnItem(T item) => Output.Send(item);
        }

        public static class Program
        {
            public static Pipeline Fine() => new(new Relay<string>(), new Upper(), new ConsoleEchoer());

            public static Pipeline Wrong() => new(new Relay<int>(), {|#0:new Upper()|}, new ConsoleEchoer());

            public static Pipeline LibraryChooser() => new(new Chooser<int>([1, 2]), {|#1:new Upper()|}, new ConsoleEchoer());
        }
        """,
        Diagnostic("KAM020").WithLocation(0).WithArguments("outbox", "Relay", "int", "inbox", "Upper", "string"),
        Diagnostic("KAM020").WithLocation(1).WithArguments("outbox", "Chooser", "int", "inbox", "Upper", "string"));

    [Fact]
    public Task ACircularPipelineChecksTheLastStageIntoTheFirst() => VerifyAsync(
        Parts + """
        public static class Program
        {
            public static Pipeline Build() => new({|#0:new Upper()|}, new Length()) { Circular = true };
        }
        """,
        Diagnostic("KAM020").WithLocation(0).WithMessage(
            "\"outbox\" of 'Length' carries int, which \"inbox\" of 'Upper' (string) can never take"));

    [Fact]
    public Task AStageBuiltElsewhereIsCheckedThroughItsStaticType() => VerifyAsync(
        Parts + """
        public static class Program
        {
            public static Pipeline Build(Length length, Upper upper) => new(length, {|#0:upper|});
        }
        """,
        Diagnostic("KAM020").WithLocation(0).WithArguments("outbox", "Length", "int", "inbox", "Upper", "string"));
}
