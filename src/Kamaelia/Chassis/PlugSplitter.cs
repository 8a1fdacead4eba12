using Axon;

namespace Kamaelia.Chassis;

/// <summary>
/// One source, many sinks: everything arriving on "inbox" (or from the source child's outbox) is sent on
/// "outbox" and to every data sink; everything on "control" (or the source child's signal) on "signal" and to
/// every control sink. Sinks come and go with <see cref="AddSink"/> / <see cref="RemoveSink"/> messages on
/// "configuration". Every sink gets the same object. A full sink holds the splitter back: it takes the next
/// message only when every sink has room, so nothing is dropped, and control messages wait behind the data
/// queued before them (except ShutdownMicroprocess, passed on at once). Without a source child it ends on
/// ProducerFinished or ShutdownMicroprocess (after passing it on); with one, when the child ends and its
/// data has been passed on.
/// </summary>
[Inbox("inbox", "Data to copy to every sink")]
[Inbox("control", "Control messages to copy to every control sink")]
[Inbox("configuration", "AddSink and RemoveSink requests")]
[Inbox("_inbox", "Data from the source child")]
[Inbox("_control", "Control from the source child")]
[Outbox("outbox", "Every data message")]
[Outbox("signal", "Every control message")]
[DynamicBoxes]
public sealed partial class PlugSplitter : Component
{
    private readonly Component? _source;
    private readonly Dictionary<(Component Sink, string Box), Box> _dataSinks = [];
    private readonly Dictionary<(Component Sink, string Box), Box> _controlSinks = [];
    private readonly Dictionary<Box, Linkage> _sinkLinks = [];

    /// <summary>Creates the splitter, optionally around a source child whose output it splits.</summary>
    public PlugSplitter(Component? source = null)
    {
        if (source is not null)
        {
            StandardBoxes.Require(source, nameof(PlugSplitter), "outbox", "signal");
        }

        _source = source;
    }

    /// <summary>How many data sinks are attached.</summary>
    public int DataSinkCount => _dataSinks.Count;

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        if (_source is not null)
        {
            Link((_source, "outbox"), (this, "_inbox"));
            Link((_source, "signal"), (this, "_control"));
            AddChildren(_source);
            yield return new NewComponent(_source);
        }

        try
        {
            while (true)
            {
                while (Configuration.TryRecv(out var request))
                {
                    Configure(request);
                }

                SplitData(Inbox);
                SplitData(_Inbox);

                // Control messages follow the data queued before them: while a full sink holds data back, they
                // wait too (so ProducerFinished never overtakes, and never drops, that data). ShutdownMicroprocess
                // means "stop now" and is passed on at once.
                var dataWaiting = DataWaiting;
                if ((!dataWaiting || PeekShutdownMicroprocess(Control) is not null) && SplitControl(Control) && _source is null)
                {
                    yield break;
                }

                if (!dataWaiting || PeekShutdownMicroprocess(_Control) is not null)
                {
                    SplitControl(_Control);
                }

                if (_source is not null && ChildrenDone() && !DataWaiting && _Control.Count == 0)
                {
                    yield break;
                }

                var controlWaiting = Control.Count > 0 || _Control.Count > 0;
                if (Configuration.Count == 0 && !(controlWaiting && !DataWaiting) && !(CanSplit && DataWaiting))
                {
                    Pause();
                }

                yield return null;
            }
        }
        finally
        {
            foreach (var box in _sinkLinks.Keys.ToArray())
            {
                Detach(box);
            }
        }
    }

    private bool CanSplit => !Outbox.IsFull && _dataSinks.Values.All(b => !b.IsFull);

    private bool DataWaiting => Inbox.Count > 0 || _Inbox.Count > 0;

    private void SplitData(Inbox<object> source)
    {
        while (CanSplit && source.TryRecv(out var message))
        {
            if (Outbox.Target is not null)
            {
                Outbox.Send(message);
            }

            foreach (var sink in _dataSinks.Values)
            {
                Send(message, sink.Name);
            }
        }
    }

    /// <summary>Passes control messages on; true when one was a shutdown signal.</summary>
    private bool SplitControl(Inbox<object> source)
    {
        var shutdown = false;
        while (source.TryRecv(out var message))
        {
            if (Signal.Target is not null)
            {
                Signal.Send(message);
            }

            foreach (var sink in _controlSinks.Values)
            {
                Send(message, sink.Name);
            }

            shutdown |= message is ShutdownSignal;
        }

        return shutdown;
    }

    private void Configure(object request)
    {
        switch (request)
        {
            case AddSink add:
                if (add.SinkBox is { } dataBox && !_dataSinks.ContainsKey((add.Sink, dataBox)))
                {
                    _dataSinks[(add.Sink, dataBox)] = Attach("outbox", add.Sink, dataBox);
                }

                if (add.SinkControl is { } controlBox && !_controlSinks.ContainsKey((add.Sink, controlBox)))
                {
                    _controlSinks[(add.Sink, controlBox)] = Attach("signal", add.Sink, controlBox);
                }

                break;
            case RemoveSink remove:
                if (remove.SinkBox is { } removedData && _dataSinks.Remove((remove.Sink, removedData), out var dataOutbox))
                {
                    Detach(dataOutbox);
                }

                if (remove.SinkControl is { } removedControl && _controlSinks.Remove((remove.Sink, removedControl), out var controlOutbox))
                {
                    Detach(controlOutbox);
                }

                break;
            default:
                throw new ArgumentException($"{Name} takes AddSink and RemoveSink on \"configuration\", not {request?.GetType().Name ?? "null"}.");
        }
    }

    private Box Attach(string prefix, Component sink, string sinkBox)
    {
        var outbox = AddOutbox<object>(prefix);
        _sinkLinks[outbox] = Link((this, outbox.Name), (sink, sinkBox));
        return outbox;
    }

    private void Detach(Box outbox)
    {
        if (_sinkLinks.Remove(outbox, out var linkage))
        {
            Unlink(linkage: linkage);
        }

        DeleteOutbox(outbox.Name);
    }
}
