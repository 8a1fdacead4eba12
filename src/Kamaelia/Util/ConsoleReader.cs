using Axon;

namespace Kamaelia.Util;

/// <summary>
/// Reads lines from the console (or another reader) on its own thread and sends each one, with the end-of-line
/// text appended, on "outbox". At the end of the input it sends ProducerFinished on "signal" and ends; a
/// shutdown signal on "control" ends it after the line being read.
/// </summary>
[Inbox("inbox", "Not used")]
[Inbox("control", "Shutdown signals")]
[Outbox<string>("outbox", "Each line read")]
[Outbox("signal", "ProducerFinished at the end of the input, or the shutdown signal received")]
public sealed partial class ConsoleReader : ThreadedComponent
{
    /// <summary>Creates the reader.</summary>
    /// <param name="prompt">Written before each line is read (nothing when the input is redirected).</param>
    /// <param name="eol">Appended to every line sent.</param>
    /// <param name="input">Where to read; the console when null.</param>
    /// <param name="promptOutput">Where the prompt goes; the console when null.</param>
    public ConsoleReader(string prompt = ">>> ", string eol = "\n", TextReader? input = null, TextWriter? promptOutput = null)
    {
        Prompt = prompt ?? string.Empty;
        Eol = eol ?? string.Empty;
        Input = input ?? Console.In;
        PromptOutput = promptOutput ?? Console.Out;
        ShowPrompt = input is not null || !Console.IsInputRedirected;
    }

    /// <summary>Written before each line.</summary>
    public string Prompt { get; }

    /// <summary>Appended to each line.</summary>
    public string Eol { get; }

    private TextReader Input { get; }

    private TextWriter PromptOutput { get; }

    private bool ShowPrompt { get; }

    /// <inheritdoc />
    protected override void ThreadMain()
    {
        while (true)
        {
            if (ShowPrompt && Prompt.Length > 0)
            {
                PromptOutput.Write(Prompt);
                PromptOutput.Flush();
            }

            var line = Input.ReadLine();
            if (line is null)
            {
                SendWhenRoom(new ProducerFinished(this), Signal);
                return;
            }

            SendWhenRoom(line + Eol, Outbox);
            // On the reader's own thread: the shutdown members of Component belong to the scheduler's thread, and a
            // reader has nothing queued to finish, so either signal ends it after the line read.
            if (Control.TryRecv(out var control) && control is ShutdownSignal)
            {
                SendWhenRoom(control, Signal);
                return;
            }
        }
    }

    /// <summary>Waits for room in the queue to the scheduler rather than dropping a line.</summary>
    private void SendWhenRoom<T>(T message, Outbox<T> outbox)
    {
        while (!outbox.TrySend(message))
        {
            Pause(TimeSpan.FromMilliseconds(100));
        }
    }
}
