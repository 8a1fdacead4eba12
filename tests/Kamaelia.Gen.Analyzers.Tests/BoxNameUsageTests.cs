using static Kamaelia.Gen.Analyzers.Tests.Support.KamaeliaVerifier;

namespace Kamaelia.Gen.Analyzers.Tests;

/// <summary>KAM010–KAM012 on Component's by-name API: Send, Recv, TryRecv, DataReady, Deliver and the box look-ups.</summary>
public class BoxNameUsageTests
{
    private const string Counter = """
        [Inbox<string>("inbox")]
        [Inbox("control")]
        [Outbox<int>("outbox")]
        [Outbox("signal")]
        public partial class Counter : Component
        {
            public const string Results = "outbox";
        }

        """;

    [Fact]
    public Task TheDesignDocumentsMyComponentIsSilent() => VerifyAsync(
        """
        [Inbox<string>("inbox", "some data in")]
        [Inbox("control", "stops the component")]
        [Outbox<string>("outbox", "some data out")]
        [Outbox("signal", "Shutdown signal")]
        public partial class MyComponent : Component
        {
            protected override IEnumerable<object?> Main()
            {
                while (!DoShutdown())
                {
                    while (Inbox.TryRecv(out var data))
                        Outbox.Send(data);
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
        """);

    [Fact]
    public Task TheKamaeliaStringApiWithDeclaredNamesIsSilent() => VerifyAsync(
        """
        [Inbox<string>("inbox")]
        [Inbox("control")]
        [Outbox<string>("outbox")]
        [Outbox("signal")]
        public partial class ByName : Component
        {
            private const string Out = "outbox";

            protected override IEnumerable<object?> Main()
            {
                while (DataReady("inbox") > 0)
                {
                    var line = (string)Recv("inbox")!;
                    Send(line, Out);
                    Deliver("again", "inbox");
                }

                if (TryRecv("control", out var message) && message is ShutdownSignal)
                {
                    Send(message, "signal");
                }

                SetInboxSize("inbox", 10);
                GetInbox("control");
                GetOutbox("signal");
                yield return null;
            }
        }
        """);

    [Fact]
    public Task SendingOnAnUnknownOutboxIsReportedWithTheOutboxesAndTheNearestName() => VerifyAsync(
        Counter + """
        public partial class Counter
        {
            public void Emit() => Send(1, {|#0:"outbx"|});
        }
        """,
        Diagnostic("KAM010").WithLocation(0).WithArguments(
            "Counter", "outbox", "outbx", " (its outboxes are \"outbox\", \"signal\"); did you mean \"outbox\"?"));

    [Fact]
    public Task TheUnknownBoxMessageNamesComponentBoxAndChoices() => VerifyAsync(
        Counter + """
        public partial class Counter
        {
            public bool Any() => DataReady({|#0:"contrl"|}) > 0;
        }
        """,
        Diagnostic("KAM010").WithLocation(0).WithMessage(
            "'Counter' has no inbox \"contrl\" (its inboxes are \"inbox\", \"control\"); did you mean \"control\"?"));

    [Fact]
    public Task AnUnknownNameFarFromEveryBoxGetsNoSuggestion() => VerifyAsync(
        Counter + """
        public partial class Counter
        {
            public object? Take() => Recv({|#0:"configuration"|});
        }
        """,
        Diagnostic("KAM010").WithLocation(0).WithArguments(
            "Counter", "inbox", "configuration", " (its inboxes are \"inbox\", \"control\")"));

    [Fact]
    public Task TheDefaultBoxNameIsCheckedAndReportedOnTheCall() => VerifyAsync(
        """
        [Inbox<string>("lines")]
        [Outbox<string>("words")]
        public partial class Splitter : Component
        {
            public object? Take() => {|#0:Recv()|};
        }
        """,
        Diagnostic("KAM010").WithLocation(0).WithArguments("Splitter", "inbox", "inbox", " (its inboxes are \"lines\")"));

