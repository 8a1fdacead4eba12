using Kamaelia.Chassis;
using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Util;

/// <summary><see cref="DataSource{T}"/> and <see cref="Fanout{T}"/>: typed boxes, values moved as themselves.</summary>
public sealed partial class TypedSourceAndFanoutTests
{
    [Fact]
    public void ATypedDataSourceDeclaresItsOutboxTypeAndSendsItsItemsInOrder()
    {
        var scheduler = new Scheduler();
        var source = new DataSource<int>(Enumerable.Range(1, 5)) { BatchSize = 2 };
        var sum = new Summer();
        new Pipeline(source, sum).Activate(scheduler);

        scheduler.RunWithin();

        Assert.Equal(typeof(int), source.Descriptor.FindOutbox("outbox")!.ElementType);
        Assert.Equal(typeof(object), source.Descriptor.FindInbox("inbox")!.ElementType);
        Assert.Equal([1, 2, 3, 4, 5], sum.Seen);
        Assert.True(sum.Finished);
    }

    [Fact]
    public void ATypedFanoutCopiesEachValueToEveryNamedTypedOutbox()
    {
        var scheduler = new Scheduler();
        var fanout = new Fanout<int>("left", "right");
        var left = new Summer();
        var right = new Summer();
        var source = new DataSource<int>([7, 8, 9]);
        var graph = new Graphline(
            components: new() { ["SOURCE"] = source, ["FANOUT"] = fanout, ["LEFT"] = left, ["RIGHT"] = right },
            linkages: new()
            {
                [("SOURCE", "outbox")] = ("FANOUT", "inbox"),
                [("SOURCE", "signal")] = ("FANOUT", "control"),
                [("FANOUT", "left")] = ("LEFT", "inbox"),
                [("FANOUT", "right")] = ("RIGHT", "inbox"),
            });
        graph.Activate(scheduler);

        scheduler.RunUntil(() => fanout.IsStopped && left.Seen.Count == 3 && right.Seen.Count == 3);

        Assert.IsType<Outbox<int>>(fanout.GetOutbox("left"));
        Assert.Equal([7, 8, 9], left.Seen);
        Assert.Equal([7, 8, 9], right.Seen);
    }

    [Fact]
    public void ATypedFanoutRefusesAnEmptyListNamingItself()
    {
        var error = Assert.Throws<ArgumentException>(() => new Fanout<string>());

        Assert.Contains("Fanout", error.Message, StringComparison.Ordinal);
        Assert.Contains("at least one outbox", error.Message, StringComparison.Ordinal);
    }

    [Inbox<int>("inbox")] [Inbox("control")] [Outbox<int>("outbox")] [Outbox("signal")]
    private sealed partial class Summer : Component
    {
        public List<int> Seen { get; } = [];

        public bool Finished { get; private set; }

        [Handles("inbox")]
        private void OnNumber(int number) => Seen.Add(number);

        partial void OnShutdown() => Finished = true;
    }
}
