namespace Axon;

/// <summary>
/// The receiving end of a <see cref="SchedulerChannel"/>: a component on the sink's scheduler that moves messages
/// from the channel's rings into their final inboxes, oldest first across the rings, while the inboxes have room.
/// It is one of each final inbox's producers, so a collection there wakes it as it wakes any producer; it sleeps
/// when nothing comes, woken by the sender at most once per pause, and ends once the sender has ended and
/// everything it sent is delivered. It has no boxes.
/// </summary>
internal sealed class SchedulerLinkReceiver : Component
{
    // How many messages one step delivers at most, so that a fast sender cannot keep its receiver's scheduler from
    // running the rest of its components.
    private const int MessagesPerStep = 4096;

    private readonly SchedulerChannel _channel;

    // The receiver sleeps for want of messages; the sender wakes it only then.
    private readonly CrossThreadWake _waitsForMessages;

    public SchedulerLinkReceiver(SchedulerChannel channel)
    {
        _channel = channel;
        _waitsForMessages = new CrossThreadWake(this);
    }

    /// <summary>The sender: messages came (or it ended). Wakes the receiver if it sleeps for want of them.</summary>
    public void WakeIfWaiting() => _waitsForMessages.WakeIfArmed();

    protected override void CreateBoxes()
    {
        // No boxes: it delivers straight into the inboxes of its channel's links.
    }

    /// <summary>Ended: the inboxes it fed stop counting it among their producers.</summary>
    protected override void OnClosedDown() => LinkGraph.ForgetFeeder(this, _channel.AllFinals());

    protected override bool Step()
    {
        // Read before the rings: once the sender is seen to have ended, everything it sent is visible in them.
        var senderEnded = _channel.SenderEnded;
        var links = _channel.Links;
        if (Deliver(links) > 0)
        {
            return true;
        }

        if (senderEnded && AllEmpty(links))
        {
            return false;
        }

        // Nothing moved: arm the sender's wake-up, then look once more for what it sent before it could see the mark.
        _waitsForMessages.Arm();
        if (Deliver(_channel.Links) > 0)
        {
            _waitsForMessages.Disarm();
            return true;
        }

        Pause();
        return true;
    }

    /// <summary>Delivers, oldest first across the links, until an inbox is full, the links are empty or the step's share is used.</summary>
    private static int Deliver(SchedulerLink[] links)
    {
        var delivered = 0;
        if (links.Length == 1)
        {
            var only = links[0];
            while (delivered < MessagesPerStep && only.TryDeliverOldest())
            {
                delivered++;
            }
        }
        else
        {
            while (delivered < MessagesPerStep && Oldest(links) is { } oldest && oldest.TryDeliverOldest())
            {
                delivered++;
            }
        }

        if (delivered > 0)
        {
            foreach (var link in links)
            {
                link.WakeSenderIfWaiting();
            }
        }

        return delivered;
    }

    /// <summary>The link holding the message sent first.</summary>
    private static SchedulerLink? Oldest(SchedulerLink[] links)
    {
        SchedulerLink? oldest = null;
        var oldestSequence = long.MaxValue;
        foreach (var link in links)
        {
            if (link.TryPeekSequence(out var sequence) && sequence < oldestSequence)
            {
                oldest = link;
                oldestSequence = sequence;
            }
        }

        return oldest;
    }

    private static bool AllEmpty(SchedulerLink[] links)
    {
        foreach (var link in links)
        {
            if (link.TryPeekSequence(out _))
            {
                return false;
            }
        }

        return true;
    }
}
