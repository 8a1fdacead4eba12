using static Kamaelia.Gen.Analyzers.Tests.Support.KamaeliaVerifier;

namespace Kamaelia.Gen.Analyzers.Tests;

/// <summary>KAM031: loops in a cooperative component's Main that can run forever without handing control back.</summary>
public class NonYieldingLoopTests
{
    [Fact]
    public Task AWhileTrueLoopWithoutYieldIsReportedOnItsKeyword() => VerifyAsync(
        """
        public partial class Spinner : Component
        {
            protected override IEnumerable<object?> Main()
            {
                {|#0:while|} (true)
                {
                    if (DataReady("inbox") > 0)
                    {
                        Send(Recv("inbox"), "outbox");
                    }
                }
            }
        }
        """,
        Diagnostic("KAM031").WithLocation(0).WithArguments("Spinner"));

    [Fact]
    public Task AnEndlessForLoopIsReportedWithItsMessage() => VerifyAsync(
        """
        public partial class Counter : Component
        {
            protected override IEnumerable<object?> Main()
            {
                var count = 0;
                {|#0:for|} (;;)
                {
                    count++;
                }
            }
        }
        """,
        Diagnostic("KAM031").WithLocation(0).WithMessage(
            "This loop in 'Counter.Main' can run forever without 'yield return', so no other component would run"));

    [Fact]
    public Task AnEndlessDoLoopIsReported() => VerifyAsync(
        """
        public partial class Poller : Component
        {
            protected override IEnumerable<object?> Main()
            {
                {|#0:do|}
                {
                    Pause();
                }
                while (true);
            }
        }
        """,
        Diagnostic("KAM031").WithLocation(0).WithArguments("Poller"));

    [Fact]
    public Task ABreakThatLeavesOnlyAnInnerLoopOrSwitchDoesNotCount() => VerifyAsync(
        """
        public partial class Stuck : Component
        {
            protected override IEnumerable<object?> Main()
            {
                {|#0:while|} (true)
                {
                    foreach (var name in new[] { "inbox", "control" })
                    {
                        if (DataReady(name) > 0)
                        {
                            break;
                        }
                    }

                    switch (DataReady("inbox"))
                    {
                        case 0:
                            break;
                    }

                    Action later = () => { return; };
                }
            }
        }
        """,
        Diagnostic("KAM031").WithLocation(0).WithArguments("Stuck"));

    [Fact]
    public Task TheDesignDocumentsMainLoopWithYieldIsSilent() => VerifyAsync(
        """
        [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
        public partial class Forwarder : Component
        {
            protected override IEnumerable<object?> Main()
            {
                while (true)
                {
                    while (Inbox.TryRecv(out var data))
                        Outbox.Send(data);
                    if (Control.TryRecv(out var msg) && msg is ProducerFinished or ShutdownMicroprocess)
                    {
                        Signal.Send(msg);
                        yield break;
                    }

                    if (!AnyReady()) Pause();
                    yield return null;
                }
            }
        }
        """);

    [Fact]
    public Task LoopsThatEndOrLeaveAreSilent() => VerifyAsync(
        """
        public partial class Finite : Component
        {
            protected override IEnumerable<object?> Main()
            {
                while (DataReady("inbox") > 0)
                {
                    Send(Recv("inbox"), "outbox");
                }

                for (var i = 0; i < 3; i++)
                {
                    Send(i, "outbox");
                }

                while (true)
                {
                    if (DataReady("control") > 0)
                    {
                        break;
                    }

                    Pause();
                    yield return null;
                }

                while (true)
                {
                    if (DataReady("inbox") == 0)
                    {
                        yield break;
                    }

                    Recv("inbox");
                }
            }
        }
        """);

    [Fact]
    public Task AThreadedComponentsLoopsAreNotMains() => VerifyAsync(
        """
        public partial class Worker : ThreadedComponent
        {
            protected override void ThreadMain()
            {
                while (true)
                {
                    Send(Recv("inbox"), "outbox");
                }
            }
        }
        """);
}
