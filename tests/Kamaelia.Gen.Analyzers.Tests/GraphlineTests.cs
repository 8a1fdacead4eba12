using static Kamaelia.Gen.Analyzers.Tests.Support.KamaeliaVerifier;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace Kamaelia.Gen.Analyzers.Tests;

/// <summary>
/// <c>new Graphline(components: new() {...}, linkages: new() {...})</c> with constant names: unknown children
/// (KAM021) and boxes (KAM010), directions (KAM011), types (KAM020), one destination per box (KAM022), and the
/// whole-graph rules for boxes nothing links (KAM023, KAM024).
/// </summary>
public class GraphlineTests
{
    private const string Parts = """
        [Inbox("inbox")]
        [Inbox("control")]
        [Outbox<string>("outbox")]
        [Outbox("signal")]
        public partial class Button : Component
        {
            private readonly string _msg;

            public Button(string caption, string msg) => _msg = msg;

            protected override IEnumerable<object?> Main()
            {
                Outbox.Send(_msg);
                yield return null;
            }
        }

        [Inbox<int>("inbox")]
        [Inbox("control")]
        [Outbox<int>("outbox")]
        [Outbox("signal")]
        public partial class Doubler : Component
        {
            [Handles("inbox")]
            private void OnNumber(int number) => Outbox.Send(number * 2);
        }

        [Inbox<string>("inbox")]
        [Inbox<object>("_tick")]
        [Outbox<string>("outbox")]
        [Outbox("signal")]
        [Outbox<string>("_log")]
        public partial class Printer : Component
        {
            protected override IEnumerable<object?> Main()
            {
                while (_Tick.TryRecv(out _))
                {
                    _Log.Send("tick");
                }

                while (Inbox.TryRecv(out var line))
                {
                    Outbox.Send(line);
                }

                Signal.Send(new ProducerFinished());
                yield return null;
            }
        }

        """;

    [Fact]
    public Task TheDesignDocumentsGraphlineIsSilent() => VerifyAsync(
        Parts + """
        public static class Program
        {
            public static void Show(string[] files) =>
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
        }
        """);

    [Fact]
    public Task NameofConstantsSelfLinksAndAddInitialisersAreSilent() => VerifyAsync(
        Parts + """
        public static class Program
        {
            private const string Show = "SHOW";

            public static Graphline Build() => new(
                components: new()
                {
                    { nameof(Printer), new Printer() },
                    { Show, new ConsoleEchoer() },
                },
                linkages: new()
                {
                    { ("self", "inbox"), (nameof(Printer), "inbox") },
                    { (nameof(Printer), "outbox"), (Show, "inbox") },
                    { (Show, "outbox"), ("", "outbox") },
                });
        }
        """);

    [Fact]
    public Task InternalBoxesAndSignalLeftUnlinkedAreSilent() => VerifyAsync(
        Parts + """
        public static class Program
        {
            public static Graphline Build() => new(
                components: new() { ["PRINT"] = new Printer(), ["SHOW"] = new ConsoleEchoer() },
                linkages: new()
                {
                    [("self", "inbox")] = ("PRINT", "inbox"),
                    [("PRINT", "outbox")] = ("SHOW", "inbox"),
                });
        }
        """);

    [Fact]
    public Task ALinkageNamingAnUnknownComponentIsReportedWithTheComponentsAndTheNearestName() => VerifyAsync(
        Parts + """
        public static class Program
        {
            public static Graphline Build(string[] files) => new(
                components: new()
                {
                    [{|#1:"CHOOSER"|}] = new Chooser<string>(files),
                    ["NEXT"] = new Button("Next", msg: "NEXT"),
                    ["SHOW"] = new ConsoleEchoer(),
                },
                linkages: new()
                {
                    [("NEXT", "outbox")] = ({|#0:"CHOSER"|}, "inbox"),
                    [("CHOOSER", "outbox")] = ("SHOW", "inbox"),
                });
        }
        """,
        Diagnostic("KAM021").WithLocation(0).WithArguments(
            "CHOSER", "; did you mean \"CHOOSER\"?", "\"CHOOSER\", \"NEXT\", \"SHOW\""),
        // The misspelt destination leaves the library Chooser's inbox unlinked: its compiled [BoxUse] says it reads it.
        Diagnostic("KAM023").WithLocation(1).WithArguments("inbox", "CHOOSER", "Chooser"));

