using Microsoft.CodeAnalysis.Testing;
using static Kamaelia.Gen.Analyzers.Tests.Support.KamaeliaVerifier;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace Kamaelia.Gen.Analyzers.Tests;

/// <summary>
/// [Graphline] classes whose children are properties and whose links are [Link] attributes: checked like the
/// runtime Graphline, with the graph's own boxes known from its declaration.
/// </summary>
public class DeclaredGraphTests
{
    private const string Parts = """
        [Inbox<int>("inbox")]
        [Inbox("control")]
        [Outbox<int>("outbox")]
        [Outbox("signal")]
        public partial class Doubler : Component
        {
            [Handles("inbox")]
            private void OnNumber(int number) => Outbox.Send(number * 2);
        }

        [Inbox<object>("inbox")]
        [Inbox("control")]
        public partial class Printer : Component
        {
            [Handles("inbox")]
            private void OnAnything(object value) => Console.WriteLine(value);
        }

        [Inbox<string>("inbox")]
        [Inbox("control")]
        [Outbox<string>("outbox")]
        [Outbox("signal")]
        public partial class Upper : Component
        {
            [Handles("inbox")]
            private void OnLine(string line) => Outbox.Send(line.ToUpperInvariant());
        }

        """;

    [Fact]
    public Task AGraphWithSelfLinksAndNameofIsSilent() => VerifyAsync(
        Parts + """
        [Graphline]
        [Link("self", "inbox", nameof(First), "inbox")]
        [Link("self", "control", nameof(First), "control")]
        [Link(nameof(First), "outbox", nameof(Second), "inbox")]
        [Link(nameof(Second), "outbox", nameof(Show), "inbox")]
        [Link(nameof(First), "signal", nameof(Second), "control")]
        [Link(nameof(Second), "signal", nameof(Show), "control")]
        public partial class Quadrupler : Component
        {
            public Doubler First { get; } = new();
            public Doubler Second { get; } = new();
            public Printer Show { get; } = new();
        }
        """);

    [Fact]
    public Task AGraphForwardingAChildsOutputThroughItsOwnOutboxIsSilent() => VerifyAsync(
        Parts + """
        [Inbox<string>("inbox")]
        [Inbox("control")]
        [Outbox<string>("outbox")]
        [Outbox("signal")]
        [Graphline]
        [Link("self", "inbox", nameof(Shout), "inbox")]
        [Link("self", "control", nameof(Shout), "control")]
        [Link(nameof(Shout), "outbox", "self", "outbox")]
        [Link(nameof(Shout), "signal", "", "signal")]
        public partial class Loud : Component
        {
            public Upper Shout { get; } = new();
        }
        """);

    [Fact]
    public Task AChildPropertyTypedAsPlainComponentIsAChildWhoseBoxesAreNotKnown() => VerifyAsync(
        Parts + """
        [Graphline]
        [Link(nameof(Source), "outbox", nameof(Show), "inbox")]
        [Link(nameof(Source), "signal", nameof(Show), "control")]
        public partial class Anything : Component
        {
            public Component Source { get; } = new ConsoleReader();
            public Printer Show { get; } = new();
        }
        """);

    [Fact]
    public Task ALinkNamingAnUnknownChildIsReportedWithTheChildren() => VerifyAsync(
        Parts + """
        [Graphline]
        [Link("self", "inbox", nameof(First), "inbox")]
        [Link("self", "control", nameof(First), "control")]
        [Link(nameof(First), "outbox", {|#0:"Scond"|}, "inbox")]
        public partial class Pair : Component
        {
            public Doubler First { get; } = new();
            public Doubler {|#1:Second|} { get; } = new();
        }
        """,
        Diagnostic("KAM021").WithLocation(0).WithArguments("Scond", "; did you mean \"Second\"?", "\"First\", \"Second\""),
        // Second reads its inbox and control (its generated loop does) and sends on its outbox, linked nowhere.
        Diagnostic("KAM023").WithLocation(1).WithArguments("inbox", "Second", "Doubler"),
        Diagnostic("KAM023").WithLocation(1).WithSeverity(DiagnosticSeverity.Info).WithArguments("control", "Second", "Doubler"),
        Diagnostic("KAM024").WithLocation(1).WithArguments("outbox", "Second", "Doubler"));

    [Fact]
    public Task ALinkNamingAnUnknownBoxOfAChildIsReported() => VerifyAsync(
        Parts + """
        [Graphline]
        [Link("self", "inbox", nameof(First), {|#0:"inbx"|})]
        [Link("self", "control", nameof(First), "control")]
        [Link(nameof(First), "outbox", "self", "outbox")]
        public partial class Single : Component
        {
            public Doubler {|#1:First|} { get; } = new();
        }
        """,
        Diagnostic("KAM010").WithLocation(0).WithArguments(
            "Doubler", "inbox", "inbx", " (its inboxes are \"inbox\", \"control\"); did you mean \"inbox\"?"),
        Diagnostic("KAM023").WithLocation(1).WithArguments("inbox", "First", "Doubler"));

