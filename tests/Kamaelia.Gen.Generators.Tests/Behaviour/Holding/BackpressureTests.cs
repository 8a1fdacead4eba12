using Axon;
using Kamaelia.Gen.Generators.Tests.Support;

namespace Kamaelia.Gen.Generators.Tests.Behaviour.Holding;

/// <summary>A generated handler loop in front of a full inbox is held back: no fault, nothing lost, order kept.</summary>
public sealed class BackpressureTests
{
    public static TheoryData<int> InboxSizes => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(InboxSizes))]
    public void AHandlerPipelineUnderBoundedInboxesDeliversEveryMessageInOrder(int size)
    {
        var source = new CountingSource(200);
        var collector = new SlowCollector();
        Component[] stages = [source, new AddOne(), new Triple(), new ByNameRelay(), new AddOne(), collector];
        Chain.Link(size, stages);

        Chain.Run(new Scheduler(), stages);

        var expected = Enumerable.Range(0, 200).SelectMany(i => Enumerable.Range(0, 3).Select(j => ((i + 1) * 3) + j + 1));
        Assert.Equal(expected, collector.Received);
        Assert.IsType<ProducerFinished>(collector.Shutdown);
        Assert.All(stages, stage => Assert.True(stage.IsStopped));
        Assert.All(stages, stage => Assert.False(stage.HasHeldMessages));
    }

    [Fact]
    public void TheIssuesPipelineWithASinkOfFourGoesOnPastTheFourthMessage()
    {
        var source = new CountingSource(10);
        var addOne = new AddOne();
        var collector = new SlowCollector();
        Chain.Link(null, source, addOne, collector);
        collector.SetInboxSize("inbox", 4);

        Chain.Run(new Scheduler(), source, addOne, collector);

        Assert.Equal(Enumerable.Range(1, 10), collector.Received);
    }

    [Fact]
    public void ASendIntoAFullInboxIsHeldByTheOutboxAndTheLoopTakesNothingMoreUntilItHasGone()
    {
        var scheduler = new Scheduler();
        var feeder = new Feeder();
        var triple = new Triple();
        var sink = new Sink();
        var numbers = sink.DeclareInbox<int>("numbers");
        numbers.SizeLimit = 2;
        triple.Link(feeder.Numbers, triple.Inbox);
        triple.Link(triple.Outbox, numbers);
        triple.Activate(scheduler);
        feeder.Numbers.Send(1);
        feeder.Numbers.Send(2);

        Passes.RunUntilIdle(scheduler);

        Assert.Equal([3, 4], numbers.Peek());
        Assert.Equal(1, triple.Outbox.Held);
        Assert.True(triple.HasHeldMessages);
        Assert.Equal(1, triple.Inbox.Count);
        Assert.True(triple.IsPaused);

        // Collecting makes room and wakes the producer: Axon's wake on collection.
        Assert.True(numbers.TryRecv(out _));
        Assert.True(scheduler.HasRunnableComponents);
        Passes.RunUntilIdle(scheduler);

        // 5 went; then the next message was taken, and what it sent waits in its turn.
        Assert.Equal([4, 5], numbers.Peek());
        Assert.Equal(3, triple.Outbox.Held);
        Assert.Equal(0, triple.Inbox.Count);

        var collected = new List<int>();
        for (var i = 0; i < 10 && (numbers.Count > 0 || triple.Inbox.Count > 0 || triple.HasHeldMessages); i++)
        {
            while (numbers.TryRecv(out var n))
            {
                collected.Add(n);
            }

            Passes.RunUntilIdle(scheduler);
        }

        Assert.Equal([4, 5, 6, 7, 8], collected);
        Assert.Null(scheduler.Faults.FirstOrDefault());
    }

    [Fact]
    public void TrySendFromAHandlerRefusesWhileEarlierMessagesAreHeldSoThatOrderIsKept()
    {
        var scheduler = new Scheduler();
        var triple = new Triple();
        var sink = new Sink();
        var numbers = sink.DeclareInbox<int>("numbers");
        numbers.SizeLimit = 1;
        triple.Link(triple.Outbox, numbers);
        triple.Activate(scheduler);
        scheduler.RunPass();
        triple.Deliver(0, "inbox");
        scheduler.RunPass();
        Assert.Equal(2, triple.Outbox.Held);

        Assert.True(numbers.TryRecv(out var first));
        Assert.False(triple.Outbox.TrySend(99));

        Assert.Equal(0, first);
    }

    [Fact]
    public void AHandWrittenMainKeepsTheNoSpaceInBoxContract()
    {
        var feeder = new Feeder();
        var sink = new Sink();
        sink.Link(feeder.Outbox, sink.Inbox);
        sink.Inbox.SizeLimit = 1;
        feeder.Outbox.Send("fits");

        var refused = Assert.Throws<NoSpaceInBoxException>(() => feeder.Outbox.Send("does not"));

        Assert.Contains("inbox", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, feeder.Outbox.Held);
    }

    [Fact]
    public void MessagesHeldForAConsumerThatStoppedGoIntoItsInboxInsteadOfWaitingForEver()
    {
        var scheduler = new Scheduler();
        var triple = new Triple();
        var collector = new SlowCollector();
        // The links belong to a component that never runs, so they outlive the consumer.
        var linkOwner = new Sink();
        linkOwner.Link((triple, "outbox"), (collector, "inbox"));
        collector.SetInboxSize("inbox", 1);
        triple.Activate(scheduler);
        triple.Deliver(0, "inbox");
        scheduler.RunPass();
        Assert.Equal(2, triple.Outbox.Held);

        collector.Activate(scheduler);
        collector.Stop();
        Passes.RunUntilIdle(scheduler);

        Assert.True(collector.IsStopped);
        Assert.Equal(0, triple.Outbox.Held);
        Assert.Equal([0, 1, 2], collector.Inbox.Peek());
        Assert.False(triple.IsStopped);
    }
}
