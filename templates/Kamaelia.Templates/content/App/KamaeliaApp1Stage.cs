using Axon;

namespace Company.KamaeliaApp1;

/// <summary>The pipeline's stage: sends each line it receives on in capitals.</summary>
/// <remarks>
/// The attributes declare the component's boxes and their types. From them and the [Handles] method the
/// Kamaelia.Gen generator writes the typed accessors (<c>Outbox</c>, <c>Signal</c>...) and the component's loop,
/// which stops the Kamaelia way: on ProducerFinished it handles the lines already received, passes the signal on
/// and ends.
/// </remarks>
[Inbox<string>("inbox", "Lines to transform")]
[Inbox("control", "ProducerFinished or ShutdownMicroprocess stops the stage")]
[Outbox<string>("outbox", "The lines in capitals")]
[Outbox("signal", "The shutdown signal, passed on")]
internal sealed partial class KamaeliaApp1Stage : Component
{
    [Handles("inbox")]
    private void OnLine(string line) => Outbox.Send(line.ToUpperInvariant());
}
