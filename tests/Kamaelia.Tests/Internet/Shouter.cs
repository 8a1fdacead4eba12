namespace Kamaelia.Tests.Internet;

/// <summary>A handler-style protocol (the generator writes its loop): sends back what it receives in capitals.</summary>
[Inbox<byte[]>("inbox", "ASCII bytes from the peer")]
[Inbox("control", "Shutdown signals")]
[Outbox<byte[]>("outbox", "The same bytes in capitals")]
[Outbox("signal", "The shutdown signal")]
internal sealed partial class Shouter : Component
{
    [Handles("inbox")]
    private void OnData(byte[] data) => Outbox.Send([.. data.Select(b => b is >= (byte)'a' and <= (byte)'z' ? (byte)(b - 32) : b)]);
}
