namespace Axon;

public abstract partial class Component
{
    // The links this component made, in the first _linkageCount entries: an array grown by doubling rather
    // than a List, one object less per linking component. Made on the first link.
    private Linkage[]? _linkages;
    private int _linkageCount;

    /// <summary>The links this component made and still owns.</summary>
    public IReadOnlyList<Linkage> Linkages => _linkages is null ? [] : _linkages.AsSpan(0, _linkageCount).ToArray();

    /// <summary>
    /// Links two boxes by name (Axon's <c>link</c>), and owns the link. <paramref name="passthrough"/> says which
    /// kinds of box: outbox to inbox (<see cref="Passthrough.None"/>), a parent's inbox to a child's inbox
    /// (<see cref="Passthrough.Inward"/>) or a child's outbox to a parent's outbox (<see cref="Passthrough.Outward"/>).
    /// Any component may link any two others.
    /// </summary>
    public Linkage Link((Component Component, string Box) source, (Component Component, string Box) sink, Passthrough passthrough = Passthrough.None)
    {
        ArgumentNullException.ThrowIfNull(source.Component);
        ArgumentNullException.ThrowIfNull(sink.Component);
        var sourceBox = passthrough == Passthrough.Inward
            ? source.Component.GetInbox(source.Box)
            : LinkSourceOutbox(source.Component, source.Box);
        var sinkBox = passthrough == Passthrough.Outward
            ? sink.Component.GetOutbox(sink.Box)
            : LinkSinkInbox(sink.Component, sink.Box, passthrough);
        return LinkBoxes(sourceBox, sinkBox, passthrough);
    }

    /// <summary>Links an outbox to an inbox; the C# compiler checks that the outbox's messages fit the inbox.</summary>
    public Linkage Link<TOut, TIn>(Outbox<TOut> source, Inbox<TIn> sink)
        where TOut : TIn
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(sink);
        return LinkBoxes(source, sink, Passthrough.None);
    }

    /// <summary>Forwards a parent's inbox into a child's inbox (an inward passthrough).</summary>
    public Linkage Link<TOut, TIn>(Inbox<TOut> source, Inbox<TIn> sink)
        where TOut : TIn
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(sink);
        return LinkBoxes(source, sink, Passthrough.Inward);
    }

    /// <summary>Forwards a child's outbox out through a parent's outbox (an outward passthrough).</summary>
    public Linkage Link<TOut, TIn>(Outbox<TOut> source, Outbox<TIn> sink)
        where TOut : TIn
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(sink);
        return LinkBoxes(source, sink, Passthrough.Outward);
    }

    /// <summary>
    /// Removes links this component owns: the given one, and every one with <paramref name="component"/> at
    /// either end. Links made by other components are untouched; unknown links are ignored.
    /// </summary>
    public void Unlink(Component? component = null, Linkage? linkage = null) => OnSchedulerThread(() => UnlinkOwned(component, linkage));

    private bool UnlinkOwned(Component? component, Linkage? linkage)
    {
        if (_linkages is null)
        {
            return true;
        }

        if (linkage is not null && RemoveOwnedLinkage(linkage))
        {
            Disconnect(linkage);
        }

        if (component is not null)
        {
            foreach (var owned in _linkages.AsSpan(0, _linkageCount).ToArray())
            {
                if ((ReferenceEquals(owned.Source, component) || ReferenceEquals(owned.Sink, component)) && RemoveOwnedLinkage(owned))
                {
                    Disconnect(owned);
                }
            }
        }

        return true;
    }

    private bool RemoveOwnedLinkage(Linkage linkage)
    {
        var position = Array.IndexOf(_linkages!, linkage, 0, _linkageCount);
        if (position < 0)
        {
            return false;
        }

        Array.Copy(_linkages!, position + 1, _linkages!, position, _linkageCount - position - 1);
        _linkages![--_linkageCount] = null!;
        return true;
    }

    /// <summary>Removes every link this component owns (done automatically when it ends).</summary>
    public void UnlinkAll()
    {
        if (_linkages is null)
        {
            return;
        }

        var owned = _linkages.AsSpan(0, _linkageCount).ToArray();
        _linkages = null;
        _linkageCount = 0;
        foreach (var linkage in owned)
        {
            Disconnect(linkage);
        }
    }

    private Linkage LinkBoxes(Box sourceBox, Box sinkBox, Passthrough passthrough) => OnSchedulerThread(() =>
    {
        LinkGraph.Connect(sourceBox, sinkBox);
        var linkage = new Linkage(this, sourceBox, sinkBox, passthrough);
        _linkages ??= new Linkage[2];
        if (_linkageCount == _linkages.Length)
        {
            Array.Resize(ref _linkages, _linkageCount * 2);
        }

        _linkages[_linkageCount++] = linkage;
        return linkage;
    });

    private static void Disconnect(Linkage linkage)
    {
        if (linkage.IsActive)
        {
            linkage.IsActive = false;
            LinkGraph.Disconnect(linkage.SourceBox);
        }
    }

    private static Box LinkSourceOutbox(Component component, string name)
    {
        if (component.FindBox(name, BoxDirection.Outbox) is { } box)
        {
            return box;
        }

        throw new UnknownBoxException(component, name, BoxDirection.Outbox,
            component.FindBox(name, BoxDirection.Inbox) is not null ? $"'{name}' is an inbox: to forward an inbox to a child, link with Passthrough.Inward." : null);
    }

    private static Box LinkSinkInbox(Component component, string name, Passthrough passthrough)
    {
        if (component.FindBox(name, BoxDirection.Inbox) is { } box)
        {
            return box;
        }

        var hint = component.FindBox(name, BoxDirection.Outbox) is not null && passthrough == Passthrough.None
            ? $"'{name}' is an outbox: to send a child's outbox out through a parent's, link with Passthrough.Outward."
            : null;
        throw new UnknownBoxException(component, name, BoxDirection.Inbox, hint);
    }
}
