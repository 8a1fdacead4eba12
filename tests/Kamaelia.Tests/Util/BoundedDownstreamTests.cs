using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Util;

/// <summary>
/// Every library component written with handlers, in front of a consumer whose inbox holds one message: the
/// generated loop holds it back, so everything arrives, in order, followed by the shutdown signal, with no fault.
/// </summary>
public sealed class BoundedDownstreamTests
{
    public static TheoryData<string> Components => [.. Cases.Keys];

    private static readonly Dictionary<string, (Func<Component> Create, object[] Inputs, object?[] Expected)> Cases = new()
    {
        ["PureTransformer"] = (() => new PureTransformer(x => (int)x * 2), Numbers(), [.. Numbers().Select(n => (object?)((int)n * 2))]),
        ["Filter"] = (() => new Filter(x => (int)x % 3 == 0), Numbers(), [.. Numbers().Where(n => (int)n % 3 == 0)]),
        ["SimpleDetupler"] = (() => new SimpleDetupler(1), [.. Numbers().Select(n => (object)((int)n, (int)n * 10))], [.. Numbers().Select(n => (object?)((int)n * 10))]),
        ["TriggeredSource"] = (() => new TriggeredSource("tick"), Numbers(), [.. Numbers().Select(_ => (object?)"tick")]),
        ["Chooser"] = (() => new Chooser<int>(Enumerable.Range(0, 30)), [.. Enumerable.Repeat((object)"NEXT", 29)], [.. Enumerable.Range(0, 30).Select(n => (object?)n)]),
        ["Chunkifier"] = (() => new Chunkifier(2), [.. Enumerable.Range(0, 10).Select(_ => (object)"abcde")], [.. string.Concat(Enumerable.Repeat("abcde", 10)).Chunk(2).Select(c => (object?)new string(c))]),
        ["Collate"] = (() => new Collate(), Numbers(), [Numbers()]),
        ["ConsoleEchoer forwarding"] = (() => new ConsoleEchoer(forwarder: true, output: TextWriter.Null), Numbers(), [.. Numbers()]),
        ["Filter<int>"] = (() => new Filter<int>(n => n % 3 == 0), Numbers(), [.. Numbers().Where(n => (int)n % 3 == 0)]),
        ["PassThrough<int>"] = (() => new PassThrough<int>(), Numbers(), [.. Numbers()]),
        ["PureTransformer<int, string>"] = (() => new PureTransformer<int, string>(n => "#" + n), Numbers(), [.. Numbers().Select(n => (object?)("#" + n))]),
    };

    [Theory]
    [MemberData(nameof(Components))]
    public void EverythingArrivesInOrderThenProducerFinished(string name)
    {
        var (create, inputs, expected) = Cases[name];
        var scheduler = new Scheduler();
        var component = create();
        var sink = new Collector();
        sink.SetInboxSize("inbox", 1);
        foreach (var input in inputs)
        {
            component.Deliver(input);
        }

        var finished = new ProducerFinished();
        component.Deliver(finished, "control");
        TestSystem.Around(scheduler, component, sink);

        scheduler.RunWithin();

        Assert.Equal(expected, sink.Received);
        Assert.Same(finished, Assert.Single(sink.Controls));
        Assert.Empty(scheduler.Faults);
    }

    private static object[] Numbers() => [.. Enumerable.Range(1, 30).Select(n => (object)n)];
}