    [Fact]
    public Task BoxNamesUsedOnAnotherComponentAreCheckedAgainstItsType() => VerifyAsync(
        Counter + """
        public static class Driver
        {
            public static void Feed(Counter counter)
            {
                counter.Deliver("text", "inbox");
                counter.Deliver("text", {|#0:"inbx"|});
            }
        }
        """,
        Diagnostic("KAM010").WithLocation(0).WithArguments(
            "Counter", "inbox", "inbx", " (its inboxes are \"inbox\", \"control\"); did you mean \"inbox\"?"));

    [Fact]
    public Task LibraryComponentsAreCheckedThroughTheirCompiledDeclarations() => VerifyAsync(
        """
        public static class Driver
        {
            public static void Feed() => new ConsoleEchoer().Deliver("hello", {|#0:"inpox"|});
        }
        """,
        Diagnostic("KAM010").WithLocation(0).WithArguments(
            "ConsoleEchoer", "inbox", "inpox", " (its inboxes are \"inbox\", \"control\"); did you mean \"inbox\"?"));

    [Fact]
    public Task AVariableTypedAsPlainComponentIsNotChecked() => VerifyAsync(
        """
        public static class Driver
        {
            public static void Feed(Component any)
            {
                any.Deliver("hello", "whatever");
                any.Send("hello", "anything");
            }
        }
        """);

    [Fact]
    public Task AComponentMarkedDynamicBoxesMayUseNamesAddedAtRunTime() => VerifyAsync(
        """
        [Inbox("inbox")]
        [Inbox("control")]
        [Outbox("outbox")]
        [Outbox("signal")]
        [DynamicBoxes]
        public partial class Growing : Component
        {
            public Growing()
            {
                DeclareOutbox<string>("extra");
                DeclareInbox<string>("more");
            }

            public void Use()
            {
                Send("x", "extra");
                Recv("more");
            }
        }

        public partial class Grown : Growing
        {
            public void UseMore() => Send("y", "extra");
        }
        """);

    [Fact]
    public Task ResourceTrackingNamesAnInbox() => VerifyAsync(
        Counter + """
        public partial class Counter
        {
            public void Track(object resource)
            {
                TrackResource(resource, "control");
                TrackResource(resource, {|#0:"outbox"|});
            }
        }
        """,
        Diagnostic("KAM011").WithLocation(0).WithArguments("outbox", "Counter", "outbox", "only inboxes have that"));

    [Fact]
    public Task SendingOnAnInboxIsReportedAsTheWrongDirection() => VerifyAsync(
        Counter + """
        public partial class Counter
        {
            public void Emit() => Send(1, {|#0:"inbox"|});
        }
        """,
        Diagnostic("KAM011").WithLocation(0).WithArguments("inbox", "Counter", "inbox", "messages are sent on outboxes"));

    [Fact]
    public Task ReceivingFromAnOutboxIsReportedAsTheWrongDirection() => VerifyAsync(
        Counter + """
        public partial class Counter
        {
            public bool Take() => TryRecv({|#0:"signal"|}, out _);
        }
        """,
        Diagnostic("KAM011").WithLocation(0).WithMessage(
            "\"signal\" on 'Counter' is an outbox; messages are received from inboxes"));

    [Fact]
    public Task LookingUpAnInboxAsAnOutboxIsReportedAsTheWrongDirection() => VerifyAsync(
        Counter + """
        public partial class Counter
        {
            public Box Find() => GetOutbox({|#0:"control"|});
        }
        """,
        Diagnostic("KAM011").WithLocation(0).WithArguments("control", "Counter", "inbox", "that is for outboxes"));

    [Fact]
    public Task SendingAValueTheOutboxCannotCarryIsReportedOnTheValue() => VerifyAsync(
        Counter + """
        public partial class Counter
        {
            public void Emit() => Send({|#0:"three"|}, Results);
        }
        """,
        Diagnostic("KAM012").WithLocation(0).WithArguments("string", "outbox", "outbox", "Counter", "int"));

    [Fact]
    public Task DeliveringAValueTheInboxCannotCarryIsReported() => VerifyAsync(
        Counter + """
        public static class Driver
        {
            public static void Feed(Counter counter) => counter.Deliver({|#0:42|}, "inbox");
        }
        """,
        Diagnostic("KAM012").WithLocation(0).WithMessage(
            "A int cannot be sent on the inbox \"inbox\" of 'Counter', which carries string"));

