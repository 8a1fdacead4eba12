namespace Axon;

public abstract partial class Component
{
    private readonly Dictionary<string, Box> _inboxes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Box> _outboxes = new(StringComparer.Ordinal);
    private Box[] _inboxList = [];

    /// <summary>The component's inboxes by name.</summary>
    public IReadOnlyDictionary<string, Box> Inboxes => _inboxes;

    /// <summary>The component's outboxes by name.</summary>
    public IReadOnlyDictionary<string, Box> Outboxes => _outboxes;

    /// <summary>The inboxes as the concrete dictionary, so that hot loops enumerate without allocating.</summary>
    internal Dictionary<string, Box> InboxTable => _inboxes;

    /// <summary>The outboxes as the concrete dictionary, so that hot loops enumerate without allocating.</summary>
    internal Dictionary<string, Box> OutboxTable => _outboxes;

    /// <summary>
    /// The boxes the component's type declares. The generator overrides this with the declaration's descriptor;
    /// an undeclared component has Axon's four standard untyped boxes.
    /// </summary>
    public virtual ComponentDescriptor Descriptor => ComponentDescriptor.Standard;

    /// <summary>
    /// Creates the declared boxes; called once by the constructor. The generator overrides it to create the
    /// declared boxes and keep the typed accessors.
    /// </summary>
    protected virtual void CreateBoxes()
    {
        foreach (var box in Descriptor.Boxes)
        {
            box.CreateOn(this);
        }
    }

    /// <summary>Declares an inbox; throws <see cref="DuplicateBoxException"/> if the name is taken.</summary>
    public Inbox<T> DeclareInbox<T>(string name, string? description = null)
    {
        CheckBoxName(name);
        if (_inboxes.ContainsKey(name))
        {
            throw new DuplicateBoxException(this, name, BoxDirection.Inbox);
        }

        return RegisterInbox(new Inbox<T>(this, name, description));
    }

    /// <summary>Declares an outbox; throws <see cref="DuplicateBoxException"/> if the name is taken.</summary>
    public Outbox<T> DeclareOutbox<T>(string name, string? description = null)
    {
        CheckBoxName(name);
        if (_outboxes.ContainsKey(name))
        {
            throw new DuplicateBoxException(this, name, BoxDirection.Outbox);
        }

        return RegisterOutbox(new Outbox<T>(this, name, description));
    }

    /// <summary>
    /// Adds an inbox at run time. As in Axon, if the name is taken a number is appended to make it unique:
    /// use the returned box's <see cref="Box.Name"/>.
    /// </summary>
    public Inbox<T> AddInbox<T>(string name = "inbox", string? description = null)
    {
        CheckBoxName(name);
        return OnSchedulerThread(() => RegisterInbox(new Inbox<T>(this, UniqueName(_inboxes, name), description)));
    }

    /// <summary>
    /// Adds an outbox at run time. As in Axon, if the name is taken a number is appended to make it unique:
    /// use the returned box's <see cref="Box.Name"/>.
    /// </summary>
    public Outbox<T> AddOutbox<T>(string name = "outbox", string? description = null)
    {
        CheckBoxName(name);
        return OnSchedulerThread(() => RegisterOutbox(new Outbox<T>(this, UniqueName(_outboxes, name), description)));
    }

    /// <summary>Deletes an inbox and any message waiting in it. It must not be linked.</summary>
    public void DeleteInbox(string name) => OnSchedulerThread(() => RemoveInbox(name));

    private bool RemoveInbox(string name)
    {
        var box = GetInbox(name);
        if (box.IsLinked)
        {
            throw new BoxStillLinkedException(box);
        }

        _inboxes.Remove(name);
        _inboxList = [.. _inboxList.Where(b => !ReferenceEquals(b, box))];
        ResourceTracking?.ForgetBox(name);
        return true;
    }

    /// <summary>Deletes an outbox. It must not be linked.</summary>
    public void DeleteOutbox(string name) => OnSchedulerThread(() => RemoveOutbox(name));

    private bool RemoveOutbox(string name)
    {
        var box = GetOutbox(name);
        if (box.IsLinked)
        {
            throw new BoxStillLinkedException(box);
        }

        return _outboxes.Remove(name);
    }

    /// <summary>
    /// Runs an operation that changes boxes or links. A threaded component's own thread hands it to the
    /// scheduler's thread and waits for it; everywhere else it runs at once.
    /// </summary>
    private protected virtual TResult OnSchedulerThread<TResult>(Func<TResult> operation) => operation();

    /// <summary>The inbox of that name; <see cref="UnknownBoxException"/> if there is none.</summary>
    public Box GetInbox(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_inboxes.TryGetValue(name, out var box))
        {
            return box;
        }

        throw new UnknownBoxException(this, name, BoxDirection.Inbox, _outboxes.ContainsKey(name) ? $"'{name}' is an outbox." : null);
    }

    /// <summary>The outbox of that name; <see cref="UnknownBoxException"/> if there is none.</summary>
    public Box GetOutbox(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_outboxes.TryGetValue(name, out var box))
        {
            return box;
        }

        throw new UnknownBoxException(this, name, BoxDirection.Outbox, _inboxes.ContainsKey(name) ? $"'{name}' is an inbox." : null);
    }

    /// <summary>The typed inbox of that name; throws when it does not exist or carries another type.</summary>
    public Inbox<T> GetInbox<T>(string name) => GetInbox(name) as Inbox<T>
        ?? throw new BoxTypeMismatchException($"Inbox '{name}' of {Name} carries {TypeNames.Of(GetInbox(name).ElementType)}, not {TypeNames.Of(typeof(T))}.", GetInbox(name));

    /// <summary>The typed outbox of that name; throws when it does not exist or carries another type.</summary>
    public Outbox<T> GetOutbox<T>(string name) => GetOutbox(name) as Outbox<T>
        ?? throw new BoxTypeMismatchException($"Outbox '{name}' of {Name} carries {TypeNames.Of(GetOutbox(name).ElementType)}, not {TypeNames.Of(typeof(T))}.", GetOutbox(name));

    /// <summary>A place for subclasses (the threaded component) to prepare each new box.</summary>
    private protected virtual void OnBoxAdded(Box box)
    {
    }

    private Inbox<T> RegisterInbox<T>(Inbox<T> box)
    {
        _inboxes.Add(box.Name, box);
        _inboxList = [.. _inboxList, box];
        OnBoxAdded(box);
        return box;
    }

    private Outbox<T> RegisterOutbox<T>(Outbox<T> box)
    {
        _outboxes.Add(box.Name, box);
        OnBoxAdded(box);
        return box;
    }

    private void CheckBoxName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0)
        {
            throw new ArgumentException($"A box of {Name} needs a name.", nameof(name));
        }
    }

    private static string UniqueName(Dictionary<string, Box> boxes, string name)
    {
        if (!boxes.ContainsKey(name))
        {
            return name;
        }

        string candidate;
        do
        {
            candidate = name + Interlocked.Increment(ref s_lastId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        while (boxes.ContainsKey(candidate));

        return candidate;
    }
}
