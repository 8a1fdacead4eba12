using Axon;

namespace Kamaelia.Chassis;

/// <summary>
/// A named publish/subscribe hub: <see cref="PublishTo"/> components send to it by name, and every
/// <see cref="SubscribeTo"/> of the same name receives everything published after it joined. The name is
/// registered when the Backplane is created (so publishers and subscribers may start in any order after
/// that) and released when it ends. ProducerFinished or ShutdownMicroprocess on its "control" ends it and
/// reaches every subscriber.
/// </summary>
[Inbox("inbox", "Published like a PublishTo's input")]
[Inbox("control", "ProducerFinished or ShutdownMicroprocess end the Backplane and its subscribers")]
[Outbox("outbox", "Not used")]
[Outbox("signal", "The shutdown message, when the Backplane ends")]
public sealed partial class Backplane : Component
{
    private readonly PlugSplitter _splitter = new();
    private readonly CoordinatingAssistantTracker _tracker;

    /// <summary>Creates the backplane and registers its name; a name in use throws <see cref="ServiceAlreadyExistsException"/>.</summary>
    public Backplane(string name, CoordinatingAssistantTracker? tracker = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        BackplaneName = name;
        _tracker = tracker ?? CoordinatingAssistantTracker.Default;
        Tracker = _tracker;
        _tracker.RegisterService(InputService(name), _splitter, "inbox");
        try
        {
            _tracker.RegisterService(OutputService(name), _splitter, "configuration");
        }
        catch
        {
            _tracker.DeregisterService(InputService(name));
            throw;
        }
    }

    /// <summary>The name publishers and subscribers use.</summary>
    public string BackplaneName { get; }

    /// <summary>How many subscribers are plugged in now (published data reaches only these).</summary>
    public int SubscriberCount => _splitter.DataSinkCount;

    internal static string InputService(string name) => "Backplane_I_" + name;

    internal static string OutputService(string name) => "Backplane_O_" + name;

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        try
        {
            Link((this, "inbox"), (_splitter, "inbox"), Passthrough.Inward);
            Link((this, "control"), (_splitter, "control"), Passthrough.Inward);
            Link((_splitter, "signal"), (this, "signal"), Passthrough.Outward);
            AddChildren(_splitter);
            yield return new NewComponent(_splitter);
            while (!ChildrenDone())
            {
                Pause();
                yield return null;
            }
        }
        finally
        {
            _tracker.DeregisterService(InputService(BackplaneName));
            _tracker.DeregisterService(OutputService(BackplaneName));
        }
    }
}
