using Axon;

namespace Company.KamaeliaApp1;

/// <summary>Takes each message from "inbox" and sends the result on "outbox".</summary>
/// <remarks>
/// The generator writes the component's loop from the [Handles] method: it reads "control" first, and on
/// ProducerFinished handles the messages already received, passes the signal on "signal" and ends; on
/// ShutdownMicroprocess it passes the signal on and ends at once.
/// </remarks>
[Inbox<TMessage>("inbox", "Messages to handle")]
[Inbox("control", "ProducerFinished or ShutdownMicroprocess stops the component")]
[Outbox<TMessage>("outbox", "The results")]
[Outbox("signal", "The shutdown signal, passed on")]
internal sealed partial class Component1 : Component
{
    // Called once for each message on "inbox", in the order they arrive: the component's work goes here.
    [Handles("inbox")]
    private void OnMessage(TMessage message) => Outbox.Send(message);
}
