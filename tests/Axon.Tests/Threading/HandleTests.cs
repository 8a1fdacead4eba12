using Microsoft.Extensions.Time.Testing;
using Axon.Tests.Scheduling;
using Axon.Tests.Support;

namespace Axon.Tests.Threading;

public sealed class HandleTests
{
    [Fact]
    public void APutComesBackOutOfTheWrappedComponentsOutbox()
    {
        using var background = new RunningBackground();
        var handle = background.Activate(new Handle(new Forwarder()));

        handle.Put("ping");

        Assert.Equal("ping", handle.Get(timeout: Limits.Wait));
    }

    [Fact]
    public async Task GetWithATimeoutThrowsTimeoutExceptionWhenNothingComesOutInTheSchedulersTime()
    {
        var time = new FakeTimeProvider();
        using var background = new RunningBackground(new Scheduler { TimeProvider = time });
        var handle = background.Activate(new Handle(new Forwarder()));

        // An hour of the scheduler's time passes in a moment; no real hour is waited.
        var getting = Task.Run(() => handle.Get(timeout: TimeSpan.FromHours(1)));
        Assert.False(SpinWait.SpinUntil(() => getting.IsCompleted, TimeSpan.FromMilliseconds(50)), "Get waits while the fake clock stands still.");
        Assert.True(SpinWait.SpinUntil(() => { time.Advance(TimeSpan.FromHours(1)); return getting.IsCompleted; }, Limits.Wait));

        await Assert.ThrowsAsync<TimeoutException>(() => getting);
    }

    [Fact]
    public void TryGetReturnsFalseUntilSomethingHasComeOut()
    {
        using var background = new RunningBackground();
        var handle = background.Activate(new Handle(new Forwarder()));
        Assert.False(handle.TryGet(out _));

        handle.Put(7);
        object? got = null;

        Assert.True(SpinWait.SpinUntil(() => handle.TryGet(out got), Limits.Wait));
        Assert.Equal(7, got);
        Assert.False(handle.TryGet(out _));
    }

    [Fact]
    public async Task GetAsyncCompletesWhenTheNextMessageComesOut()
    {
        using var background = new RunningBackground();
        var handle = background.Activate(new Handle(new Forwarder()));
        using var bound = new CancellationTokenSource(Limits.Wait);

        var pending = handle.GetAsync(cancellationToken: bound.Token);
        Assert.False(pending.IsCompleted);
        handle.Put("async");

        Assert.Equal("async", await pending);
    }

    [Fact]
    public void WhatTheComponentSendsOnSignalIsTakenFromTheSignalBox()
    {
        using var background = new RunningBackground();
        var handle = background.Activate(new Handle(new Forwarder()));
        var finished = new ProducerFinished();

        handle.Put(finished, "control");

        Assert.Same(finished, handle.Get("signal", Limits.Wait));
    }

    [Fact]
    public void PuttingIntoABoxOtherThanInboxOrControlThrows()
    {
        var handle = new Handle(new Forwarder());

        var thrown = Assert.Throws<ArgumentException>(() => handle.Put("x", "outbox"));
        Assert.Equal("box", thrown.ParamName);
    }

    [Fact]
    public void TakingFromABoxOtherThanOutboxOrSignalThrows()
    {
        var handle = new Handle(new Forwarder());

        Assert.Throws<ArgumentException>(() => handle.TryGet(out _, "inbox"));
    }

    [Fact]
    public void PutsWaitForRoomInAFullInboxAndKeepTheirOrder()
    {
        const int Count = 50;
        using var background = new RunningBackground();
        var wrapped = new Forwarder();
        wrapped.SetInboxSize("inbox", 1);
        var handle = background.Activate(new Handle(wrapped));

        for (var i = 0; i < Count; i++)
        {
            handle.Put(i);
        }

        var received = Enumerable.Range(0, Count).Select(_ => handle.Get(timeout: Limits.Wait)).ToList();
        Assert.Equal(Enumerable.Range(0, Count).Cast<object?>(), received);
    }

    [Fact]
    public void TheHandleCompletesOnceTheWrappedComponentHasEndedAndItsOutputIsTaken()
    {
        using var background = new RunningBackground();
        var handle = background.Activate(new Handle(new Forwarder()));
        handle.Put("last");
        handle.Put(new ProducerFinished(), "control");
        Assert.False(handle.IsCompleted);

        Assert.Equal("last", handle.Get(timeout: Limits.Wait));
        Assert.IsType<ProducerFinished>(handle.Get("signal", Limits.Wait));
        Assert.Throws<InvalidOperationException>(() => handle.Get(timeout: Limits.Wait));

        Assert.True(handle.IsCompleted);
        Assert.True(handle.Wrapped.IsStopped);
    }

    [Fact]
    public void PuttingAfterTheHandleHasFinishedThrows()
    {
        using var background = new RunningBackground();
        var handle = background.Activate(new Handle(new Forwarder()));
        handle.Put(new ShutdownMicroprocess(), "control");
        handle.Get("signal", Limits.Wait);
        Assert.Throws<InvalidOperationException>(() => handle.Get(timeout: Limits.Wait));

        Assert.Throws<InvalidOperationException>(() => handle.Put("too late"));
    }

    [Fact]
    public void AHandleNeedsTheFourStandardBoxes()
    {
        var thrown = Assert.Throws<UnknownBoxException>(() => new Handle(new WithoutControl()));

        Assert.Equal("control", thrown.BoxName);
    }

    private sealed class WithoutControl : Component
    {
        private static readonly ComponentDescriptor s_descriptor = new(
            nameof(WithoutControl),
            [BoxDescriptor.Inbox<object>("inbox"), BoxDescriptor.Outbox<object>("outbox"), BoxDescriptor.Outbox<object>("signal")]);

        public override ComponentDescriptor Descriptor => s_descriptor;
    }
}
