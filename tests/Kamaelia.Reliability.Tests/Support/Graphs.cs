using CsCheck;
using Kamaelia.Chassis;
using Kamaelia.Util;

namespace Kamaelia.Reliability.Tests.Support;

internal enum Shape
{
    Pipeline,
    Graphline,
    FanOut,
    FanIn,
    Backplane,
}

/// <summary>How a stage is written: a hand-written Main, a thread, or a generated loop with a plain, async or multi-step handler.</summary>
internal enum StageKind
{
    Main,
    Threaded,
    Handler,
    AsyncHandler,
    Steps,
}

/// <summary>One stage of a generated graph: how it is written, its inbox's size limit (0: none), its thread queue.</summary>
internal sealed record StageSpec(StageKind Kind, int Limit, int QueueLength)
{
    public bool Threaded => Kind == StageKind.Threaded;

    public override string ToString() => Kind switch
    {
        StageKind.Threaded => $"T(q{QueueLength})",
        StageKind.Handler => "H",
        StageKind.AsyncHandler => "A",
        StageKind.Steps => "S",
        _ => "R",
    } + (Limit > 0 ? $"[{Limit}]" : "");
}

/// <summary>
/// A generated system: its shape, how many messages each source offers, its stages, its width (branches, sources
/// or subscribers), the sinks' size limit (0: none), the sources' batch, and the shutdown point: the killer fires
/// after <see cref="KillAt"/> of its steps (none when negative), with ShutdownMicroprocess when
/// <see cref="Abrupt"/>, else ProducerFinished. <see cref="DeadBranch"/> adds a Fanout outbox linked to nothing.
/// </summary>
internal sealed record GraphSpec(Shape Shape, int Messages, StageSpec[] Stages, int Width, int SinkLimit, int Batch, int KillAt, bool Abrupt, bool DeadBranch)
{
    /// <summary>True when something outside the scheduler's thread can wake it: a thread, or a task an async handler awaits.</summary>
    public bool HasThreads => Stages.Any(s => s.Kind is StageKind.Threaded or StageKind.AsyncHandler);

    public override string ToString() =>
        $"{Shape} messages={Messages} stages=[{string.Join(",", Stages.Select(s => s.ToString()))}] width={Width} sinkLimit={SinkLimit} batch={Batch} killAt={KillAt} abrupt={Abrupt} dead={DeadBranch}";

    public static Gen<GraphSpec> Generator(bool threads, params Shape[] shapes) =>
        Generator(threads ? Gen.Int[0, 3].Select(i => i == 0 ? StageKind.Threaded : StageKind.Main) : Gen.Const(StageKind.Main), shapes);

    /// <summary>Systems whose stages are of any kind: hand-written, threaded, and generated loops of every handler shape.</summary>
    public static Gen<GraphSpec> MixedGenerator(params Shape[] shapes) => Generator(Gen.OneOf(Gen.Const(StageKind.Main), Gen.Const(StageKind.Threaded), Gen.Const(StageKind.Handler), Gen.Const(StageKind.AsyncHandler), Gen.Const(StageKind.Steps)), shapes);

    private static Gen<GraphSpec> Generator(Gen<StageKind> kinds, Shape[] shapes)
    {
        var stage = Gen.Select(kinds, Gen.Int[0, 5], Gen.Int[1, 4], (k, l, q) => new StageSpec(k, l, q));
        var body = Gen.Select(Gen.OneOf(shapes), Gen.Int[0, 150], stage.Array[0, 6], Gen.Int[1, 4], Gen.Int[0, 5], Gen.Int[1, 5]);
        var shutdown = Gen.Select(Gen.Int[-30, 80], Gen.Bool, Gen.Bool);
        return Gen.Select(body, shutdown, (b, s) => new GraphSpec(b.Item1, b.Item2, b.Item3, b.Item4, b.Item5, b.Item6, s.Item1, s.Item2, s.Item3));
    }
}

/// <summary>A built system and what the accounting needs: sinks, their sources, and which components feed each sink.</summary>
internal sealed class BuiltGraph
{
    public Component Root { get; set; } = null!;

    public List<Sink> Sinks { get; } = [];

    public List<List<Source>> SourcesOf { get; } = [];

    /// <summary>For each component, the indices of the sinks its waiting messages were bound for.</summary>
    public List<(Component Component, int[] Sinks)> Feeds { get; } = [];

    public Fanout? Fanout { get; set; }

