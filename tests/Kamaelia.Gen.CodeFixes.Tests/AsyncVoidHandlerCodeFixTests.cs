using Kamaelia.Gen.CodeFixes.Tests.Support;

namespace Kamaelia.Gen.CodeFixes.Tests;

/// <summary>KAM008: the fix makes an async void handler return Task, which the generated loop awaits.</summary>
public sealed class AsyncVoidHandlerCodeFixTests
{
    [Fact]
    public async Task AnAsyncVoidHandlerReturnsTaskWhenTheNameIsInScope()
    {
        const string source = """
            using System.Threading.Tasks;
            using Axon;

            [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
            public partial class Fetcher : Component
            {
                [Handles("inbox")]
                async {|KAM008:void|} OnLine(string line)
                {
                    await Task.Yield();
                    Outbox.Send(line);
                }
            }
            """;
        const string fixedSource = """
            using System.Threading.Tasks;
            using Axon;

            [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
            public partial class Fetcher : Component
            {
                [Handles("inbox")]
                async Task OnLine(string line)
                {
                    await Task.Yield();
                    Outbox.Send(line);
                }
            }
            """;

        await new KamaeliaFixTest<AsyncVoidHandlerCodeFixProvider>(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task TheUsingDirectiveIsAddedWhenTaskIsNotInScope()
    {
        const string source = """
            using Axon;

            [Inbox<int>("inbox")] [Inbox("control")] [Outbox<int>("outbox")] [Outbox("signal")]
            public partial class Doubler : Component
            {
                [Handles("inbox")]
                private async {|KAM008:void|} OnNumber(int n)
                {
                    await System.Threading.Tasks.Task.Yield();
                    Outbox.Send(n * 2);
                }
            }
            """;
        const string fixedSource = """
            using Axon;
            using System.Threading.Tasks;

            [Inbox<int>("inbox")] [Inbox("control")] [Outbox<int>("outbox")] [Outbox("signal")]
            public partial class Doubler : Component
            {
                [Handles("inbox")]
                private async Task OnNumber(int n)
                {
                    await System.Threading.Tasks.Task.Yield();
                    Outbox.Send(n * 2);
                }
            }
            """;

        await new KamaeliaFixTest<AsyncVoidHandlerCodeFixProvider>(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task AHandlerReturningAnotherTypeGetsNoFix()
    {
        const string source = """
            using Axon;

            [Inbox<int>("inbox")] [Inbox("control")] [Outbox<int>("outbox")] [Outbox("signal")]
            public partial class Counter : Component
            {
                [Handles("inbox")]
                private {|KAM008:int|} OnNumber(int n) => n;
            }
            """;

        await new KamaeliaFixTest<AsyncVoidHandlerCodeFixProvider>(source, source).RunAsync();
    }
}
