using System.Runtime.CompilerServices;
using Axon;
using Kamaelia.Gen.Generators.Tests.Support;

namespace Kamaelia.Gen.Generators.Tests.Behaviour.Holding;

/// <summary>
/// The generated loop takes each inbox's messages as a batch (<c>Inbox.Batch()</c>): every message leaves the inbox
/// before its handler runs, whatever the handler does to that inbox, and the producers are woken as by a receive.
/// </summary>
public sealed class BatchReceiveTests
{
    [Fact]
    public void AHandlerThatReceivesFromItsOwnInboxTakesTheNextMessageAndTheLoopGoesOnAfterIt()
    {
        var scheduler = new Scheduler();
        var pairing = new PairingReceiver();
        pairing.Activate(scheduler);
        for (var i = 1; i <= 5; i++)
        {
            pairing.Deliver(i);
        }

        scheduler.RunPass();

        // What the handler saw waiting was counted after its own message left the inbox.
        Assert.Equal(new[] { (1, 2, 4), (3, 4, 2), (5, -1, 0) }, pairing.Pairs);
        Assert.Equal(0, pairing.Inbox.Count);
    }

    [Fact]
    public void AHandlerThatSendsIntoItsOwnInboxGrowsItMidBatchAndEveryMessageIsHandledInOrder()
    {
        var scheduler = new Scheduler();
        var feeding = new SelfFeeding();
        feeding.Link(feeding.Outbox, feeding.Inbox);
        feeding.Activate(scheduler);
        feeding.Deliver(3);
        feeding.Deliver(3);
        feeding.Deliver(3);

        scheduler.RunPass();

        // The ring starts at four slots and grows while the batch runs (to 32): every message, first in first out,
        // in the one step.
        int[] expected = [.. Enumerable.Repeat(3, 3), .. Enumerable.Repeat(2, 6), .. Enumerable.Repeat(1, 12), .. Enumerable.Repeat(0, 24)];
        Assert.Equal(expected, feeding.Handled);
        Assert.Equal(0, feeding.Inbox.Count);
        Assert.Equal((uint)expected.Length, feeding.Inbox.Arrivals);
    }

    [Fact]
    public void AHandlerWhoseSendIsHeldStopsTheBatchWithTheRestStillQueuedInOrder()
    {
        var scheduler = new Scheduler();
        var addOne = new AddOne();
        var sink = new Sink();
        var numbers = sink.DeclareInbox<int>("numbers");
        numbers.SizeLimit = 2;
        addOne.Link(addOne.Outbox, numbers);
        addOne.Activate(scheduler);
        for (var i = 1; i <= 5; i++)
        {
            addOne.Deliver(i);
        }

        scheduler.RunPass();

        Assert.Equal([2, 3], numbers.Peek());
        Assert.Equal([4], addOne.Outbox.PeekHeld());
        Assert.Equal([4, 5], addOne.Inbox.Peek());

        var received = new List<int>();
        for (var pass = 0; pass < 20 && received.Count < 5; pass++)
        {
            while (numbers.TryRecv(out var n))
            {
                received.Add(n);
            }

            scheduler.RunPass();
        }

        Assert.Equal([2, 3, 4, 5, 6], received);
        Assert.False(addOne.HasHeldMessages);
    }

