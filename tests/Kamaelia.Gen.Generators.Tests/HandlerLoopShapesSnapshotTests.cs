using Kamaelia.Gen.Generators.Tests.Support;

namespace Kamaelia.Gen.Generators.Tests;

/// <summary>The loop shapes for async, multi-step and mixed handlers, and the handlers the loop refuses to drive.</summary>
public sealed class HandlerLoopShapesSnapshotTests
{
    [Fact]
    public void AnAsyncTaskHandlerIsAwaitedInTheComponentsOwnContext()
    {
        var run = GeneratorHarness.Run("""
            using System.Threading.Tasks;
            using Axon;

            namespace Demo;

            [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
            public partial class Fetcher : Component
            {
                [Handles("inbox")]
                async Task OnUrl(string url)
                {
                    await Task.Yield();
                    Outbox.Send(url);
                }
            }
            """);

        Assert.Empty(run.ErrorsAndWarnings);
        var handlers = run.Source("Demo.Fetcher.Handlers.g.cs");
        Assert.Contains("using var __context = EnterHandlerContext();", handlers, StringComparison.Ordinal);
        Assert.Contains("if (TrackHandlerTask(OnUrl(__message)))", handlers, StringComparison.Ordinal);
        Assert.Contains("case global::Axon.HandlerLoopState.AwaitingTask:", handlers, StringComparison.Ordinal);
        Assert.DoesNotContain("RunningSteps", handlers, StringComparison.Ordinal);
        Snapshot.Match(run, nameof(AnAsyncTaskHandlerIsAwaitedInTheComponentsOwnContext));
    }

    [Fact]
    public void AValueTaskHandlerWithACancellationTokenIsPassedTheShutdownToken()
    {
        var run = GeneratorHarness.Run("""
            using System.Threading;
            using System.Threading.Tasks;
            using Axon;

            namespace Demo;

            [Inbox<int>("inbox")] [Inbox("control")] [Outbox<int>("outbox")] [Outbox("signal")]
            public partial class Waiter : Component
            {
                [Handles("inbox")]
                async ValueTask OnNumber(int n, CancellationToken cancellation)
                {
                    await Task.Delay(n, cancellation);
                    Outbox.Send(n);
                }
            }
            """);

        Assert.Empty(run.ErrorsAndWarnings);
        var handlers = run.Source("Demo.Waiter.Handlers.g.cs");
        Assert.Contains("TrackHandlerTask(OnNumber(__message, ShutdownToken))", handlers, StringComparison.Ordinal);
        Assert.Contains("StopHandlerWork();", handlers, StringComparison.Ordinal);
        Snapshot.Match(run, nameof(AValueTaskHandlerWithACancellationTokenIsPassedTheShutdownToken));
    }

    [Fact]
    public void AMultiStepHandlerIsRunOneStepAtATime()
    {
        var run = GeneratorHarness.Run("""
            using System.Collections.Generic;
            using Axon;

            namespace Demo;

            [Inbox<int>("inbox")] [Inbox("control")] [Outbox<int>("outbox")] [Outbox("signal")]
            public partial class Spreader : Component
            {
                [Handles("inbox")]
                IEnumerable<object?> OnNumber(int n)
                {
                    for (var i = 0; i < n; i++)
                    {
                        Outbox.Send(i);
                        yield return null;
                    }
                }
            }
            """);

        Assert.Empty(run.ErrorsAndWarnings);
        var handlers = run.Source("Demo.Spreader.Handlers.g.cs");
        Assert.Contains("StartHandlerSteps(OnNumber(__messageOfInbox));", handlers, StringComparison.Ordinal);
        Assert.Contains("case global::Axon.HandlerLoopState.RunningSteps:", handlers, StringComparison.Ordinal);
        Assert.DoesNotContain("EnterHandlerContext", handlers, StringComparison.Ordinal);
        Snapshot.Match(run, nameof(AMultiStepHandlerIsRunOneStepAtATime));
    }

    [Fact]
    public void SynchronousAsyncAndMultiStepHandlersShareOneLoop()
    {
        var run = GeneratorHarness.Run("""
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Axon;

            namespace Demo;

            [Inbox<int>("quick")] [Inbox<int>("slow")] [Inbox<int>("long")] [Inbox("control")] [Outbox<int>("outbox")] [Outbox("signal")]
            public partial class Mixed : Component
            {
                [Handles("quick")] void OnQuick(int n) => Outbox.Send(n);

                [Handles("slow")]
                async Task OnSlow(int n)
                {
                    await Task.Yield();
                    Outbox.Send(n);
                }

                [Handles("long")]
                IEnumerable<object?> OnLong(int n)
                {
                    Outbox.Send(n);
                    yield return null;
                }
            }
            """);

        Assert.Empty(run.ErrorsAndWarnings);
        Snapshot.Match(run, nameof(SynchronousAsyncAndMultiStepHandlersShareOneLoop));
    }

    [Fact]
    public void AHandlerComponentWithoutControlNeverFinishesAndKeepsNoShutdownState()
    {
        var run = GeneratorHarness.Run("""
            using System.Threading.Tasks;
            using Axon;

            namespace Demo;

            [Inbox<int>("inbox")] [Outbox<int>("outbox")]
            public partial class Endless : Component
            {
                [Handles("inbox")] Task OnNumber(int n) => Task.CompletedTask;
            }
            """);

        Assert.Empty(run.ErrorsAndWarnings);
        var handlers = run.Source("Demo.Endless.Handlers.g.cs");
        Assert.DoesNotContain("RememberShutdown", handlers, StringComparison.Ordinal);
        Assert.DoesNotContain("RequestedShutdown", handlers, StringComparison.Ordinal);
        Assert.DoesNotContain("__Finish", handlers, StringComparison.Ordinal);
        Snapshot.Match(run, nameof(AHandlerComponentWithoutControlNeverFinishesAndKeepsNoShutdownState));
    }

    [Theory]
    [InlineData("async void OnNumber(int n) { await System.Threading.Tasks.Task.Yield(); }")]
    [InlineData("int OnNumber(int n) => n;")]
    [InlineData("System.Threading.Tasks.Task<int> OnNumber(int n) => System.Threading.Tasks.Task.FromResult(n);")]
    [InlineData("System.Collections.Generic.IEnumerable<int> OnNumber(int n) { yield return n; }")]
    [InlineData("void OnNumber(int n, int extra) { }")]
    public void AHandlerTheLoopCannotDriveGetsNoLoop(string handler)
    {
        var run = GeneratorHarness.Run($$"""
            using Axon;

            namespace Demo;

            [Inbox<int>("inbox")] [Inbox("control")] [Outbox<int>("outbox")] [Outbox("signal")]
            public partial class Refused : Component
            {
                [Handles("inbox")] {{handler}}
            }
            """);

        Assert.DoesNotContain(run.Sources, source => source.HintName.EndsWith("Handlers.g.cs", StringComparison.Ordinal));
    }
}
