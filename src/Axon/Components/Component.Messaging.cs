namespace Axon;

public abstract partial class Component
{
    /// <summary>
    /// Sends a message on the named outbox (Axon's <c>send</c>): it is delivered at once into the final inbox
    /// of the outbox's chain. The message must suit the box's element type.
    /// </summary>
    public void Send(object? message, string outbox = "outbox") => GetOutbox(outbox).SendObject(message);

    /// <summary>Takes the oldest message from the named inbox; <see cref="EmptyInboxException"/> when empty.</summary>
    public object? Recv(string inbox = "inbox") => GetInbox(inbox).RecvObject();

    /// <summary>Takes the oldest message from the named inbox if there is one.</summary>
    public bool TryRecv(string inbox, out object? message) => GetInbox(inbox).TryRecvObject(out message);

    /// <summary>How many messages wait in the named inbox (0 for an inbox that forwards to a child).</summary>
    public int DataReady(string inbox = "inbox") => GetInbox(inbox).Count;

    /// <summary>True when any inbox holds a message.</summary>
    public bool AnyReady() => FirstReadyInbox() is not null;

    /// <summary>The name of the first inbox, in declaration order, that holds a message; null if none does.</summary>
    public string? FirstReadyInbox()
    {
        for (var i = 0; i < _boxCount; i++)
        {
            var box = _boxes[i];
            if (box.Direction == BoxDirection.Inbox && box.Count > 0)
            {
                return box.Name;
            }
        }

        return null;
    }

    /// <summary>
    /// Puts a message into the named inbox as if it had been sent there (through any forwarding). Meant for
    /// tests and for code that feeds a component from outside the system; prefer links.
    /// </summary>
    public void Deliver(object? message, string inbox = "inbox") => GetInbox(inbox).SendObject(message);

    /// <summary>Sets (or with null removes) the size limit of the named inbox.</summary>
    public void SetInboxSize(string inbox, int? size) => GetInbox(inbox).SetSizeLimit(size);
}