    [Fact]
    public void AReferenceTypeMessageIsReleasedByTheInboxOnceHandled()
    {
        var scheduler = new Scheduler();
        var forgetting = new Forgetting();
        forgetting.Activate(scheduler);
        var delivered = DeliverUnreferenced(forgetting, 6);

        scheduler.RunPass();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.Equal(6, forgetting.Handled);
        Assert.All(delivered, weak => Assert.False(weak.IsAlive));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ProducersHeldBackByAFullInboxAreWokenByTheBatchThatCollectsTheirMessages(int producers)
    {
        var scheduler = new Scheduler();
        var sources = Enumerable.Range(0, producers).Select(_ => new AddOne()).ToArray();
        var recorder = new Recorder();
        recorder.Inbox.SizeLimit = 2;
        foreach (var source in sources)
        {
            source.Link(source.Outbox, recorder.Inbox);
            source.Activate(scheduler);
        }

        recorder.Activate(scheduler);
        for (var i = 0; i < 10; i++)
        {
            foreach (var source in sources)
            {
                source.Deliver(i * 10);
            }
        }

        // Each source holds sends and sleeps until the recorder's batch collects what it sent: a missed wake leaves a
        // source asleep with its messages held, and the system idle before they arrive.
        Passes.RunUntilIdle(scheduler, limit: 1000);

        Assert.All(sources, source => Assert.False(source.HasHeldMessages));
        Assert.All(sources, source => Assert.Equal(0, source.Inbox.Count));
        Assert.Equal(10 * producers, recorder.Received.Count);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => (i * 10) + 1), recorder.Received.Distinct());
    }

    [Fact]
    public void AProducerLinkedByAHandlerMidBatchIsWokenByTheNextCollection()
    {
        var scheduler = new Scheduler();
        var late = new AddOne();
        var linking = new LinkingRecorder(late);
        late.Activate(scheduler);
        linking.Activate(scheduler);
        Passes.RunUntilIdle(scheduler);
        Assert.True(late.IsPaused);
        linking.Deliver(1);
        linking.Deliver(2);

        // The first message's handler links the sleeping component's outbox to this inbox: the batch's next
        // collection wakes it, as a receive would, although the batch had woken its producers before.
        scheduler.RunPass();

        Assert.Equal([1, 2], linking.Received);
        Assert.False(late.IsPaused);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference[] DeliverUnreferenced(Component component, int count)
    {
        var delivered = new WeakReference[count];
        for (var i = 0; i < count; i++)
        {
            var message = new object();
            delivered[i] = new WeakReference(message);
            component.Deliver(message);
        }

        return delivered;
    }
}

/// <summary>Takes its messages in pairs: the handler receives the second itself, after noting how many wait.</summary>
[Inbox<int>("inbox")] [Inbox("control")] [Outbox<int>("outbox")] [Outbox("signal")]
public sealed partial class PairingReceiver : Component
{
    public List<(int First, int Second, int Waiting)> Pairs { get; } = [];

    [Handles("inbox")]
    void OnFirst(int first)
    {
        var waiting = Inbox.Count;
        Pairs.Add((first, Inbox.TryRecv(out var second) ? second : -1, waiting));
    }
}

/// <summary>Counts down: for every number above zero it sends that number less one, twice (its outbox feeds its own inbox).</summary>
[Inbox<int>("inbox")] [Inbox("control")] [Outbox<int>("outbox")] [Outbox("signal")]
public sealed partial class SelfFeeding : Component
{
    public List<int> Handled { get; } = [];

    [Handles("inbox")]
    void OnNumber(int n)
    {
        Handled.Add(n);
        if (n > 0)
        {
            Outbox.Send(n - 1);
            Outbox.Send(n - 1);
        }
    }
}

/// <summary>Counts what it is given and keeps none of it.</summary>
[Inbox<object>("inbox")] [Inbox("control")] [Outbox<object>("outbox")] [Outbox("signal")]
public sealed partial class Forgetting : Component
{
    public int Handled { get; private set; }

    [Handles("inbox")]
    void OnMessage(object message) => Handled += message is null ? 0 : 1;
}

/// <summary>Records every number it handles.</summary>
[Inbox<int>("inbox")] [Inbox("control")] [Outbox<int>("outbox")] [Outbox("signal")]
public sealed partial class Recorder : Component
{
    public List<int> Received { get; } = [];

    [Handles("inbox")]
    void OnNumber(int n) => Received.Add(n);
}

/// <summary>Records every number it handles; on its first, links a late producer's outbox to its own inbox.</summary>
[Inbox<int>("inbox")] [Inbox("control")] [Outbox<int>("outbox")] [Outbox("signal")]
public sealed partial class LinkingRecorder(AddOne late) : Component
{
    public List<int> Received { get; } = [];

    [Handles("inbox")]
    void OnNumber(int n)
    {
        if (Received.Count == 0)
        {
            Link(late.Outbox, Inbox);
        }

        Received.Add(n);
    }
}
