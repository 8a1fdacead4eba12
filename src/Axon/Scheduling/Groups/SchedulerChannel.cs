namespace Axon;

/// <summary>
/// Everything one component sends through its links to one neighbouring component (the one its boxes are linked to)
/// whose chains end on another scheduler: its links (one ring each, kept until the sender ends, so that a link
/// retired while the sender's thread may still be writing to it is still drained), the order of the messages across
/// them, and the receiver on that scheduler that delivers them in that order. Keyed by the neighbour rather than by
/// the final inbox, so that when the neighbour relinks its inbox onward (a Pipeline linking to its first stage) the
/// old and the new link keep one order. The sender
/// tells the receiver once per pass that messages came (<see cref="Scheduler"/> signals the channels written in a
/// pass at its end), not once per message.
/// </summary>
internal sealed class SchedulerChannel
{
    // Copied on write (linking adds, the receiver lets retired links go), so the receiver reads it without a lock.
    private readonly object _linksGate = new();
    private SchedulerLink[] _links = [];
    private long _nextSequence;
    private bool _listedForSignal;
    private bool _receiverActivated;
    private volatile bool _senderEnded;

    public SchedulerChannel(Component sender, Scheduler sinkScheduler)
    {
        Sender = sender;
        SinkScheduler = sinkScheduler;
        Receiver = new SchedulerLinkReceiver(this);
    }

    public Component Sender { get; }

    public Scheduler SinkScheduler { get; }

    public SchedulerLinkReceiver Receiver { get; }

    /// <summary>The links, as the receiver reads them.</summary>
    public SchedulerLink[] Links => Volatile.Read(ref _links);

    /// <summary>True once the sender has ended: nothing more will come.</summary>
    public bool SenderEnded => _senderEnded;

    // Every inbox a link of this channel has delivered to, retired links' too: the receiver feeds them all until it ends.
    private readonly List<Box> _finals = [];

    public void Add(SchedulerLink link)
    {
        lock (_linksGate)
        {
            Volatile.Write(ref _links, [.. _links, link]);
            if (!_finals.Contains(link.Final))
            {
                _finals.Add(link.Final);
            }
        }
    }

    /// <summary>Every inbox this channel's links deliver, or delivered, to.</summary>
    public Box[] AllFinals()
    {
        lock (_linksGate)
        {
            return [.. _finals];
        }
    }

    public long PeekNextSequence() => _nextSequence;

    /// <summary>A message went into one of the links: at the end of the sender's pass the receiver hears of it.</summary>
    public void Sent()
    {
        _nextSequence++;
        if (_listedForSignal)
        {
            return;
        }

        if (Sender.Scheduler is { InPass: true } scheduler)
        {
            _listedForSignal = true;
            scheduler.SignalAtEndOfPass(this);
        }
        else
        {
            Signal();
        }
    }

    /// <summary>The sender's scheduler, at the end of a pass in which messages were sent: one wake for the batch.</summary>
    public void Signal()
    {
        _listedForSignal = false;
        if (!_receiverActivated)
        {
            // Made on the first message, so a link that never carries one costs its scheduler nothing.
            _receiverActivated = true;
            Receiver.Activate(SinkScheduler);
            return;
        }

        Receiver.WakeIfWaiting();
    }

    /// <summary>The sender has ended (its close-down, on its scheduler's thread): the receiver ends once it has delivered everything.</summary>
    public void SenderHasEnded()
    {
        _senderEnded = true;
        if (_receiverActivated)
        {
            Receiver.WakeIfWaiting();
        }
    }
}
