using Axon.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Axon.Tests.Scheduling;

public sealed class RunAsyncTests
{
    [Fact]
    public async Task AComponentRunsOffTheCallersThreadAndTheTaskCompletesWhenTheSystemHasEnded()
    {
        var steps = new List<int>();
        var component = new ScriptedComponent(_ => Script.Of(
            () => steps.Add(Environment.CurrentManagedThreadId),
            () => steps.Add(Environment.CurrentManagedThreadId)));
        var scheduler = new Scheduler();

        await component.RunAsync(scheduler).WaitAsync(Limits.Wait);

        Assert.Equal(2, steps.Count);
        Assert.DoesNotContain(Environment.CurrentManagedThreadId, steps);
        Assert.True(component.IsStopped);
        Assert.Equal(0, scheduler.ComponentCount);
    }

    [Fact]
    public async Task CancellingSendsShutdownMicroprocessToTheComponentsControlAndTheTaskCompletesNormally()
    {
        var component = new StopsOnShutdown();
        using var cancellation = new CancellationTokenSource();
        var run = component.RunAsync(new Scheduler(), cancellation.Token);
        Assert.True(SpinWait.SpinUntil(() => component.Started, Limits.Wait));
        Assert.False(run.IsCompleted);

        await cancellation.CancelAsync();
        await run.WaitAsync(Limits.Wait);

        Assert.True(run.IsCompletedSuccessfully);
        Assert.True(component.IsStopped);
        Assert.IsType<ShutdownMicroprocess>(component.Seen);
    }

    [Fact]
    public async Task ATokenCancelledBeforeTheRunStopsTheComponentOnItsFirstPass()
    {
        var idle = new StopsOnShutdown();

        await idle.RunAsync(new Scheduler(), new CancellationToken(canceled: true)).WaitAsync(Limits.Wait);

        Assert.IsType<ShutdownMicroprocess>(idle.Seen);
    }

    [Fact]
    public async Task AFaultIsTheTasksExceptionNamingTheComponent()
    {
        var failure = new InvalidOperationException("boom");
        var failing = new ScriptedComponent(_ => Script.Of(() => { }, () => throw failure));

        var thrown = await Assert.ThrowsAsync<ComponentFaultedException>(() => failing.RunAsync(new Scheduler()).WaitAsync(Limits.Wait));

        Assert.Same(failing, thrown.Component);
        Assert.Same(failure, thrown.InnerException);
    }

    [Fact]
    public async Task CancellingASchedulerTellsEveryTopLevelComponentButNotTheirChildren()
    {
        var scheduler = new Scheduler();
        var first = new StopsOnShutdown();
        var child = new StopsOnShutdown();
        var parent = new ParentOf(child);
        first.Activate(scheduler);
        parent.Activate(scheduler);
        using var cancellation = new CancellationTokenSource();
        var run = scheduler.RunAsync(cancellation.Token);
        Assert.True(SpinWait.SpinUntil(() => child.Started, Limits.Wait));

        await cancellation.CancelAsync();
        await run.WaitAsync(Limits.Wait);

        Assert.IsType<ShutdownMicroprocess>(first.Seen);
        Assert.IsType<ShutdownMicroprocess>(parent.Seen);
        Assert.Null(child.Seen);
        Assert.True(child.IsStopped, "The parent passed the stop on by stopping its child.");
    }

    [Fact]
    public async Task ASystemThatIgnoresTheShutdownIsStoppedAfterTheGracePeriodOfTheSchedulersTimeProvider()
    {
        var time = new FakeTimeProvider();
        var scheduler = new Scheduler { TimeProvider = time, ShutdownGracePeriod = TimeSpan.FromSeconds(30) };
        var stubborn = new Ignores();
        using var cancellation = new CancellationTokenSource();
        var run = stubborn.RunAsync(scheduler, cancellation.Token);

        await cancellation.CancelAsync();
        Assert.True(SpinWait.SpinUntil(() => stubborn.Ignored > 0, Limits.Wait));
        time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(run.IsCompleted);
        Assert.False(SpinWait.SpinUntil(() => run.IsCompleted, TimeSpan.FromMilliseconds(50)), "No stop before the grace period ends.");

        time.Advance(TimeSpan.FromSeconds(1));
        await run.WaitAsync(Limits.Wait);

        Assert.True(run.IsCompletedSuccessfully);
        Assert.True(stubborn.IsStopped);
        Assert.Equal(0, scheduler.ComponentCount);
    }

    [Fact]
    public async Task AGraceStopDoesNotEndTheSchedulersNextRun()
    {
        var time = new FakeTimeProvider();
        var scheduler = new Scheduler { TimeProvider = time, ShutdownGracePeriod = TimeSpan.Zero };
        using var cancellation = new CancellationTokenSource();
        var run = new Ignores().RunAsync(scheduler, cancellation.Token);
        await cancellation.CancelAsync();
        await run.WaitAsync(Limits.Wait);

        var steps = 0;
        await new ScriptedComponent(_ => Script.Of(() => steps++, () => steps++, () => steps++)).RunAsync(scheduler).WaitAsync(Limits.Wait);

        Assert.Equal(3, steps);
    }

    [Fact]
    public void ANegativeGracePeriodIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Scheduler { ShutdownGracePeriod = TimeSpan.FromSeconds(-1) });

    /// <summary>Sleeps until a control message arrives; remembers it and ends.</summary>
    private sealed class StopsOnShutdown : Component
    {
        private volatile bool _started;

        public bool Started => _started;

        public object? Seen { get; private set; }

        protected override IEnumerable<object?> Main()
        {
            _started = true;
            object? control;
            while (!TryRecv("control", out control))
            {
                Pause();
                yield return null;
            }

            Seen = control;
        }
    }

    /// <summary>Runs a child; a control message is remembered and ends both.</summary>
    private sealed class ParentOf(StopsOnShutdown child) : Component
    {
        public object? Seen { get; private set; }

        protected override IEnumerable<object?> Main()
        {
            AddChildren(child);
            yield return new NewComponent(child);
            object? control;
            while (!TryRecv("control", out control))
            {
                Pause();
                yield return null;
            }

            Seen = control;
            child.Stop();
        }
    }

    /// <summary>Counts the control messages it ignores, and never ends.</summary>
    private sealed class Ignores : Component
    {
        private int _ignored;

        public int Ignored => Volatile.Read(ref _ignored);

        protected override IEnumerable<object?> Main()
        {
            while (true)
            {
                while (TryRecv("control", out _))
                {
                    Interlocked.Increment(ref _ignored);
                }

                Pause();
                yield return null;
            }
        }
    }
}