    [Fact]
    public Task AValueThatNeedsANumericConversionIsReportedBecauseTheBoxChecksItsExactType() => VerifyAsync(
        """
        [Outbox<long>("outbox")]
        public partial class Wide : Component
        {
            public void Emit() => Send({|#0:1|}, "outbox");
        }
        """,
        Diagnostic("KAM012").WithLocation(0).WithArguments("int", "outbox", "outbox", "Wide", "long"));

    [Fact]
    public Task AnEnumValueIsNotTheIntegerItConvertsTo() => VerifyAsync(
        """
        public enum Colour { Red }

        [Inbox<string>("inbox")] [Inbox("control")] [Outbox<int>("outbox")] [Outbox("signal")]
        public partial class Base : Component
        {
        }

        public partial class Derived : Base
        {
            public void Emit() => Send({|#0:Colour.Red|}, "outbox");
        }
        """,
        Diagnostic("KAM012").WithLocation(0).WithArguments("Colour", "outbox", "outbox", "Derived", "int"));

    [Fact]
    public Task ValuesThatFitOrAreCheckedAtRunTimeAreSilent() => VerifyAsync(
        """
        [Outbox<object>("anything")]
        [Outbox<string>("text")]
        [Outbox<int?>("maybe")]
        [Outbox<IComparable>("comparable")]
        public partial class Flexible : Component
        {
            public void Emit(object unknown)
            {
                Send("text", "anything");
                Send(3, "anything");
                Send(unknown, "text");
                Send(null, "text");
                Send(3, "maybe");
                Send(5, "comparable");
                Send("abc", "comparable");
            }
        }
        """);

    [Fact]
    public Task ALocalThatHidesATypedBoxPropertyIsStillChecked() => VerifyAsync(
        Counter + """
        [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
        public partial class Hider : Component
        {
            [Handles("inbox")]
            private void OnText(string text)
            {
                var Outbox = new Counter();
                Outbox.Send(text, {|#0:"results"|});
                this.Outbox.Send(text);
            }
        }
        """,
        Diagnostic("KAM010").WithLocation(0).WithArguments("Counter", "outbox", "results", " (its outboxes are \"outbox\", \"signal\")"));

    [Fact]
    public Task ACallOnItselfThatMeansTheComponentsOwnMethodOrALocalFunctionIsNotChecked() => VerifyAsync(
        """
        public partial class OwnSend : Component
        {
            public void Send(object? message, string destination) { }

            protected override IEnumerable<object?> Main()
            {
                Send(1, "nowhere");
                yield return null;
            }
        }

        public partial class LocalSend : Component
        {
            protected override IEnumerable<object?> Main()
            {
                void Send(object? message, string destination) { }
                Send(1, "nowhere");
                this.Send(1, {|#0:"nowhere"|});
                yield return null;
            }
        }
        """,
        Diagnostic("KAM010").WithLocation(0).WithArguments("LocalSend", "outbox", "nowhere", " (its outboxes are \"outbox\", \"signal\")"));

    [Fact]
    public Task CallsOnItselfByLiteralByConstantAndByDefaultAreCheckedAlike() => VerifyAsync(
        """
        [Inbox<string>("inbox")] [Inbox("control")] [Outbox<int>("results")] [Outbox("signal")]
        public partial class Named : Component
        {
            private const string Missing = "outbox";

            protected override IEnumerable<object?> Main()
            {
                {|#0:Send("text")|};
                Send("text", {|#1:Missing|});
                Send({|#2:"text"|}, "results");
                this.Send(1, "results");
                _ = DataReady() + DataReady("control") + this.DataReady({|#3:"signal"|});
                yield return null;
            }
        }
        """,
        Diagnostic("KAM010").WithLocation(0).WithArguments("Named", "outbox", "outbox", " (its outboxes are \"results\", \"signal\")"),
        Diagnostic("KAM010").WithLocation(1).WithArguments("Named", "outbox", "outbox", " (its outboxes are \"results\", \"signal\")"),
        Diagnostic("KAM012").WithLocation(2).WithArguments("string", "outbox", "results", "Named", "int"),
        Diagnostic("KAM011").WithLocation(3).WithArguments("signal", "Named", "outbox", "messages are received from inboxes"));
}
