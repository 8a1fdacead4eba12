using static Kamaelia.Gen.Analyzers.Tests.Support.KamaeliaVerifier;

namespace Kamaelia.Gen.Analyzers.Tests;

/// <summary>KAM006, KAM007 and KAM008: [Handles] methods that cannot handle their inbox or be driven by the loop, and components that also write Main.</summary>
public class HandlerTests
{
    private const string Boxes = """
        [Inbox<string>("inbox")]
        [Inbox("control")]
        [Outbox<string>("outbox")]
        [Outbox("signal")]

        """;

    [Fact]
    public Task TheDesignDocumentsUpperIsSilent() => VerifyAsync(
        """
        [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
        public partial class Upper : Component
        {
            [Handles("inbox")] void OnLine(string line) => Outbox.Send(line.ToUpperInvariant());
        }
        """);

    [Fact]
    public Task AHandlerNamingAnUnknownInboxIsReportedWithTheInboxesAndTheNearestName() => VerifyAsync(
        Boxes + """
        public partial class Typo : Component
        {
            [Handles({|#0:"inbx"|})]
            private void OnLine(string line) => Outbox.Send(line);
        }
        """,
        Diagnostic("KAM006").WithLocation(0).WithArguments(
            "OnLine", "inbx", "Typo", "there is no inbox \"inbx\" (inboxes: \"inbox\", \"control\"); did you mean \"inbox\"?"));

    [Fact]
    public Task AHandlerNamingAnOutboxIsReported() => VerifyAsync(
        Boxes + """
        public partial class Backwards : Component
        {
            [Handles({|#0:"outbox"|})]
            private void OnLine(string line) { }
        }
        """,
        Diagnostic("KAM006").WithLocation(0).WithMessage(
            "'OnLine' cannot handle \"outbox\" on 'Backwards': \"outbox\" is an outbox; handlers take messages from inboxes"));

    [Fact]
    public Task ASecondHandlerForOneInboxIsReportedOnItsAttribute() => VerifyAsync(
        Boxes + """
        public partial class Greedy : Component
        {
            [Handles("inbox")]
            private void First(string line) { }

            [Handles({|#0:"inbox"|})]
            private void Second(string line) { }
        }
        """,
        Diagnostic("KAM006").WithLocation(0).WithArguments("Second", "inbox", "Greedy", "'First' already handles it"));

    [Fact]
    public Task AHandlerWithTwoParametersIsReportedOnItsName() => VerifyAsync(
        Boxes + """
        public partial class Wide : Component
        {
            [Handles("inbox")]
            private void {|#0:OnLine|}(string line, int count) { }
        }
        """,
        Diagnostic("KAM006").WithLocation(0).WithArguments(
            "OnLine", "inbox", "Wide", "a handler takes one parameter, of the box's type string, and optionally a CancellationToken after it"));

    [Fact]
    public Task AHandlerTakingARefParameterIsReported() => VerifyAsync(
        Boxes + """
        public partial class ByRef : Component
        {
            [Handles("inbox")]
            private void {|#0:OnLine|}(ref string line) { }
        }
        """,
        Diagnostic("KAM006").WithLocation(0).WithArguments(
            "OnLine", "inbox", "ByRef", "a handler takes one parameter, of the box's type string, and optionally a CancellationToken after it"));

    [Fact]
    public Task AHandlerWhoseParameterCannotTakeTheBoxsTypeIsReportedOnTheParameter() => VerifyAsync(
        Boxes + """
        public partial class Counter : Component
        {
            [Handles("inbox")]
            private void OnLine(int {|#0:line|}) { }
        }
        """,
        Diagnostic("KAM006").WithLocation(0).WithArguments(
            "OnLine", "inbox", "Counter", "its parameter is int, but the inbox carries string (take string or a base type of it)"));

    [Fact]
    public Task AHandlerOfAStandardUntypedInboxMustTakeObject() => VerifyAsync(
        """
        public partial class Untyped : Component
        {
            [Handles("inbox")]
            private void OnLine(string {|#0:line|}) { }
        }
        """,
        Diagnostic("KAM006").WithLocation(0).WithArguments(
            "OnLine", "inbox", "Untyped", "its parameter is string, but the inbox carries object (take object or a base type of it)"));

    [Fact]
    public Task HandlersTakingABaseTypeOrAnInParameterAreSilent() => VerifyAsync(
        """
        [Inbox<string>("inbox")]
        [Inbox<int>("numbers")]
        [Inbox("control")]
        [Outbox<object>("outbox")]
        [Outbox("signal")]
        public partial class Lenient : Component
        {
            [Handles("inbox")]
            private void OnLine(object line) => Outbox.Send(line);

            [Handles("numbers")]
            private void OnNumber(in int number) => Outbox.Send(number);

            [Handles("control")]
            private void OnControl(object message) { }
        }
        """);

    [Fact]
    public Task AHandlerComponentWithoutBoxAttributesUsesTheStandardInboxes() => VerifyAsync(
        """
        public partial class Relay : Component
        {
            [Handles("inbox")]
            private void OnMessage(object message) => Send(message, "outbox");
        }
        """);

