using static Kamaelia.Gen.Analyzers.Tests.Support.KamaeliaVerifier;

namespace Kamaelia.Gen.Analyzers.Tests;

/// <summary>
/// KAM031 for loops with a real condition that their body cannot change: waiting for a message without yielding
/// (<c>while (Inbox.Count == 0) { }</c>) holds the scheduler, so the component that would send it never runs.
/// </summary>
public class StuckLoopTests
{
    private const string Boxes = """
        [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
        """;

    [Fact]
    public Task WaitingOnAnInboxCountWithAnEmptyBodyIsReportedOnTheKeyword() => VerifyAsync(
        Boxes + """
        public partial class Waiter : Component
        {
            protected override IEnumerable<object?> Main()
            {
                {|#0:while|} (Inbox.Count == 0) { }
                Outbox.Send(Inbox.Recv());
                yield return null;
            }
        }
        """,
        Diagnostic("KAM031").WithLocation(0).WithMessage(
            "This loop in 'Waiter.Main' can run forever without 'yield return', so no other component would run"));

    [Fact]
    public Task WaitingOnDataReadyOrAnyReadyIsReported() => VerifyAsync(
        """
        public partial class Waiter : Component
        {
            private const string Box = "inbox";

            protected override IEnumerable<object?> Main()
            {
                {|#0:while|} (DataReady("inbox") == 0) { }
                {|#1:while|} (!AnyReady()) { }
                {|#2:while|} (DataReady(Box) < 1 && !AnyReady()) { }
                {|#3:do|} { } while (DataReady() is 0);
                yield return Recv("inbox");
            }
        }
        """,
        Diagnostic("KAM031").WithLocation(0).WithArguments("Waiter"),
        Diagnostic("KAM031").WithLocation(1).WithArguments("Waiter"),
        Diagnostic("KAM031").WithLocation(2).WithArguments("Waiter"),
        Diagnostic("KAM031").WithLocation(3).WithArguments("Waiter"));

    [Fact]
    public Task ABodyThatChangesOnlyWhatTheConditionDoesNotReadIsReported() => VerifyAsync(
        Boxes + """
        public partial class Counter : Component
        {
            protected override IEnumerable<object?> Main()
            {
                var spins = 0;
                var seen = new int[1];
                {|#0:while|} (Inbox.Count == 0)
                {
                    spins++;
                    seen[0] = spins;
                }

                {|#1:for|} (var tries = 0; !AnyReady(); tries++) { }

                var ready = DataReady("inbox") > 0;
                {|#2:while|} (!ready)
                {
                    spins += 2;
                }

                yield return spins;
            }
        }
        """,
        Diagnostic("KAM031").WithLocation(0).WithArguments("Counter"),
        Diagnostic("KAM031").WithLocation(1).WithArguments("Counter"),
        Diagnostic("KAM031").WithLocation(2).WithArguments("Counter"));

    [Fact]
    public Task ABodyThatAssignsWhatTheConditionReadsIsSilent() => VerifyAsync(
        Boxes + """
        public partial class Bounded : Component
        {
            protected override IEnumerable<object?> Main()
            {
                var attempts = 0;
                while (Inbox.Count == 0 && attempts < 3)
                {
                    attempts++;
                }

                var waiting = true;
                while (waiting && !AnyReady())
                {
                    waiting = false;
                }

                for (var i = 0; i < 3 && DataReady() == 0; i++) { }

                var (left, right) = (0, 1);
                while (left < right)
                {
                    (left, right) = (right, left);
                }

                yield return attempts;
            }
        }
        """);

    [Fact]
    public Task ABodyThatCallsAMethodCreatesAnObjectOrSetsAPropertyIsSilent() => VerifyAsync(
        Boxes + """
        public partial class Busy : Component
        {
            private int _polls;

            protected override IEnumerable<object?> Main()
            {
                while (Inbox.Count == 0)
                {
                    Poll();
                }

                while (DataReady("inbox") == 0)
                {
                    _ = new object();
                }

                while (!AnyReady())
                {
                    Inbox.SizeLimit = 10;
                }

                yield return _polls;
            }

            private void Poll() => _polls++;
        }
        """);

    [Fact]
    public Task ABodyThatLeavesOrYieldsIsSilent() => VerifyAsync(
        Boxes + """
        public partial class Leaving : Component
        {
            protected override IEnumerable<object?> Main()
            {
                while (Inbox.Count == 0)
                {
                    yield return null;
                }

                while (Inbox.Count == 0)
                {
                    break;
                }

                while (Inbox.Count == 0)
                {
                    throw new InvalidOperationException("nothing came");
                }

                while (!AnyReady())
                {
                    yield break;
                }
            }
        }
        """);

    [Fact]
    public Task AConditionThatCallsOrReadsWhatOthersMayChangeIsSilent() => VerifyAsync(
        Boxes + """
        public partial class Watching : Component
        {
            private volatile bool _stopped;
            private int _limit = 3;

            public void Stop() => _stopped = true;

            protected override IEnumerable<object?> Main()
            {
                while (!Inbox.TryRecv(out _)) { }
                while (!_stopped) { }
                while (Inbox.Count < _limit) { }
                while (!Ready()) { }

                var done = false;
                Action finish = () => done = true;
                while (!done) { }

                yield return finish;
            }

            private bool Ready() => DataReady("inbox") > 0;
        }
        """);

    [Fact]
    public Task AThreadedComponentMayWaitOnItsInbox() => VerifyAsync(
        Boxes + """
        public partial class Worker : ThreadedComponent
        {
            protected override void ThreadMain()
            {
                while (Inbox.Count == 0) { }
            }
        }
        """);
}
