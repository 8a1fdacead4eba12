using static Kamaelia.Gen.Analyzers.Tests.Support.KamaeliaVerifier;

namespace Kamaelia.Gen.Analyzers.Tests;

/// <summary>KAM030: blocking calls in cooperative components, which stop the scheduler's thread and so every component.</summary>
public class BlockingCallTests
{
    [Fact]
    public Task SleepingInMainIsReportedOnTheCall() => VerifyAsync(
        """
        using System.Threading;

        public partial class Sleeper : Component
        {
            protected override IEnumerable<object?> Main()
            {
                {|#0:Thread.Sleep(100)|};
                yield return null;
            }
        }
        """,
        Diagnostic("KAM030").WithLocation(0).WithArguments("Thread.Sleep", "Sleeper"));

    [Fact]
    public Task ReadingTheConsoleInAHelperMethodIsReported() => VerifyAsync(
        """
        public partial class Prompt : Component
        {
            private string? Ask() => {|#0:Console.ReadLine()|};
        }
        """,
        Diagnostic("KAM030").WithLocation(0).WithMessage(
            "'Console.ReadLine' blocks the scheduler thread in 'Prompt', so every other component stops while it waits (derive from ThreadedComponent to block)"));

    [Fact]
    public Task WaitingOnATaskResultIsReported() => VerifyAsync(
        """
        using System.Threading.Tasks;

        [Inbox<int>("inbox")] [Inbox("control")] [Outbox<int>("outbox")] [Outbox("signal")]
        public partial class Fetcher : Component
        {
            [Handles("inbox")]
            private void OnRequest(int request)
            {
                var task = Task.FromResult(request);
                {|#0:task.Wait()|};
                Outbox.Send({|#1:task.Result|});
            }
        }
        """,
        Diagnostic("KAM030").WithLocation(0).WithArguments("Task.Wait", "Fetcher"),
        Diagnostic("KAM030").WithLocation(1).WithArguments("Task.Result", "Fetcher"));

    [Fact]
    public Task SynchronousFileIoIsReported() => VerifyAsync(
        """
        using System.IO;

        public partial class Loader : Component
        {
            protected override IEnumerable<object?> Main()
            {
                var text = {|#0:File.ReadAllText("data.txt")|};
                Send(text, "outbox");
                yield return null;
            }
        }
        """,
        Diagnostic("KAM030").WithLocation(0).WithArguments("File.ReadAllText", "Loader"));

    [Fact]
    public Task WaitingOnASemaphoreIsReportedButItsAsyncFormIsNot() => VerifyAsync(
        """
        using System.Threading;

        public partial class Gate : Component
        {
            private readonly SemaphoreSlim _gate = new(1);

            protected override IEnumerable<object?> Main()
            {
                var entered = _gate.WaitAsync();
                {|#0:_gate.Wait()|};
                _gate.Release();
                yield return entered;
            }
        }
        """,
        Diagnostic("KAM030").WithLocation(0).WithArguments("SemaphoreSlim.Wait", "Gate"));

    [Fact]
    public Task AThreadedComponentMayBlock() => VerifyAsync(
        """
        using System.Threading;

        [Inbox("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
        public partial class Reader : ThreadedComponent
        {
            protected override void ThreadMain()
            {
                Thread.Sleep(10);
                while (Console.ReadLine() is { } line)
                {
                    Outbox.Send(line);
                }
            }
        }
        """);

    [Fact]
    public Task CodeOutsideComponentsMayBlock() => VerifyAsync(
        """
        using System.Threading;

        public static class Program
        {
            public static void Main()
            {
                Thread.Sleep(10);
                var line = Console.ReadLine();
                new Pipeline(new ConsoleReader(), new ConsoleEchoer()).Run();
            }
        }
        """);

    [Fact]
    public Task BlockingInsideWorkHandedToAnotherThreadIsSilent() => VerifyAsync(
        """
        using System.IO;
        using System.Threading;
        using System.Threading.Tasks;

        public partial class Loader : Component
        {
            protected override IEnumerable<object?> Main()
            {
                var task = Task.Run(() => File.ReadAllText("data.txt"));
                var other = Task.Factory.StartNew(() => { Thread.Sleep(100); });
                new Thread(() => Console.ReadLine()).Start();
                ThreadPool.QueueUserWorkItem(_ => Thread.Sleep(10));
                while (!task.IsCompleted || !other.IsCompleted)
                {
                    yield return null;
                }

                // Work that stays on this thread is still reported, lambda or not.
                Action now = () => {|#0:Thread.Sleep(1)|};
                now();
            }
        }
        """,
        Diagnostic("KAM030").WithLocation(0).WithArguments("Thread.Sleep", "Loader"));

    [Fact]
    public Task StreamsInMemoryAndNonBlockingCallsAreSilent() => VerifyAsync(
        """
        using System.IO;
        using System.Threading.Tasks;

        public partial class Buffered : Component
        {
            protected override IEnumerable<object?> Main()
            {
                using var memory = new MemoryStream(new byte[] { 1, 2, 3 });
                memory.ReadByte();
                using var reader = new StringReader("line");
                reader.ReadLine();
                var task = Task.FromResult(1);
                if (task.IsCompleted)
                {
                    Send(task.IsCompletedSuccessfully, "outbox");
                }

                Console.WriteLine("not blocking");
                yield return null;
            }
        }
        """);

    [Fact]
    public Task ABlockingCallOnALocalNamedLikeABoxIsReported() => VerifyAsync(
        """
        using System.Net.Sockets;

        [Inbox<byte[]>("inbox")] [Inbox("control")] [Outbox<byte[]>("outbox")] [Outbox("signal")]
        public partial class Forwarder : Component
        {
            [Handles("inbox")]
            private void OnBytes(byte[] bytes)
            {
                using var Outbox = new Socket(SocketType.Stream, ProtocolType.Tcp);
                {|#0:Outbox.Send(bytes)|};
            }
        }
        """,
        Diagnostic("KAM030").WithLocation(0).WithArguments("Socket.Send", "Forwarder"));
}
