using Kamaelia.Chassis;
using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Chassis;

/// <summary>Chassis whose children run on different schedulers of a group: passthrough chains that cross schedulers.</summary>
public sealed class ChassisAcrossSchedulersTests
{
    [Fact]
    public void APipelineNestedOnAnotherSchedulerTakesItsChildrenAndPassesDataAndShutdownThrough()
    {
        var group = new SchedulerGroup(3);
        var inner = group.Place(new Pipeline(new PureTransformer(x => (int)x! + 1), new PureTransformer(x => (int)x! * 2)), 1);
        var sink = group.Place(new Collector(), 2);
        var outer = new Pipeline(new DataSource(Enumerable.Range(0, 1_000).Cast<object>()), inner, sink);

        RunWithin(group, outer);

        Assert.Equal(Enumerable.Range(0, 1_000).Select(i => (object?)((i + 1) * 2)), sink.Received);
        Assert.IsType<ProducerFinished>(Assert.Single(sink.Controls));
        Assert.All(inner.Stages, stage => Assert.Same(group[1], stage.Scheduler));
        Assert.True(outer.IsStopped);
    }

    [Fact]
    public void AGraphlineWhoseChildrenRunOnThreeSchedulersDeliversAsOnOne()
    {
        var group = new SchedulerGroup(3);
        var sink = group.Place(new Collector(), 2);
        var graph = new Graphline(
            components: new()
            {
                ["SOURCE"] = group.Place(new DataSource(["a", "b", "c"]), 0),
                ["UPPER"] = new PureTransformer(x => ((string)x!).ToUpperInvariant()),
                ["SINK"] = sink,
            },
            linkages: new()
            {
                [("SOURCE", "outbox")] = ("UPPER", "inbox"),
                [("SOURCE", "signal")] = ("UPPER", "control"),
                [("UPPER", "outbox")] = ("SINK", "inbox"),
                [("UPPER", "signal")] = ("SINK", "control"),
            });

        RunWithin(group, group.Place(graph, 1));

        Assert.Equal(["A", "B", "C"], sink.Received);
        Assert.IsType<ProducerFinished>(Assert.Single(sink.Controls));
        Assert.True(graph.IsStopped);
    }

    private static void RunWithin(SchedulerGroup group, Component component)
    {
        var run = Task.Factory.StartNew(() => group.Run(component), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (!((IAsyncResult)run).AsyncWaitHandle.WaitOne(SchedulerRuns.Bound))
        {
            foreach (var scheduler in group.Schedulers)
            {
                scheduler.Stop();
            }

            Assert.Fail($"The scheduler group did not finish within {SchedulerRuns.Bound}.");
        }

        run.GetAwaiter().GetResult();
    }
}
