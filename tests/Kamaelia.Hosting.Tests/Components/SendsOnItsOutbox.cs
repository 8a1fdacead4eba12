namespace Kamaelia.Hosting.Tests.Components;

/// <summary>Sends one message on "outbox", whatever is linked to it, then sleeps until a control message arrives.</summary>
internal sealed class SendsOnItsOutbox : Component
{
    protected override IEnumerable<object?> Main()
    {
        Send("is anyone there?", "outbox");
        while (DataReady("control") == 0)
        {
            Pause();
            yield return null;
        }
    }
}