    [Fact]
    public Task TheUnknownComponentMessageEndsWithTheNearestName() => VerifyAsync(
        Parts + """
        public static class Program
        {
            public static Graphline Build() => new(
                components: new() { [{|#1:"SHOW"|}] = new ConsoleEchoer(), ["NEXT"] = new Button("Next", msg: "NEXT") },
                linkages: new() { [("NEXT", "outbox")] = ({|#0:"SHOE"|}, "inbox") });
        }
        """,
        Diagnostic("KAM021").WithLocation(0).WithMessage(
            "The graph has no component \"SHOE\"; its components are \"NEXT\", \"SHOW\" (\"self\" is the graph itself); did you mean \"SHOW\"?"),
        Diagnostic("KAM023").WithLocation(1).WithArguments("inbox", "SHOW", "ConsoleEchoer"));

    [Fact]
    public Task TheUnknownComponentMessageListsTheComponentsAndSelf() => VerifyAsync(
        Parts + """
        public static class Program
        {
            public static Graphline Build() => new(
                components: new() { ["SHOW"] = new ConsoleEchoer() },
                linkages: new() { [({|#0:"parent"|}, "inbox")] = ("SHOW", "inbox") });
        }
        """,
        Diagnostic("KAM021").WithLocation(0).WithMessage(
            "The graph has no component \"parent\"; its components are \"SHOW\" (\"self\" is the graph itself)"));

    [Fact]
    public Task ALinkageNamingAnUnknownBoxIsReportedOnTheBoxName() => VerifyAsync(
        Parts + """
        public static class Program
        {
            public static Graphline Build(string[] files) => new(
                components: new()
                {
                    [{|#2:"CHOOSER"|}] = new Chooser<string>(files),
                    [{|#1:"NEXT"|}] = new Button("Next", msg: "NEXT"),
                },
                linkages: new() { [("NEXT", {|#0:"outpox"|})] = ("CHOOSER", "inbox") });
        }
        """,
        Diagnostic("KAM010").WithLocation(0).WithArguments(
            "Button", "outbox", "outpox", " (its outboxes are \"outbox\", \"signal\"); did you mean \"outbox\"?"),
        // The misspelt link leaves the outbox Button sends on unlinked.
        Diagnostic("KAM024").WithLocation(1).WithArguments("outbox", "NEXT", "Button"),
        // And the library Chooser's outbox, which its compiled [BoxUse] says it sends on.
        Diagnostic("KAM024").WithLocation(2).WithArguments("outbox", "CHOOSER", "Chooser"));

    [Fact]
    public Task ALinkageStartingFromAnInboxIsReported() => VerifyAsync(
        Parts + """
        public static class Program
        {
            public static Graphline Build() => new(
                components: new() { ["SHOW"] = new ConsoleEchoer(), ["NEXT"] = new Button("Next", msg: "NEXT") },
                linkages: new()
                {
                    [("NEXT", "outbox")] = ("SHOW", "inbox"),
                    [("SHOW", {|#0:"inbox"|})] = ("NEXT", "inbox"),
                });
        }
        """,
        Diagnostic("KAM011").WithLocation(0).WithArguments("inbox", "ConsoleEchoer", "inbox", "a linkage starts from a child's outbox"));

