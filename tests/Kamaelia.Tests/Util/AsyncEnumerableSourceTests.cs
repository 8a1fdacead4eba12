using System.Runtime.CompilerServices;
using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Util;

public sealed class AsyncEnumerableSourceTests
{
    [Fact]
    public void EveryItemOfAnAsynchronousStreamArrivesInOrderThenProducerFinished()
    {
        var scheduler = new Scheduler();
        var source = new AsyncEnumerableSource<int>(Numbers(1, 50, yieldEach: true));
        var sink = new Collector();
        TestSystem.Around(scheduler, source, sink);

        scheduler.RunWithin();

        Assert.Equal(Enumerable.Range(1, 50).Cast<object?>(), sink.Received);
        var finished = Assert.IsType<ProducerFinished>(Assert.Single(sink.Controls));
        Assert.Same(source, finished.Caller);
        Assert.Equal(50, source.Sent);
    }

    [Fact]
    public void ItTakesTheNextItemOnlyWhenTheConsumersInboxHasRoom()
    {
        var scheduler = new Scheduler();
        var pulled = new Counter();
        var source = new AsyncEnumerableSource<int>(Numbers(1, 100, yieldEach: false, pulled));
        var sink = new Stubborn();
        sink.Inbox.SizeLimit = 3;
        new TestSystem(source, sink).Wire(source, "outbox", sink, "inbox").Activate(scheduler);

        scheduler.RunPasses(50);
        Assert.Equal(3, pulled.Value);
        Assert.Equal(3, sink.Inbox.Count);
        Assert.True(source.IsPaused, "Waiting for room, the source sleeps.");

        Assert.True(sink.Inbox.TryRecv(out var first));
        Assert.Equal(1, first);
        scheduler.RunPasses(50);

        Assert.Equal(4, pulled.Value);
        Assert.Equal([2, 3, 4], sink.Inbox.Peek().Cast<int>());
        Assert.Equal(0, source.Outbox.Held);
    }

    [Fact]
    public void AnExceptionFromTheStreamIsAFaultOfTheSource()
    {
        var scheduler = new Scheduler();
        var failure = new InvalidDataException("the stream broke");
        var source = new AsyncEnumerableSource<int>(ThenThrow(Numbers(1, 2, yieldEach: true), failure));
        var sink = new Collector();
        TestSystem.Around(scheduler, source, sink);

        var thrown = Assert.Throws<ComponentFaultedException>(() => scheduler.RunWithin());

        Assert.Same(source, thrown.Component);
        Assert.Same(failure, thrown.InnerException);
        Assert.Contains(source.Name, thrown.Message);
        // The system stopped at the fault: what the source sent is with the collector, taken or not.
        Assert.Equal([1, 2], sink.Received.Concat(sink.Inbox.Peek()).Cast<int>());
    }

    [Fact]
    public void ShutdownMicroprocessCancelsTheEnumerationAndIsForwarded()
    {
        var scheduler = new Scheduler();
        var ending = new Ending();
        var source = new AsyncEnumerableSource<int>(OneThenWaitForever(ending));
        var sink = new Collector();
        TestSystem.Around(scheduler, source, sink);
        scheduler.RunUntilWithin(() => sink.Received.Count == 1);

        var stop = new ShutdownMicroprocess();
        source.Deliver(stop, "control");
        scheduler.RunWithin();

        Assert.Same(stop, Assert.Single(sink.Controls));
        Assert.True(ending.Cancelled, "The enumeration's token was cancelled.");
        Assert.True(ending.Disposed, "The enumerator was disposed.");
        Assert.Equal([1], sink.Received.Cast<int>());
    }

    [Fact]
    public void ItDeclaresTypedBoxes()
    {
        var source = new AsyncEnumerableSource<string>(Empty<string>());

        Assert.Equal(typeof(string), source.Outbox.ElementType);
        Assert.Equal("AsyncEnumerableSource<string>", AsyncEnumerableSource<string>.Declaration.ComponentName);
        Assert.Contains(AsyncEnumerableSource<string>.Declaration.Boxes, b => b.Name == "signal");
    }

    internal sealed class Counter
    {
        private int _value;

        public int Value => Volatile.Read(ref _value);

        public void Increment() => Interlocked.Increment(ref _value);
    }

    private sealed class Ending
    {
        public volatile bool Cancelled;
        public volatile bool Disposed;
    }

    private static async IAsyncEnumerable<int> Numbers(int from, int count, bool yieldEach, Counter? pulled = null)
    {
        for (var i = from; i < from + count; i++)
        {
            if (yieldEach)
            {
                await Task.Yield();
            }

            pulled?.Increment();
            yield return i;
        }
    }

    private static async IAsyncEnumerable<int> ThenThrow(IAsyncEnumerable<int> items, Exception failure)
    {
        await foreach (var item in items)
        {
            yield return item;
        }

        throw failure;
    }

    private static async IAsyncEnumerable<int> OneThenWaitForever(Ending ending, [EnumeratorCancellation] CancellationToken cancellation = default)
    {
        try
        {
            yield return 1;
            try
            {
                await Task.Delay(Timeout.Infinite, cancellation);
            }
            catch (OperationCanceledException)
            {
                ending.Cancelled = true;
                throw;
            }

            yield return 2;
        }
        finally
        {
            ending.Disposed = true;
        }
    }

    private static async IAsyncEnumerable<T> Empty<T>()
    {
        await Task.CompletedTask;
        yield break;
    }
}
