using Axon;

namespace MyComponentSample;

/// <summary>
/// The same component in handler style: one method per inbox; the generator writes the main loop, including
/// the shutdown convention (finish queued data on ProducerFinished, forward the signal, stop).
/// </summary>
[Inbox<string>("inbox", "some data in")]
[Inbox("control", "stops the component")]
[Outbox<string>("outbox", "some data out")]
[Outbox("signal", "Shutdown signal")]
public partial class MyHandlerComponent : Component
{
    [Handles("inbox")]
    private void OnData(string data) => Outbox.Send(data);
}
