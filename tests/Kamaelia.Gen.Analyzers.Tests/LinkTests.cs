using static Kamaelia.Gen.Analyzers.Tests.Support.KamaeliaVerifier;

namespace Kamaelia.Gen.Analyzers.Tests;

/// <summary>
/// Links made in code: <c>Link((a, "outbox"), (b, "inbox"), passthrough)</c> by name (KAM010, KAM011, KAM020),
/// typed <c>Link(a.Outbox, b.Inbox)</c>, and cycles of passthrough links (KAM026).
/// </summary>
public class LinkTests
{
    private const string Parts = """
        [Inbox("inbox")]
        [Inbox("control")]
        [Outbox<int>("outbox")]
        [Outbox("signal")]
        public partial class Numbers : Component
        {
        }

        [Inbox<string>("inbox")]
        [Inbox("control")]
        [Outbox<string>("outbox")]
        [Outbox("signal")]
        public partial class Words : Component
        {
        }

        [Inbox<object>("inbox")]
        [Inbox("control")]
        [Outbox<object>("outbox")]
        [Outbox("signal")]
        public partial class Anything : Component
        {
        }

        """;

    [Fact]
    public Task LinksByNameBetweenDeclaredBoxesAreSilent() => VerifyAsync(
        Parts + """
        [Inbox("inbox")]
        [Inbox("control")]
        [Outbox("outbox")]
        [Outbox("signal")]
        public partial class Parent : Component
        {
            private readonly Words _words = new();
            private readonly Anything _sink = new();

            protected override IEnumerable<object?> Main()
            {
                var numbers = new Numbers();
                Link((numbers, "outbox"), (_sink, "inbox"));
                Link((_words, "outbox"), (_sink, "inbox"));
                Link((_sink, "outbox"), (_words, "inbox"));
                Link((numbers, "signal"), (_words, "control"));
                AddChildren(numbers, _words, _sink);
                yield return new NewComponent(numbers, _words, _sink);
            }
        }
        """);

    [Fact]
    public Task TypedLinksAndPassthroughLinksAreSilent() => VerifyAsync(
        Parts + """
        [Inbox<string>("inbox")]
        [Inbox("control")]
        [Outbox<object>("outbox")]
        [Outbox("signal")]
        public partial class Wrapper : Component
        {
            protected override IEnumerable<object?> Main()
            {
                // Typed: the compiler checks the types (an Outbox<string> may feed an Inbox<object>).
                var words = new Words();
                var sink = new Anything();
                Link(words.Outbox, sink.Inbox);
                Link(Inbox, words.Inbox);
                Link(sink.Outbox, Outbox);

                // By name, with passthrough links into and out of the parent.
                var inner = new Anything();
                Link((this, "control"), (inner, "control"), Passthrough.Inward);
                Link((inner, "outbox"), (this, "signal"), Passthrough.Outward);
                AddChildren(words, sink, inner);
                yield return new NewComponent(words, sink, inner);
            }
        }
        """);

    [Fact]
    public Task NamedArgumentsInAnyOrderAreReadByParameter() => VerifyAsync(
        Parts + """
        public static class Wiring
        {
            public static void Wire(Component owner, Words words, Anything sink)
            {
                owner.Link(sink: (sink, "inbox"), source: (words, "outbox"));
                owner.Link(passthrough: Passthrough.Inward, sink: (words, "inbox"), source: (sink, "inbox"));
                owner.Link(sink: (words, {|#0:"inbx"|}), source: (sink, "outbox"));
            }
        }
        """,
        Diagnostic("KAM010").WithLocation(0).WithArguments(
            "Words", "inbox", "inbx", " (its inboxes are \"inbox\", \"control\"); did you mean \"inbox\"?"));

    [Fact]
    public Task AnUnknownSourceOutboxIsReportedWithTheOutboxes() => VerifyAsync(
        Parts + """
        public static class Wiring
        {
            public static void Wire(Component owner, Words words, Anything sink) =>
                owner.Link((words, {|#0:"outpox"|}), (sink, "inbox"));
        }
        """,
        Diagnostic("KAM010").WithLocation(0).WithArguments(
            "Words", "outbox", "outpox", " (its outboxes are \"outbox\", \"signal\"); did you mean \"outbox\"?"));

    [Fact]
    public Task AnUnknownDestinationInboxIsReported() => VerifyAsync(
        Parts + """
        public static class Wiring
        {
            public static void Wire(Component owner, Words words, Anything sink) =>
                owner.Link((words, "outbox"), (sink, {|#0:"controll"|}));
        }
        """,
        Diagnostic("KAM010").WithLocation(0).WithMessage(
            "'Anything' has no inbox \"controll\" (its inboxes are \"inbox\", \"control\"); did you mean \"control\"?"));

    [Fact]
    public Task LinkingFromAnInboxWithoutPassthroughIsReportedWithTheAdvice() => VerifyAsync(
        Parts + """
        public static class Wiring
        {
            public static void Wire(Component owner, Words words, Anything sink) =>
                owner.Link((words, {|#0:"inbox"|}), (sink, "inbox"));
        }
        """,
        Diagnostic("KAM011").WithLocation(0).WithArguments(
            "inbox", "Words", "inbox", "a link starts from an outbox; to forward a parent's inbox to a child's, pass Passthrough.Inward"));

