namespace Kamaelia.Http.Tests.Components;

/// <summary>A component without the standard "outbox", which a handler graph needs.</summary>
[Inbox("inbox")]
[Inbox("control")]
[Outbox("signal")]
public sealed partial class NoOutbox : Component
{
    protected override IEnumerable<object?> Main()
    {
        yield break;
    }
}
