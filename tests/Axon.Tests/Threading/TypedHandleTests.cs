using Axon.Tests.Scheduling;
using Axon.Tests.Support;

namespace Axon.Tests.Threading;

public sealed class TypedHandleTests
{
    [Fact]
    public void ValuesPutThroughATypedHandleComeBackInOrder()
    {
        using var background = new RunningBackground();
        var handle = background.Activate(new Handle<int>(new TypedRelay<int>()));

        for (var i = 0; i < 100; i++)
        {
            handle.Put(i);
        }

        Assert.Equal(Enumerable.Range(0, 100), Enumerable.Range(0, 100).Select(_ => handle.Get(Limits.Wait)));
    }

    [Fact]
    public async Task ATypedHandleTakesAndGivesDifferentTypesAndItsSignal()
    {
        using var background = new RunningBackground();
        var handle = background.Activate(new Handle<int, object>(new Forwarder()));
        using var bound = new CancellationTokenSource(Limits.Wait);

        handle.Put(42);
        handle.PutControl(new ProducerFinished());

        Assert.Equal(42, await handle.GetAsync(bound.Token));
        Assert.IsType<ProducerFinished>(await handle.GetSignalAsync(bound.Token));
        Assert.Throws<InvalidOperationException>(() => handle.Get(Limits.Wait));
        Assert.False(handle.TryGetSignal(out _));
        Assert.True(handle.IsCompleted);
    }

    [Fact]
    public void ControlPutsReachTheComponentBehindTheDataPutBeforeThem()
    {
        using var background = new RunningBackground();
        var relay = new TypedRelay<int>(perStep: 1);
        relay.SetInboxSize("inbox", 1);
        var handle = background.Activate(new Handle<int>(relay));

        for (var i = 0; i < 50; i++)
        {
            handle.Put(i);
        }

        handle.PutControl(new ProducerFinished());

        // The relay passes ProducerFinished on only after everything in its inbox: all 50 come out first.
        Assert.Equal(Enumerable.Range(0, 50), Enumerable.Range(0, 50).Select(_ => handle.Get(Limits.Wait)));
        Assert.IsType<ProducerFinished>(handle.GetSignal(Limits.Wait));
    }

    [Fact]
    public void AValueTypeMovesThroughATypedHandleWithoutAllocating()
    {
        // The scheduler is stepped on this thread, so every allocation of the round trip (puts, the handle's and the
        // relay's steps, gets) is counted by this thread's allocation counter.
        const int Messages = 500;
        var scheduler = new Scheduler();
        var handle = new Handle<int>(new TypedRelay<int>());
        handle.Activate(scheduler);
        for (var warmUp = 0; warmUp < 3; warmUp++)
        {
            // Grows the inboxes' buffers and lets the JIT settle.
            RoundTrip(scheduler, handle, Messages);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var sum = RoundTrip(scheduler, handle, Messages);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal((long)Messages * (Messages - 1) / 2, sum);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void AWrongTypeThroughTheUntypedHandleFaultsTheHandleNamingTheWrappedBox()
    {
        var scheduler = new Scheduler { Immortal = true };
        using var background = new RunningBackground(scheduler);
        var wrapped = new TypedRelay<int>();
        var handle = background.Activate(new Handle(wrapped));

        handle.Put("not a number");

        Assert.Throws<InvalidOperationException>(() => handle.Get(timeout: Limits.Wait));
        var fault = Assert.Single(scheduler.Faults, f => ReferenceEquals(f.Component, handle));
        var mismatch = Assert.IsType<BoxTypeMismatchException>(fault.Exception);
        Assert.Contains(wrapped.Name, mismatch.Message);
        Assert.Contains("'inbox'", mismatch.Message);
    }

    [Fact]
    public async Task WhenTheWrappedComponentFailsGettersAreToldItHasEnded()
    {
        var scheduler = new Scheduler { Immortal = true };
        using var background = new RunningBackground(scheduler);
        var wrapped = new TypedRelay<int>(failOn: n => n == 3);
        var handle = background.Activate(new Handle<int>(wrapped));
        var getting = Task.Run(() => Enumerable.Range(0, 4).Select(_ => handle.Get(Limits.Wait)).ToList());

        // The failing message is the last put: the handle cannot have ended before the puts return.
        for (var i = 0; i < 4; i++)
        {
            handle.Put(i);
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => getting.WaitAsync(Limits.Wait));
        Assert.Same(wrapped, Assert.Single(scheduler.Faults).Component);
        Assert.True(SpinWait.SpinUntil(() => handle.IsStopped, Limits.Wait));
    }

    /// <summary>Puts 0 .. n-1, steps the scheduler until all n come back, and returns their sum (-1 if some did not).</summary>
    private static long RoundTrip(Scheduler scheduler, Handle<int> handle, int n)
    {
        for (var i = 0; i < n; i++)
        {
            handle.Put(i);
        }

        long sum = 0;
        var received = 0;
        for (var pass = 0; received < n && pass < 10_000; pass++)
        {
            scheduler.RunPass();
            while (handle.TryGet(out var value))
            {
                sum += value;
                received++;
            }
        }

        // Checked by the caller, after the allocation count: an assertion may allocate.
        return received == n ? sum : -1;
    }
}