    [Fact]
    public Task ALinkFromAGraphBoxItDoesNotDeclareIsReported() => VerifyAsync(
        Parts + """
        [Inbox<int>("inbox")]
        [Inbox("control")]
        [Outbox<int>("outbox")]
        [Outbox("signal")]
        [Graphline]
        [Link("self", {|#0:"input"|}, nameof(First), "inbox")]
        [Link("self", "control", nameof(First), "control")]
        [Link(nameof(First), "outbox", "self", "outbox")]
        public partial class Wrapped : Component
        {
            public Doubler First { get; } = new();
        }
        """,
        Diagnostic("KAM010").WithLocation(0).WithArguments("Wrapped", "inbox", "input", " (its inboxes are \"inbox\", \"control\")"));

    [Fact]
    public Task ALinkFromAGraphsOwnOutboxIsReportedAsTheWrongDirection() => VerifyAsync(
        Parts + """
        [Graphline]
        [Link("self", {|#0:"outbox"|}, nameof(First), "inbox")]
        [Link("self", "control", nameof(First), "control")]
        [Link(nameof(First), "outbox", "self", "outbox")]
        public partial class Inverted : Component
        {
            public Doubler First { get; } = new();
        }
        """,
        Diagnostic("KAM011").WithLocation(0).WithArguments(
            "outbox", "Inverted", "outbox", "a linkage from the graph itself starts at one of its inboxes"));

    [Fact]
    public Task ALinkToAGraphsOwnInboxIsReportedAsTheWrongDirection() => VerifyAsync(
        Parts + """
        [Graphline]
        [Link("self", "inbox", nameof(First), "inbox")]
        [Link("self", "control", nameof(First), "control")]
        [Link(nameof(First), "outbox", "self", {|#0:"inbox"|})]
        public partial class Backwards : Component
        {
            public Doubler First { get; } = new();
        }
        """,
        Diagnostic("KAM011").WithLocation(0).WithMessage(
            "\"inbox\" on 'Backwards' is an inbox; a linkage to the graph itself ends at one of its outboxes"));

    [Fact]
    public Task ALinkBetweenChildrenOfUnrelatedTypesIsReportedOnTheDestinationBox() => VerifyAsync(
        Parts + """
        [Graphline]
        [Link("self", "inbox", nameof(Words), "inbox")]
        [Link("self", "control", nameof(Words), "control")]
        [Link(nameof(Words), "outbox", nameof(Numbers), {|#0:"inbox"|})]
        [Link(nameof(Words), "signal", nameof(Numbers), "control")]
        [Link(nameof(Numbers), "outbox", "self", "outbox")]
        public partial class Mismatched : Component
        {
            public Upper Words { get; } = new();
            public Doubler Numbers { get; } = new();
        }
        """,
        Diagnostic("KAM020").WithLocation(0).WithArguments("outbox", "Words", "string", "inbox", "Numbers", "int"),
        // The generator writes the typed link, which the compiler rejects as well.
        DiagnosticResult.CompilerError("CS0311").WithSpan(
            "Kamaelia.Gen.Generators/Kamaelia.Gen.Generators.ComponentGenerator/Mismatched.Graph.g.cs", 35, 9, 35, 13)
            .WithArguments("Axon.Component.Link<TOut, TIn>(Axon.Outbox<TOut>, Axon.Inbox<TIn>)", "int", "TOut", "string"));

    [Fact]
    public Task AnOutboxLinkedTwiceIsReportedOnTheSecondLink() => VerifyAsync(
        Parts + """
        [Graphline]
        [Link("self", "inbox", nameof(First), "inbox")]
        [Link("self", "control", nameof(First), "control")]
        [Link(nameof(First), "outbox", nameof(Show), "inbox")]
        [Link(nameof(First), {|#0:"outbox"|}, nameof(Other), "inbox")]
        [Link(nameof(First), "signal", nameof(Show), "control")]
        [Link(nameof(Show), "signal", nameof(Other), "control")]
        public partial class Split : Component
        {
            public Upper First { get; } = new();
            public Upper {|#1:Show|} { get; } = new();
            public Printer Other { get; } = new();
        }
        """,
        Diagnostic("KAM022").WithLocation(0).WithArguments("First", "outbox", "Show", "inbox"),
        Diagnostic("KAM024").WithLocation(1).WithArguments("outbox", "Show", "Upper"));

    [Fact]
    public Task AChildsUnlinkedInboxAndOutboxAreReportedOnItsProperty() => VerifyAsync(
        Parts + """
        [Graphline]
        [Link(nameof(Source), "outbox", nameof(Show), "inbox")]
        public partial class Partial : Component
        {
            public Upper {|#0:Source|} { get; } = new();
            public Printer {|#1:Show|} { get; } = new();
        }
        """,
        Diagnostic("KAM023").WithLocation(0).WithArguments("inbox", "Source", "Upper"),
        Diagnostic("KAM023").WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithArguments("control", "Source", "Upper"),
        Diagnostic("KAM023").WithLocation(1).WithSeverity(DiagnosticSeverity.Info).WithArguments("control", "Show", "Printer"));
}