    /// <summary>The components upstream of the fanout (their waiting messages never reached its dead branch).</summary>
    public List<Component> BeforeFanout { get; } = [];

    public static Component Stage(StageSpec spec)
    {
        Component stage = spec.Kind switch
        {
            StageKind.Threaded => new ThreadedRelay(spec.QueueLength),
            StageKind.Handler => new HandlerRelay(),
            StageKind.AsyncHandler => new AsyncRelay(),
            StageKind.Steps => new SteppedRelay(),
            _ => new Relay(),
        };
        if (spec.Limit > 0)
        {
            stage.SetInboxSize("inbox", spec.Limit);
        }

        return stage;
    }

    public static BuiltGraph Build(GraphSpec spec)
    {
        return spec.Shape switch
        {
            Shape.Pipeline => BuildPipeline(spec),
            Shape.Graphline => BuildGraphline(spec),
            Shape.FanOut => BuildFanOut(spec),
            Shape.FanIn => BuildFanIn(spec),
            _ => BuildBackplane(spec),
        };
    }

    private Sink NewSink(GraphSpec spec, List<Source> sources)
    {
        var sink = new Sink();
        if (spec.SinkLimit > 0)
        {
            sink.SetInboxSize("inbox", spec.SinkLimit);
        }

        Sinks.Add(sink);
        SourcesOf.Add(sources);
        return sink;
    }

    private static Killer? KillerFor(GraphSpec spec, params Component[] targets) =>
        spec.KillAt < 0 ? null : new Killer(spec.KillAt, () => spec.Abrupt ? new ShutdownMicroprocess() : new ProducerFinished(), targets);

    private static Component[] With(Killer? killer, params Component[] components) => killer is null ? components : [.. components, killer];

    private void FeedAll(int sink, params Component[] components)
    {
        foreach (var component in components)
        {
            Feeds.Add((component, [sink]));
        }
    }

    private static BuiltGraph BuildPipeline(GraphSpec spec)
    {
        var source = new Source(0, spec.Messages, spec.Batch);
        var stages = spec.Stages.Select(Stage).ToArray();
        var pipeline = new Pipeline([source, .. stages]);
        var killer = KillerFor(spec, pipeline);
        var graph = new BuiltGraph();
        var sink = graph.NewSink(spec, [source]);
        graph.FeedAll(0, [pipeline, source, .. stages, sink]);
        graph.Root = new Rig(With(killer, pipeline, sink)).Chain(pipeline, sink);
        return graph;
    }

    private static BuiltGraph BuildGraphline(GraphSpec spec)
    {
        var source = new Source(0, spec.Messages, spec.Batch);
        var stages = spec.Stages.Select(Stage).ToArray();
        var graph = new BuiltGraph();
        var sink = graph.NewSink(spec, [source]);
        var components = new Dictionary<string, Component> { ["src"] = source, ["sink"] = sink };
        var names = new List<string> { "src" };
        for (var i = 0; i < stages.Length; i++)
        {
            components[$"s{i}"] = stages[i];
            names.Add($"s{i}");
        }

        names.Add("sink");
        var linkages = new Dictionary<(string Component, string Box), (string Component, string Box)>();
        for (var i = 0; i + 1 < names.Count; i++)
        {
            linkages[(names[i], "outbox")] = (names[i + 1], "inbox");
            linkages[(names[i], "signal")] = (names[i + 1], "control");
        }

        var graphline = new Graphline(components, linkages);
        var killer = KillerFor(spec, graphline);
        graph.FeedAll(0, [graphline, source, .. stages, sink]);
        graph.Root = new Rig(With(killer, graphline));
        return graph;
    }

