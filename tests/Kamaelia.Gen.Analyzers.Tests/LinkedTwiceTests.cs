using static Kamaelia.Gen.Analyzers.Tests.Support.KamaeliaVerifier;

namespace Kamaelia.Gen.Analyzers.Tests;

/// <summary>
/// KAM022 for links made in code: one box linked twice in one body, by typed <c>Link(a.Outbox, b.Inbox)</c> or by
/// name <c>Link((a, "outbox"), (b, "inbox"))</c>. The second link is the error, on its source argument.
/// </summary>
public class LinkedTwiceTests
{
    private const string Parts = """
        [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
        public partial class Words : Component
        {
            public Words Child { get; } = null!;
        }

        """;

    [Fact]
    public Task ATypedOutboxLinkedTwiceIsReportedOnTheSecondSource() => VerifyAsync(
        Parts + """
        [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
        public partial class Parent : Component
        {
            protected override IEnumerable<object?> Main()
            {
                var words = new Words();
                var first = new Words();
                var second = new Words();
                Link(words.Outbox, first.Inbox);
                Link({|#0:words.Outbox|}, second.Inbox);
                yield return new NewComponent(words, first, second);
            }
        }
        """,
        Diagnostic("KAM022").WithLocation(0).WithMessage(
            "(\"words\", \"outbox\") is already linked to (\"first\", \"inbox\"); a box has one destination (use Fanout or a Backplane)"));

    [Fact]
    public Task AByNameOutboxLinkedTwiceInAConstructorIsReported() => VerifyAsync(
        Parts + """
        public partial class Parent : Component
        {
            private readonly Words _words = new();
            private readonly Words _left = new();
            private readonly Words _right = new();

            public Parent()
            {
                Link((_words, "outbox"), (_left, "inbox"));
                Link({|#0:(_words, "outbox")|}, (_right, "inbox"));
            }
        }
        """,
        Diagnostic("KAM022").WithLocation(0).WithArguments("_words", "outbox", "_left", "inbox"));

    [Fact]
    public Task ATypedAndAByNameLinkOfTheSameBoxAreReported() => VerifyAsync(
        Parts + """
        [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
        public partial class Parent : Component
        {
            public Parent(Words words, Words left, Words right)
            {
                Link(words.Outbox, left.Inbox);
                Link({|#0:(words, "outbox")|}, (right, "inbox"));
                Link(Inbox, left.Inbox);
                if (right.Child is not null)
                {
                    Link({|#1:Inbox|}, right.Inbox);
                }
            }
        }
        """,
        Diagnostic("KAM022").WithLocation(0).WithArguments("words", "outbox", "left", "inbox"),
        Diagnostic("KAM022").WithLocation(1).WithArguments("this", "inbox", "left", "inbox"));

    [Fact]
    public Task AnInwardPassthroughByNameLinkedTwiceIsReported() => VerifyAsync(
        Parts + """
        public partial class Parent : Component
        {
            public Parent(Words left, Words right)
            {
                Link((this, "inbox"), (left, "inbox"), Passthrough.Inward);
                Link({|#0:(this, "inbox")|}, (right, "inbox"), Passthrough.Inward);
            }
        }
        """,
        Diagnostic("KAM022").WithLocation(0).WithArguments("this", "inbox", "left", "inbox"));

    [Fact]
    public Task DifferentBoxesOrDifferentComponentsAreSilent() => VerifyAsync(
        Parts + """
        public partial class Parent : Component
        {
            public Parent(Words a, Words b, Words sink)
            {
                Link(a.Outbox, sink.Inbox);
                Link(b.Outbox, sink.Inbox);
                Link(a.Signal, sink.Control);
                Link((b, "signal"), (sink, "control"));
                Link(a.Child.Outbox, sink.Inbox);
                Link(b.Child.Outbox, sink.Inbox);
            }
        }
        """);

    [Fact]
    public Task LinksThatCannotBothRunAreSilent() => VerifyAsync(
        Parts + """
        public partial class Parent : Component
        {
            public Parent(Words source, Words left, Words right, bool toLeft, int route)
            {
                if (toLeft)
                {
                    Link(source.Outbox, left.Inbox);
                }
                else
                {
                    Link(source.Outbox, right.Inbox);
                }

                switch (route)
                {
                    case 0:
                        Link((source, "signal"), (left, "control"));
                        break;
                    default:
                        Link((source, "signal"), (right, "control"));
                        break;
                }

                try
                {
                    Link((left, "outbox"), (right, "inbox"));
                }
                catch (InvalidOperationException)
                {
                    Link((left, "outbox"), (source, "inbox"));
                }
            }
        }
        """);

    [Fact]
    public Task AnUnlinkOrANewComponentBetweenTheLinksIsSilent() => VerifyAsync(
        Parts + """
        public partial class Parent : Component
        {
            private Words _current = new();

            public Parent(Words sink, Words other)
            {
                var source = new Words();
                Link(source.Outbox, sink.Inbox);
                Unlink(source);
                Link(source.Outbox, other.Inbox);

                Link(_current.Outbox, sink.Inbox);
                _current = new Words();
                Link(_current.Outbox, other.Inbox);

                Link((source, "signal"), (sink, "control"));
                RemoveChild(sink);
                Link((source, "signal"), (other, "control"));
            }
        }
        """);

    [Fact]
    public Task LinksInDifferentBodiesAreSilent() => VerifyAsync(
        Parts + """
        public partial class Parent : Component
        {
            private readonly Words _source = new();
            private readonly Words _sink = new();
            private readonly Words _other = new();

            public Parent() => Link(_source.Outbox, _sink.Inbox);

            public void Rewire()
            {
                Action relink = () => Link(_source.Outbox, _other.Inbox);
                Linkage LinkAgain() => Link(_source.Outbox, _other.Inbox);
                relink();
                LinkAgain();
            }
        }
        """);

    [Fact]
    public Task LinksMadeTwiceInsideALambdaAreReported() => VerifyAsync(
        Parts + """
        public partial class Parent : Component
        {
            private readonly Words _source = new();
            private readonly Words _sink = new();
            private readonly Words _other = new();

            public Action Rewiring => () =>
            {
                Link(_source.Outbox, _sink.Inbox);
                Link({|#0:_source.Outbox|}, _other.Inbox);
            };
        }
        """,
        Diagnostic("KAM022").WithLocation(0).WithArguments("_source", "outbox", "_sink", "inbox"));

    [Fact]
    public Task LinksInAnAttributedComponentAreReportedOnce() => VerifyAsync(
        Parts + """
        [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
        public partial class Parent : Component
        {
            private readonly Words _source = new();
            private readonly Words _sink = new();
            private readonly Words _other = new();

            public Parent()
            {
                Link(_source.Outbox, _sink.Inbox);
                Link({|#0:_source.Outbox|}, _other.Inbox);
            }
        }
        """,
        Diagnostic("KAM022").WithLocation(0).WithArguments("_source", "outbox", "_sink", "inbox"));
}
