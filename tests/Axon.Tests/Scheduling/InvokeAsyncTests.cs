namespace Axon.Tests.Scheduling;

public sealed class InvokeAsyncTests
{
    [Fact]
    public async Task AFunctionRunsOnTheSchedulersThreadAndWakesASchedulerWhoseComponentsAllSleep()
    {
        var scheduler = new Scheduler();
        var sleeper = new Boxes.Sleeper();
        sleeper.Activate(scheduler);
        var run = scheduler.RunAsync();
        Assert.True(SpinWait.SpinUntil(() => sleeper.Steps == 1 && sleeper.IsPaused, Limits.Wait));

        var (threadInPass, current) = await scheduler.InvokeAsync(() => (Environment.CurrentManagedThreadId, Scheduler.Current)).WaitAsync(Limits.Wait);

        Assert.NotEqual(Environment.CurrentManagedThreadId, threadInPass);
        Assert.Same(scheduler, current);
        Assert.Equal(1, sleeper.Steps);
        scheduler.Stop();
        await run.WaitAsync(Limits.Wait);
    }

    [Fact]
    public async Task TheFunctionsExceptionIsTheTasksAndTheSchedulerGoesOn()
    {
        var scheduler = new Scheduler();
        new Boxes.Sleeper().Activate(scheduler);
        var run = scheduler.RunAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => scheduler.InvokeAsync<int>(() => throw new InvalidOperationException("read failed")).WaitAsync(Limits.Wait));
        Assert.Equal(42, await scheduler.InvokeAsync(() => 42).WaitAsync(Limits.Wait));

        scheduler.Stop();
        await run.WaitAsync(Limits.Wait);
        Assert.Empty(scheduler.Faults);
    }

    [Fact]
    public async Task WhileNoPassRunsTheTaskWaitsUntilCancelled()
    {
        var scheduler = new Scheduler();
        using var cancellation = new CancellationTokenSource();
        var ran = false;

        var invoked = scheduler.InvokeAsync(() => ran = true, cancellation.Token);
        await Task.Delay(50);
        Assert.False(invoked.IsCompleted);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => invoked.WaitAsync(Limits.Wait));
        scheduler.RunPass();
        Assert.False(ran);
    }

    [Fact]
    public async Task AnActionHandsAComponentAMessageOnTheSchedulersThread()
    {
        var scheduler = new Scheduler();
        var sleeper = new Boxes.Sleeper();
        sleeper.Activate(scheduler);
        var run = scheduler.RunAsync();
        Assert.True(SpinWait.SpinUntil(() => sleeper.Steps == 1 && sleeper.IsPaused, Limits.Wait));

        await scheduler.InvokeAsync(() => sleeper.Deliver("wake up")).WaitAsync(Limits.Wait);

        // The message woke it: it stays awake from then on, so its steps go on counting.
        Assert.True(SpinWait.SpinUntil(() => sleeper.Steps > 1, Limits.Wait));
        Assert.Equal(1, await scheduler.InvokeAsync(() => sleeper.DataReady()).WaitAsync(Limits.Wait));
        scheduler.Stop();
        await run.WaitAsync(Limits.Wait);
    }

    [Fact]
    public void ASchedulerIsLiveWhileReferenced()
    {
        var scheduler = new Scheduler();

        Assert.Contains(scheduler, Scheduler.Live);
        GC.KeepAlive(scheduler);
    }
}