    private static BuiltGraph BuildFanOut(GraphSpec spec)
    {
        var source = new Source(0, spec.Messages, spec.Batch);
        var stages = spec.Stages.Select(Stage).ToArray();
        var branchNames = Enumerable.Range(0, spec.Width).Select(i => $"b{i}").ToArray();
        var fanout = new Fanout(spec.DeadBranch ? [.. branchNames, "dead"] : branchNames);
        var controls = new ControlFan([.. Enumerable.Range(0, spec.Width).Select(i => $"c{i}")]);
        var graph = new BuiltGraph { Fanout = spec.DeadBranch ? fanout : null };
        var killer = KillerFor(spec, source);
        var rig = new Rig();
        var chain = new List<Component> { source };
        chain.AddRange(stages);
        chain.Add(fanout);
        for (var i = 0; i + 1 < chain.Count; i++)
        {
            rig.Chain(chain[i], chain[i + 1]);
        }

        rig.Wire(fanout, "signal", controls, "control");
        var children = new List<Component>(chain) { controls };
        var all = Enumerable.Range(0, spec.Width).ToArray();
        foreach (var component in chain)
        {
            graph.Feeds.Add((component, all));
            graph.BeforeFanout.Add(component);
        }

        for (var i = 0; i < spec.Width; i++)
        {
            var relay = new Relay();
            if (spec.SinkLimit > 0)
            {
                relay.SetInboxSize("inbox", spec.SinkLimit);
            }

            var sink = graph.NewSink(spec, [source]);
            rig.Wire(fanout, $"b{i}", relay, "inbox").Wire(controls, $"c{i}", relay, "control").Chain(relay, sink);
            graph.FeedAll(i, relay, sink);
            children.Add(relay);
            children.Add(sink);
        }

        if (killer is not null)
        {
            children.Add(killer);
        }

        graph.Root = rig.Then(() => true, [.. children]);
        return graph;
    }

    private static BuiltGraph BuildFanIn(GraphSpec spec)
    {
        var sources = Enumerable.Range(0, spec.Width).Select(i => new Source(i, spec.Messages, spec.Batch)).ToList();
        var merge = new Relay();
        if (spec.SinkLimit > 0)
        {
            merge.SetInboxSize("inbox", spec.SinkLimit);
        }

        var stages = spec.Stages.Select(Stage).ToArray();
        var graph = new BuiltGraph();
        var sink = graph.NewSink(spec, sources);
        var rig = new Rig();
        foreach (var source in sources)
        {
            rig.Wire(source, "outbox", merge, "inbox");
        }

        var chain = new List<Component> { merge };
        chain.AddRange(stages);
        chain.Add(sink);
        for (var i = 0; i + 1 < chain.Count; i++)
        {
            rig.Chain(chain[i], chain[i + 1]);
        }

        var closer = new Closer(merge, [.. sources]);
        var killer = KillerFor(spec, [.. sources]);
        graph.FeedAll(0, [.. sources, .. chain]);
        graph.Root = rig.Then(() => true, With(killer, [.. sources, .. chain, closer]));
        return graph;
    }

    private static int s_backplanes;

    private static BuiltGraph BuildBackplane(GraphSpec spec)
    {
        var name = $"reliability-{Interlocked.Increment(ref s_backplanes)}";
        var backplane = new Backplane(name);
        var publishers = 1 + (spec.Batch % 3);
        var sources = Enumerable.Range(0, publishers).Select(i => new Source(i, spec.Messages, spec.Batch)).ToList();
        var pipelines = sources.Select(s => (Component)new Pipeline(s, new PublishTo(name))).ToArray();
        var graph = new BuiltGraph();
        var rig = new Rig();
        var first = new List<Component> { backplane };
        for (var i = 0; i < spec.Width; i++)
        {
            var subscriber = new SubscribeTo(name);
            var sink = graph.NewSink(spec, sources);
            rig.Chain(subscriber, sink);
            graph.FeedAll(i, subscriber, sink);
            first.Add(subscriber);
            first.Add(sink);
        }

        var closer = new Closer(backplane, pipelines);
        var killer = KillerFor(spec, [.. sources]);
        rig.Then(() => true, [.. first]).Then(() => backplane.SubscriberCount == spec.Width, With(killer, [.. pipelines, closer]));
        graph.Root = rig;
        return graph;
    }

    /// <summary>The data messages waiting in a component's inboxes (or taken by its thread and abandoned).</summary>
    public static IEnumerable<Msg> Waiting(Component component)
    {
        foreach (var box in component.Inboxes.Values)
        {
            if (box is Inbox<object> inbox)
            {
                foreach (var message in inbox.Peek().OfType<Msg>())
                {
                    yield return message;
                }
            }
        }

        foreach (var box in component.Outboxes.Values)
        {
            if (box is Outbox<object> outbox)
            {
                foreach (var message in outbox.PeekHeld().OfType<Msg>())
                {
                    yield return message;
                }
            }
        }

        if (component is ThreadedRelay threaded)
        {
            foreach (var message in threaded.Abandoned.OfType<Msg>())
            {
                yield return message;
            }
        }
    }
}
