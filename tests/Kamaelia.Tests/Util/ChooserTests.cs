using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Util;

public sealed class ChooserTests
{
    [Fact]
    public void TheFirstItemIsSentAtStartThenEachCommandSendsTheItemItChooses()
    {
        var chooser = new Chooser<string>(["a", "b", "c"]);
        object[] commands = ["NEXT", "NEXT", "NEXT", "PREV", "FIRST", "PREV", "LAST", "SAME", ("GOTO", 1), ("GOTO", 99), ("GOTO", -5)];

        var (sent, signal) = Run(chooser, commands);

        Assert.Equal(["a", "b", "c", "c", "b", "a", "a", "c", "c", "b", "c", "a"], sent);
        Assert.IsType<ProducerFinished>(signal);
        Assert.Equal(0, chooser.Position);
    }

    [Fact]
    public void TheOutboxCarriesTheItemsTypeInTheBoxAndTheDescriptor()
    {
        var chooser = new Chooser<int>([1, 2]);

        Assert.Equal(typeof(int), chooser.Outbox.ElementType);
        Assert.Equal(typeof(int), Chooser<int>.Declaration.Boxes.Single(b => b.Name == "outbox").ElementType);
        Assert.Equal(typeof(string), Chooser<string>.Declaration.Boxes.Single(b => b.Name == "outbox").ElementType);
        Assert.Equal(["inbox", "control", "outbox", "signal"], chooser.Descriptor.Boxes.Select(b => b.Name));
    }

    [Fact]
    public void WithLoopingTheEndsWrapAround()
    {
        var chooser = new Chooser<int>([1, 2, 3], loop: true);

        var (sent, _) = Run(chooser, ["PREV", "NEXT", "NEXT", "NEXT", "NEXT"]);

        Assert.Equal([1, 3, 1, 2, 3, 1], sent);
    }

    [Fact]
    public void UnknownCommandsSendNothingAndAreCounted()
    {
        var chooser = new Chooser<string>(["a", "b"]);

        var (sent, _) = Run(chooser, ["JUMP", "next", ("GOTO", "1"), "NEXT"]);

        Assert.Equal(["a", "b"], sent);
        Assert.Equal(3, chooser.UnknownCommands);
    }

    [Fact]
    public void RandomChoosesWithTheGivenRandomSource()
    {
        var expected = new Random(1234);
        var chooser = new Chooser<int>(Enumerable.Range(0, 100), random: new Random(1234));

        var (sent, _) = Run(chooser, ["RANDOM", "RANDOM", "RANDOM"]);

        Assert.Equal([0, expected.Next(100), expected.Next(100), expected.Next(100)], sent);
    }

    [Fact]
    public void AnEmptyChooserSendsNothing()
    {
        var (sent, signal) = Run(new Chooser<string>([]), ["NEXT", "FIRST"]);

        Assert.Empty(sent);
        Assert.IsType<ProducerFinished>(signal);
    }

    private static (List<object?> Sent, object? Signal) Run(Component chooser, object[] commands)
    {
        var scheduler = new Scheduler();
        var sink = new Collector();
        foreach (var command in commands)
        {
            chooser.Deliver(command);
        }

        chooser.Deliver(new ProducerFinished(), "control");
        TestSystem.Around(scheduler, chooser, sink);
        scheduler.RunWithin();
        return (sink.Received, Assert.Single(sink.Controls));
    }
}