    [Fact]
    public Task ALinkageEndingAtAnOutboxIsReported() => VerifyAsync(
        Parts + """
        public static class Program
        {
            public static Graphline Build() => new(
                components: new() { [{|#1:"SHOW"|}] = new ConsoleEchoer(), ["NEXT"] = new Button("Next", msg: "NEXT") },
                linkages: new() { [("NEXT", "outbox")] = ("SHOW", {|#0:"signal"|}) });
        }
        """,
        Diagnostic("KAM011").WithLocation(0).WithMessage(
            "\"signal\" on 'ConsoleEchoer' is an outbox; a linkage ends at a child's inbox"),
        Diagnostic("KAM023").WithLocation(1).WithArguments("inbox", "SHOW", "ConsoleEchoer"));

    [Fact]
    public Task ALinkageBetweenUnrelatedTypesIsReportedOnTheDestinationBox() => VerifyAsync(
        Parts + """
        public static class Program
        {
            public static Graphline Build() => new(
                components: new()
                {
                    ["NEXT"] = new Button("Next", msg: "NEXT"),
                    ["DOUBLE"] = new Doubler(),
                    ["SHOW"] = new ConsoleEchoer(),
                },
                linkages: new()
                {
                    [("self", "control")] = ("DOUBLE", "control"),
                    [("NEXT", "outbox")] = ("DOUBLE", {|#0:"inbox"|}),
                    [("DOUBLE", "outbox")] = ("SHOW", "inbox"),
                });
        }
        """,
        Diagnostic("KAM020").WithLocation(0).WithArguments("outbox", "NEXT", "string", "inbox", "DOUBLE", "int"));

    [Fact]
    public Task ABoxLinkedToTwoDestinationsIsReportedOnTheSecondLinkage() => VerifyAsync(
        Parts + """
        public static class Program
        {
            public static Graphline Build() => new(
                components: new()
                {
                    ["NEXT"] = new Button("Next", msg: "NEXT"),
                    ["SHOW"] = new ConsoleEchoer(),
                    ["LOG"] = new ConsoleEchoer(),
                },
                linkages: new()
                {
                    [("NEXT", "outbox")] = ("SHOW", "inbox"),
                    [("NEXT", {|#0:"outbox"|})] = ("LOG", "inbox"),
                });
        }
        """,
        Diagnostic("KAM022").WithLocation(0).WithArguments("NEXT", "outbox", "SHOW", "inbox"));

    [Fact]
    public Task TheTwoDestinationsMessageSuggestsFanout() => VerifyAsync(
        Parts + """
        public static class Program
        {
            public static Graphline Build() => new(
                components: new() { ["SHOW"] = new ConsoleEchoer(), ["LOG"] = new ConsoleEchoer() },
                linkages: new()
                {
                    [("self", "inbox")] = ("SHOW", "inbox"),
                    [("self", {|#0:"inbox"|})] = ("LOG", "inbox"),
                });
        }
        """,
        Diagnostic("KAM022").WithLocation(0).WithMessage(
            "(\"self\", \"inbox\") is already linked to (\"SHOW\", \"inbox\"); a box has one destination (use Fanout or a Backplane)"));

    [Fact]
    public Task AnInboxAChildReadsThatNothingLinksToIsReportedOnTheChild() => VerifyAsync(
        Parts + """
        public static class Program
        {
            public static Graphline Build() => new(
                components: new() { [{|#0:"PRINT"|}] = new Printer(), ["SHOW"] = new ConsoleEchoer() },
                linkages: new() { [("PRINT", "outbox")] = ("SHOW", "inbox") });
        }
        """,
        Diagnostic("KAM023").WithLocation(0).WithArguments("inbox", "PRINT", "Printer"));

    [Fact]
    public Task AnUnlinkedControlInboxIsOnlyInformation() => VerifyAsync(
        Parts + """
        public static class Program
        {
            public static Graphline Build() => new(
                components: new() { [{|#0:"DOUBLE"|}] = new Doubler(), ["SHOW"] = new ConsoleEchoer() },
                linkages: new()
                {
                    [("self", "inbox")] = ("DOUBLE", "inbox"),
                    [("DOUBLE", "outbox")] = ("SHOW", "inbox"),
                });
        }
        """,
        Diagnostic("KAM023").WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithMessage(
            "Nothing in the graph links to the inbox \"control\" of \"DOUBLE\" ('Doubler'), which it reads"));

