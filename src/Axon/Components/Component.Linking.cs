namespace Axon;

public abstract partial class Component
{
    private List<Linkage>? _linkages; // made on the first link this component makes

    /// <summary>The links this component made and still owns.</summary>
    public IReadOnlyList<Linkage> Linkages => (IReadOnlyList<Linkage>?)_linkages ?? [];

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

        if (linkage is not null && _linkages.Remove(linkage))
        {
            Disconnect(linkage);
        }

        if (component is not null)
        {
            foreach (var owned in _linkages.Where(l => ReferenceEquals(l.Source, component) || ReferenceEquals(l.Sink, component)).ToArray())
            {
                _linkages.Remove(owned);
                Disconnect(owned);
            }
        }

        return true;
    }

    /// <summary>Removes every link this component owns (done automatically when it ends).</summary>
    public void UnlinkAll()
    {
        if (_linkages is null)
        {
            return;
        }

        var owned = _linkages.ToArray();
        _linkages.Clear();
        foreach (var linkage in owned)
        {
            Disconnect(linkage);
        }
    }

    private Linkage LinkBoxes(Box sourceBox, Box sinkBox, Passthrough passthrough) => OnSchedulerThread(() =>
    {
        LinkGraph.Connect(sourceBox, sinkBox);
        var linkage = new Linkage(this, sourceBox, sinkBox, passthrough);
        (_linkages ??= []).Add(linkage);
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
        if (component._outboxes.TryGetValue(name, out var box))
        {
            return box;
        }

        throw new UnknownBoxException(component, name, BoxDirection.Outbox,
            component._inboxes.ContainsKey(name) ? $"'{name}' is an inbox: to forward an inbox to a child, link with Passthrough.Inward." : null);
    }

    private static Box LinkSinkInbox(Component component, string name, Passthrough passthrough)
    {
        if (component._inboxes.TryGetValue(name, out var box))
        {
            return box;
        }

        var hint = component._outboxes.ContainsKey(name) && passthrough == Passthrough.None
            ? $"'{name}' is an outbox: to send a child's outbox out through a parent's, link with Passthrough.Outward."
            : null;
        throw new UnknownBoxException(component, name, BoxDirection.Inbox, hint);
    }
}
