using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Util;

public sealed class SimpleDetuplerTests
{
    [Fact]
    public void TheElementAtTheIndexOfEachTupleOrListIsSent()
    {
        var scheduler = new Scheduler();
        var detupler = new SimpleDetupler(1);
        var sink = new Collector();
        detupler.Deliver(("key", "value"));
        detupler.Deliver(Tuple.Create(1, 2, 3));
        detupler.Deliver(new List<string> { "x", "y" });
        detupler.Deliver(new[] { 10, 20 });
        var finished = new ProducerFinished();
        detupler.Deliver(finished, "control");
        TestSystem.Around(scheduler, detupler, sink);

        scheduler.RunWithin();

        Assert.Equal(["value", 2, "y", 20], sink.Received);
        Assert.Same(finished, Assert.Single(sink.Controls));
    }

    [Fact]
    public void AValueWithoutThatElementIsAFault()
    {
        var scheduler = new Scheduler();
        var detupler = new SimpleDetupler(2);
        detupler.Deliver(("only", "two"));
        TestSystem.Around(scheduler, detupler, new Collector());

        var error = Assert.Throws<ComponentFaultedException>(() => scheduler.RunWithin());

        Assert.Same(detupler, error.Component);
        Assert.IsType<ArgumentException>(error.InnerException);
    }
}
