using Axon;
using Kamaelia.Chassis;

namespace Presentation;

/// <summary>
/// A button pressed from the keyboard: it listens to the key presses published on the "keys" backplane and
/// sends its message on "outbox" whenever its key is pressed. It ends when told to on "control" or when the
/// key presses end.
/// </summary>
[Inbox("inbox", "Not used")]
[Inbox("control", "Shutdown signals")]
[Inbox<object>("_keys", "Key presses from the keys backplane")]
[Inbox<object>("_keysDone", "The end of the key presses")]
[Outbox<string>("outbox", "The button's message, on every press")]
[Outbox("signal", "The shutdown signal")]
[Outbox("_stopKeys", "Ends the subscription")]
public sealed partial class Button(string caption, string msg, char key) : Component
{
    /// <summary>The button's label.</summary>
    public string Caption { get; } = caption;

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        var keys = new SubscribeTo(KeyPresses.Backplane);
        Link((keys, "outbox"), (this, "_keys"));
        Link((keys, "signal"), (this, "_keysDone"));
        Link((this, "_stopKeys"), (keys, "control"));
        AddChildren(keys);
        yield return new NewComponent(keys);

        while (true)
        {
            while (_Keys.TryRecv(out var pressed))
            {
                if (pressed is char c && char.ToLowerInvariant(c) == key)
                {
                    Outbox.Send(msg);
                }
            }

            if (Control.TryRecv(out var control) && control is ShutdownSignal signal)
            {
                _StopKeys.Send(new ShutdownMicroprocess());
                Signal.Send(signal);
                yield break;
            }

            if (_KeysDone.TryRecv(out var done) && done is ShutdownSignal ended)
            {
                Signal.Send(ended);
                yield break;
            }

            Pause();
            yield return null;
        }
    }
}
