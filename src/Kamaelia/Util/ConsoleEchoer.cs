using Axon;

namespace Kamaelia.Util;

/// <summary>
/// Writes every message it receives to the console (or another writer), as text; as a forwarder it also sends
/// each message on. On ProducerFinished it writes what is still queued, forwards the signal and ends; on
/// ShutdownMicroprocess it forwards the signal and ends at once.
/// </summary>
[Inbox("inbox", "Messages to write")]
[Inbox("control", "Shutdown signals")]
[Outbox("outbox", "The messages, when a forwarder", Optional = true)]
[Outbox("signal", "The shutdown signal")]
public sealed partial class ConsoleEchoer : Component
{
    /// <summary>Creates the echoer.</summary>
    /// <param name="forwarder">When true, every message is also sent on "outbox".</param>
    /// <param name="tag">Text written before each message.</param>
    /// <param name="output">Where to write; the console when null.</param>
    public ConsoleEchoer(bool forwarder = false, string tag = "", TextWriter? output = null)
    {
        Forwarder = forwarder;
        Tag = tag ?? string.Empty;
        Output = output ?? Console.Out;
    }

    /// <summary>True when messages are also sent on.</summary>
    public bool Forwarder { get; }

    /// <summary>Text written before each message.</summary>
    public string Tag { get; }

    /// <summary>Where messages are written.</summary>
    public TextWriter Output { get; }

    [Handles("inbox")]
    private void OnMessage(object message)
    {
        Output.Write(Tag);
        Output.Write(message);
        if (Forwarder)
        {
            Outbox.Send(message);
        }
    }

    partial void OnShutdown() => Output.Flush();
}
