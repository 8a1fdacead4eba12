namespace Kamaelia.Tests.Internet;

/// <summary>A protocol handler that stops the whole server, through "serversignal", when the peer sends anything.</summary>
[Inbox<byte[]>("inbox", "Any bytes stop the server")]
[Inbox("control", "Shutdown signals")]
[Outbox<byte[]>("outbox", "Not used")]
[Outbox("signal", "The shutdown signal")]
[Outbox("serversignal", "ShutdownMicroprocess for the server")]
internal sealed partial class ServerStopper : Component
{
    protected override IEnumerable<object?> Main()
    {
        while (true)
        {
            if (Inbox.TryRecv(out _))
            {
                Serversignal.Send(new ShutdownMicroprocess());
            }

            if (Control.TryRecv(out var message) && message is ShutdownSignal signal)
            {
                Signal.Send(signal);
                yield break;
            }

            if (!AnyReady())
            {
                Pause();
            }

            yield return null;
        }
    }
}
