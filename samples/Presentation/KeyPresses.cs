using Axon;

namespace Presentation;

/// <summary>Where key presses come from: the keyboard, or a script when there is no terminal.</summary>
public static class KeyPresses
{
    /// <summary>The backplane the buttons listen to.</summary>
    public const string Backplane = "keys";
}

/// <summary>
/// Reads key presses from the terminal on its own thread and sends each as a char; 'q' or Escape ends it
/// with ProducerFinished.
/// </summary>
[Inbox("inbox", "Not used")]
[Inbox("control", "Not used")]
[Outbox<object>("outbox", "Key presses")]
[Outbox("signal", "ProducerFinished when the user quits")]
public sealed partial class Keyboard : ThreadedComponent
{
    /// <inheritdoc />
    protected override void ThreadMain()
    {
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            var pressed = key.Key switch
            {
                ConsoleKey.RightArrow or ConsoleKey.Spacebar => 'n',
                ConsoleKey.LeftArrow => 'p',
                ConsoleKey.Home => 'f',
                ConsoleKey.End => 'l',
                ConsoleKey.Escape => 'q',
                _ => key.KeyChar,
            };
            if (pressed == 'q')
            {
                Signal.Send(new ProducerFinished(this));
                return;
            }

            Outbox.Send(pressed);
        }
    }
}

/// <summary>
/// Plays a fixed sequence of key presses, one per step, once every button listens; then ProducerFinished.
/// </summary>
[Inbox("inbox", "Not used")]
[Inbox("control", "Not used")]
[Outbox<object>("outbox", "Key presses")]
[Outbox("signal", "ProducerFinished after the last press")]
public sealed partial class ScriptedKeys(string presses, Func<bool> listenersReady) : Component
{
    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        // Published key presses are not replayed, so wait until the buttons have subscribed.
        while (!listenersReady())
        {
            yield return null;
        }

        foreach (var press in presses)
        {
            Outbox.Send(press);
            yield return null;
        }

        Signal.Send(new ProducerFinished(this));
    }
}
