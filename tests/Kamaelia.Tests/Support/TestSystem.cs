namespace Kamaelia.Tests.Support;

/// <summary>
/// The test rig: a parent that makes the links the test asks for, adopts and activates the children, and ends
/// when they all have. Messages for a component under test are usually delivered straight into its boxes.
/// </summary>
internal sealed class TestSystem : Component
{
    private readonly Component[] _children;
    private readonly List<((Component Component, string Box) From, (Component Component, string Box) To)> _wires = [];

    public TestSystem(params Component[] children) => _children = children;

    /// <summary>Links an outbox to an inbox when the system starts.</summary>
    public TestSystem Wire(Component from, string outbox, Component to, string inbox)
    {
        _wires.Add(((from, outbox), (to, inbox)));
        return this;
    }

    /// <summary>Links "outbox" to "inbox" and "signal" to "control".</summary>
    public TestSystem Chain(Component from, Component to) => Wire(from, "outbox", to, "inbox").Wire(from, "signal", to, "control");

    /// <summary>Builds the system <c>source → component → sink</c> (data and signal) and activates it.</summary>
    public static TestSystem Around(Scheduler scheduler, Component component, Component sink)
    {
        var system = new TestSystem(component, sink).Chain(component, sink);
        system.Activate(scheduler);
        return system;
    }

    protected override IEnumerable<object?> Main()
    {
        foreach (var (from, to) in _wires)
        {
            Link(from, to);
        }

        AddChildren(_children);
        yield return new NewComponent(_children);
        while (!ChildrenDone())
        {
            Pause();
            yield return null;
        }
    }
}