    [Fact]
    public Task AComponentWithHandlersAndItsOwnMainIsReportedOnMain() => VerifyAsync(
        Boxes + """
        public partial class Both : Component
        {
            [Handles("inbox")]
            private void OnLine(string line) => Outbox.Send(line);

            protected override IEnumerable<object?> {|#0:Main|}()
            {
                yield return null;
            }
        }
        """,
        Diagnostic("KAM007").WithLocation(0).WithArguments("Both", "Main"));

    [Fact]
    public Task AComponentWithHandlersAndItsOwnStepIsReportedOnStep() => VerifyAsync(
        Boxes + """
        public partial class Stepper : Component
        {
            [Handles("inbox")]
            private void OnLine(string line) => Outbox.Send(line);

            protected override bool {|#0:Step|}() => false;
        }
        """,
        Diagnostic("KAM007").WithLocation(0).WithMessage(
            "'Stepper' defines Step and [Handles] methods; the handlers would never run (remove Step, or handle messages inside it)"));

    [Fact]
    public Task AnAsyncVoidHandlerIsReportedOnItsReturnType() => VerifyAsync(
        Boxes + """
        public partial class Fetcher : Component
        {
            [Handles("inbox")]
            private async {|#0:void|} OnLine(string line)
            {
                await System.Threading.Tasks.Task.Yield();
                Outbox.Send(line);
            }
        }
        """,
        Diagnostic("KAM008").WithLocation(0).WithArguments(
            "OnLine", "inbox", "Fetcher",
            "it is async void, so the loop could not wait for it: its messages would be lost and its exceptions unseen; return Task instead"));

    [Theory]
    [InlineData("int", "private int {0}(string line) => line.Length;", "it returns int; a handler returns void, Task, ValueTask or IEnumerable<object?> (a handler run over several steps)")]
    [InlineData("System.Threading.Tasks.Task<int>", "private System.Threading.Tasks.Task<int> {0}(string line) => System.Threading.Tasks.Task.FromResult(1);", "it returns System.Threading.Tasks.Task<int>; a handler returns void, Task, ValueTask or IEnumerable<object?> (a handler run over several steps)")]
    [InlineData("IEnumerable<string>", "private IEnumerable<string> {0}(string line) { yield return line; }", "it returns System.Collections.Generic.IEnumerable<string>; a handler returns void, Task, ValueTask or IEnumerable<object?> (a handler run over several steps)")]
    public Task AHandlerReturningWhatTheLoopCannotDriveIsReported(string returnType, string method, string reason) => VerifyAsync(
        Boxes + $$"""
        public partial class Odd : Component
        {
            [Handles("inbox")]
            {{method.Replace(returnType + " ", "{|#0:" + returnType + "|} ", StringComparison.Ordinal).Replace("{0}", "OnLine", StringComparison.Ordinal)}}
        }
        """,
        Diagnostic("KAM008").WithLocation(0).WithArguments("OnLine", "inbox", "Odd", reason));

    [Fact]
    public Task AnAsyncHandlerOfControlIsReported() => VerifyAsync(
        Boxes + """
        public partial class Watcher : Component
        {
            [Handles("inbox")]
            private void OnLine(string line) => Outbox.Send(line);

            [Handles("control")]
            private {|#0:System.Threading.Tasks.Task|} OnControl(object message) => System.Threading.Tasks.Task.CompletedTask;
        }
        """,
        Diagnostic("KAM008").WithLocation(0).WithArguments(
            "OnControl", "control", "Watcher",
            "it returns System.Threading.Tasks.Task, but the handler of \"control\" runs before the shutdown convention and must return void"));

    [Fact]
    public Task AsyncAndMultiStepHandlersWithACancellationTokenAreSilent() => VerifyAsync(
        """
        using System.Threading;
        using System.Threading.Tasks;

        [Inbox<string>("inbox")]
        [Inbox<int>("numbers")]
        [Inbox<int>("work")]
        [Inbox("control")]
        [Outbox<string>("outbox")]
        [Outbox("signal")]
        public partial class Modern : Component
        {
            [Handles("inbox")]
            private async Task OnLine(string line, CancellationToken cancellation)
            {
                await Task.Delay(1, cancellation);
                Outbox.Send(line);
            }

            [Handles("numbers")]
            private ValueTask OnNumber(int number) => ValueTask.CompletedTask;

            [Handles("work")]
            private IEnumerable<object?> OnWork(int parts)
            {
                for (var i = 0; i < parts; i++)
                {
                    yield return null;
                }
            }
        }
        """);

    [Fact]
    public Task AMainComponentWithoutHandlersIsSilent() => VerifyAsync(
        Boxes + """
        public partial class Looper : Component
        {
            protected override IEnumerable<object?> Main()
            {
                while (Inbox.TryRecv(out var line))
                {
                    Outbox.Send(line);
                }

                yield return null;
            }
        }
        """);
}
