using Axon.Tests.Scheduling;
using Axon.Tests.Support;

namespace Axon.Tests.Threading;

public sealed class HandleBackpressureTests
{
    [Fact]
    public async Task PutWaitsWhileTheQueueIsFullAndResumesInOrderWhenTheComponentTakes()
    {
        using var background = new RunningBackground();
        var gate = new TypedRelay<int>(startClosed: true);
        gate.SetInboxSize("inbox", 1);
        var handle = background.Activate(new Handle<int>(gate, queueLength: 2));

        // One put fills the closed gate's inbox, two fill the handle's queue; the fourth must wait.
        for (var i = 0; i < 3; i++)
        {
            handle.Put(i);
        }

        var fourth = Task.Factory.StartNew(() => handle.Put(3), TaskCreationOptions.LongRunning);
        await Task.WhenAny(fourth, Task.Delay(200));
        Assert.False(fourth.IsCompleted, "A put into a full queue returned.");

        gate.Open();

        await fourth.WaitAsync(Limits.Wait);
        Assert.Equal([0, 1, 2, 3], Enumerable.Range(0, 4).Select(_ => handle.Get(Limits.Wait)));
        Assert.Equal(1, gate.MostWaiting);
    }

    [Fact]
    public void OutputBeyondTheQueueWaitsInTheHandleAndComesOutInOrder()
    {
        using var background = new RunningBackground();
        var handle = background.Activate(new Handle<int>(new TypedRelay<int>(), queueLength: 4));

        // Nobody takes while 100 come out: 4 wait in the handle's queue, the rest in its inbox.
        for (var i = 0; i < 100; i++)
        {
            handle.Put(i);
        }

        handle.PutControl(new ProducerFinished());
        Assert.IsType<ProducerFinished>(handle.GetSignal(Limits.Wait));

        Assert.False(handle.IsCompleted);
        Assert.Equal(Enumerable.Range(0, 100), Enumerable.Range(0, 100).Select(_ => handle.Get(Limits.Wait)));
        Assert.Throws<InvalidOperationException>(() => handle.Get(Limits.Wait));
        Assert.True(handle.IsCompleted);
    }

    [Fact]
    public void APutThatCouldNeverGetRoomThrowsInsteadOfWaiting()
    {
        // Not activated: nothing will ever take from the queue.
        var idle = new Handle<int>(new TypedRelay<int>(), queueLength: 2);
        idle.Put(1);
        idle.Put(2);
        var beforeActivation = Assert.Throws<InvalidOperationException>(() => idle.Put(3));
        Assert.Contains("before it is activated", beforeActivation.Message);

        // On the handle's own scheduler thread, waiting would stop the scheduler that makes the room.
        var scheduler = new Scheduler { Immortal = true };
        var gate = new TypedRelay<int>(startClosed: true);
        gate.SetInboxSize("inbox", 1);
        var handle = new Handle<int>(gate, queueLength: 2);
        var putter = new Probe(_ => Script.Of(() => { }, () =>
        {
            for (var i = 0; i < 4; i++)
            {
                handle.Put(i);
            }
        }));
        handle.Activate(scheduler);
        putter.Activate(scheduler);

        scheduler.RunPasses(5);

        var fault = Assert.Single(scheduler.Faults);
        Assert.Same(putter, fault.Component);
        Assert.Contains("on its scheduler's own thread", fault.Exception.Message);
    }

    [Fact]
    public async Task PuttersAndGettersWaitingWhenTheSchedulerStopsAreReleased()
    {
        var background = new Background().Start();
        var gate = new TypedRelay<int>(startClosed: true);
        gate.SetInboxSize("inbox", 1);
        var handle = background.Activate(new Handle<int>(gate, queueLength: 1));
        handle.Put(0);
        handle.Put(1);
        var putting = Task.Factory.StartNew(() => handle.Put(2), TaskCreationOptions.LongRunning);
        var getting = Task.Factory.StartNew(() => handle.Get(), TaskCreationOptions.LongRunning);
        await Task.WhenAny(putting, Task.Delay(100));
        Assert.False(putting.IsCompleted, "A put into a full queue returned.");

        Limits.Within(() =>
        {
            background.Dispose();
            return true;
        });

        await Assert.ThrowsAsync<InvalidOperationException>(() => putting.WaitAsync(Limits.Wait));
        await Assert.ThrowsAsync<InvalidOperationException>(() => getting.WaitAsync(Limits.Wait));
        Assert.Throws<InvalidOperationException>(() => handle.Put(3));
    }
}