    [Fact]
    public Task AnOutboxAChildSendsOnThatIsNeverLinkedIsReportedOnTheChild() => VerifyAsync(
        Parts + """
        public static class Program
        {
            public static Graphline Build() => new(
                components: new() { [{|#0:"NEXT"|}] = new Button("Next", msg: "NEXT"), ["SHOW"] = new ConsoleEchoer() },
                linkages: new() { [("self", "inbox")] = ("SHOW", "inbox") });
        }
        """,
        Diagnostic("KAM024").WithLocation(0).WithArguments("outbox", "NEXT", "Button"));

    [Fact]
    public Task TheUnlinkedOutboxMessageSaysWhatHappensToTheMessages() => VerifyAsync(
        Parts + """
        public static class Program
        {
            public static Graphline Build() => new(
                components: new() { [{|#0:"PRINT"|}] = new Printer() },
                linkages: new() { [("self", "inbox")] = ("PRINT", "inbox") });
        }
        """,
        Diagnostic("KAM024").WithLocation(0).WithMessage(
            "The outbox \"outbox\" of \"PRINT\" ('Printer') is never linked, so what it sends is discarded"));

    [Fact]
    public Task ComponentsFromCompiledLibrariesAreCheckedFromWhatTheGeneratorRecordedOnThem() => VerifyAsync(
        """
        public static class Program
        {
            public static Graphline Build() => new(
                components: new() { [{|#0:"READ"|}] = new ConsoleReader(), [{|#1:"SHOW"|}] = new ConsoleEchoer() },
                linkages: new());
        }
        """,
        Diagnostic("KAM024").WithLocation(0).WithArguments("outbox", "READ", "ConsoleReader"),
        Diagnostic("KAM023").WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithArguments("control", "READ", "ConsoleReader"),
        Diagnostic("KAM023").WithLocation(1).WithArguments("inbox", "SHOW", "ConsoleEchoer"));

    [Fact]
    public Task ALibraryComponentsOptionalOutboxMayStayUnlinked() => VerifyAsync(
        """
        public static class Program
        {
            public static Graphline Build() => new(
                components: new() { ["READ"] = new ConsoleReader(), ["SHOW"] = new ConsoleEchoer() },
                linkages: new()
                {
                    [("READ", "outbox")] = ("SHOW", "inbox"),
                    [("READ", "signal")] = ("SHOW", "control"),
                    [("self", "control")] = ("READ", "control"),
                });
        }
        """);

    [Fact]
    public Task AGraphBuiltFromDictionariesMadeElsewhereIsNotGuessedAbout() => VerifyAsync(
        Parts + """
        public static class Program
        {
            public static Graphline Build()
            {
                var components = new Dictionary<string, Component> { ["PRINT"] = new Printer(), ["NEXT"] = new Button("Next", msg: "NEXT") };
                var linkages = new Dictionary<(string Component, string Box), (string Component, string Box)>
                {
                    [("NEXT", "outbox")] = ("PRINT", "inbox"),
                    [("PRINT", "outbox")] = ("self", "outbox"),
                };
                var withPrinter = new Graphline(components, new() { [("NEXT", "outbox")] = ("PRINT", "inbox") });
                return new Graphline(
                    components: new() { ["PRINT"] = new Printer(), ["NEXT"] = new Button("Next", msg: "NEXT") },
                    linkages: linkages);
            }
        }
        """);

    [Fact]
    public Task AChildTypedAsPlainComponentIsNotChecked() => VerifyAsync(
        """
        public static class Program
        {
            public static Graphline Build(Component any) => new(
                components: new() { ["ANY"] = any, ["SHOW"] = new ConsoleEchoer() },
                linkages: new() { [("ANY", "whatever")] = ("SHOW", "inbox") });
        }
        """);
}
