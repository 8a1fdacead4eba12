using Axon;

namespace Kamaelia.Util;

/// <summary>Sends one message on "outbox", then ProducerFinished on "signal", and ends.</summary>
/// <typeparam name="T">The message's type, carried by "outbox".</typeparam>
public partial class OneShot<T> : Component
{
    private readonly T _message;

    /// <summary>Creates the component.</summary>
    public OneShot(T message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _message = message;
    }

    /// <summary>Not used.</summary>
    [Inbox("inbox", "Not used", Optional = true)]
    public partial Inbox<object> Inbox { get; }

    /// <summary>Not used.</summary>
    [Inbox("control", "Not used")]
    public partial Inbox<object> Control { get; }

    /// <summary>The message.</summary>
    [Outbox("outbox", "The message")]
    public partial Outbox<T> Outbox { get; }

    /// <summary>ProducerFinished.</summary>
    [Outbox("signal", "ProducerFinished")]
    public partial Outbox<object> Signal { get; }

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        while (!Outbox.TrySend(_message))
        {
            Pause();
            yield return null;
        }

        Signal.Send(new ProducerFinished(this));
    }
}