    [Fact]
    public Task LinkingToAnOutboxWithoutPassthroughIsReportedWithTheAdvice() => VerifyAsync(
        Parts + """
        public static class Wiring
        {
            public static void Wire(Component owner, Words words, Anything sink) =>
                owner.Link((words, "outbox"), (sink, {|#0:"outbox"|}));
        }
        """,
        Diagnostic("KAM011").WithLocation(0).WithMessage(
            "\"outbox\" on 'Anything' is an outbox; a link ends at an inbox; to send a child's outbox out through a parent's, pass Passthrough.Outward"));

    [Fact]
    public Task AnInwardPassthroughFromAnOutboxIsReported() => VerifyAsync(
        Parts + """
        public static class Wiring
        {
            public static void Wire(Component owner, Words words, Anything sink) =>
                owner.Link((sink, {|#0:"outbox"|}), (words, "inbox"), Passthrough.Inward);
        }
        """,
        Diagnostic("KAM011").WithLocation(0).WithArguments(
            "outbox", "Anything", "outbox", "an inward passthrough starts from the parent's inbox"));

    [Fact]
    public Task AnOutwardPassthroughToAnInboxIsReported() => VerifyAsync(
        Parts + """
        public static class Wiring
        {
            public static void Wire(Component owner, Words words, Anything sink) =>
                owner.Link((words, "outbox"), (sink, {|#0:"inbox"|}), Passthrough.Outward);
        }
        """,
        Diagnostic("KAM011").WithLocation(0).WithArguments(
            "inbox", "Anything", "inbox", "an outward passthrough ends at the parent's outbox"));

    [Fact]
    public Task LinkingBoxesOfUnrelatedTypesIsReportedOnTheDestination() => VerifyAsync(
        Parts + """
        public static class Wiring
        {
            public static void Wire(Component owner, Numbers numbers, Words words) =>
                owner.Link((numbers, "outbox"), {|#0:(words, "inbox")|});
        }
        """,
        Diagnostic("KAM020").WithLocation(0).WithArguments("outbox", "Numbers", "int", "inbox", "Words", "string"));

    [Fact]
    public Task TheTypeMismatchMessageNamesBothEndsAndBothTypes() => VerifyAsync(
        Parts + """
        [Inbox<long>("inbox")]
        public partial class Longs : Component
        {
        }

        public static class Wiring
        {
            public static void Wire(Component owner, Numbers numbers, Longs longs) =>
                owner.Link((numbers, "outbox"), {|#0:(longs, "inbox")|});
        }
        """,
        Diagnostic("KAM020").WithLocation(0).WithMessage(
            "\"outbox\" of 'Numbers' carries int, which \"inbox\" of 'Longs' (long) can never take"));

    [Fact]
    public Task AnUntypedOutboxMayFeedATypedInboxBecauseEachMessageIsChecked() => VerifyAsync(
        Parts + """
        public static class Wiring
        {
            public static void Wire(Component owner, Anything any, Numbers numbers, Words words)
            {
                owner.Link((any, "outbox"), (words, "inbox"));
                owner.Link((numbers, "outbox"), (any, "inbox"));
                owner.Link((new ConsoleReader(), "outbox"), (words, "inbox"));
            }
        }
        """);

    [Fact]
    public Task APassthroughCycleIsReportedOnTheLinkThatClosesIt() => VerifyAsync(
        Parts + """
        [Inbox("inbox")]
        [Inbox("control")]
        [Outbox("outbox")]
        [Outbox("signal")]
        public partial class Loop : Component
        {
            private readonly Anything _child = new();

            protected override IEnumerable<object?> Main()
            {
                Link((this, "inbox"), (_child, "inbox"), Passthrough.Inward);
                {|#0:Link((_child, "inbox"), (this, "inbox"), Passthrough.Inward)|};
                yield return null;
            }
        }
        """,
        Diagnostic("KAM026").WithLocation(0).WithArguments("Loop.inbox → _child.inbox → Loop.inbox"));

    [Fact]
    public Task ALongerPassthroughCycleNamesEveryHop() => VerifyAsync(
        Parts + """
        [Inbox("inbox")]
        [Inbox("control")]
        [Outbox("outbox")]
        [Outbox("signal")]
        public partial class Ring : Component
        {
            protected override IEnumerable<object?> Main()
            {
                var first = new Anything();
                var second = new Anything();
                Link((first, "outbox"), (second, "outbox"), Passthrough.Outward);
                Link((second, "outbox"), (this, "outbox"), Passthrough.Outward);
                {|#0:Link((this, "outbox"), (first, "outbox"), Passthrough.Outward)|};
                yield return null;
            }
        }
        """,
        Diagnostic("KAM026").WithLocation(0).WithMessage(
            "The links first.outbox → second.outbox → Ring.outbox → first.outbox form a cycle: messages would never reach an inbox"));

    [Fact]
    public Task AChainOfPassthroughsThatEndsIsSilent() => VerifyAsync(
        Parts + """
        [Inbox("inbox")]
        [Inbox("control")]
        [Outbox("outbox")]
        [Outbox("signal")]
        public partial class Nest : Component
        {
            protected override IEnumerable<object?> Main()
            {
                var middle = new Anything();
                var inner = new Anything();
                Link((this, "inbox"), (middle, "inbox"), Passthrough.Inward);
                Link((middle, "inbox"), (inner, "inbox"), Passthrough.Inward);
                Link((inner, "outbox"), (middle, "outbox"), Passthrough.Outward);
                Link((middle, "outbox"), (this, "outbox"), Passthrough.Outward);
                yield return null;
            }
        }
        """);
}
