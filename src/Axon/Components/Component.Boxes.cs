namespace Axon;

public abstract partial class Component
{
    // Past this many boxes a component (one that adds boxes at run time, such as a splitter) gets a name index.
    private const int IndexedBoxCount = 16;

    // Every box, inboxes and outboxes, in the order declared or added: one array instead of two dictionaries per
    // component, since most components have four boxes and are looked up by name only while being linked.
    private Box[] _boxes = [];
    private int _boxCount;

    private BoxIndex? BoxNameIndex
    {
        get => _rarelyUsed?.BoxNameIndex;
        set => RarelyUsed.BoxNameIndex = value;
    }

    /// <summary>The component's inboxes by name.</summary>
    public IReadOnlyDictionary<string, Box> Inboxes => new BoxTable(this, BoxDirection.Inbox);

    /// <summary>The component's outboxes by name.</summary>
    public IReadOnlyDictionary<string, Box> Outboxes => new BoxTable(this, BoxDirection.Outbox);

    /// <summary>How many boxes the component has, both directions.</summary>
    internal int BoxCount => _boxCount;

    /// <summary>The box at <paramref name="index"/> in declaration order (both directions), for loops that must not allocate.</summary>
    internal Box BoxAt(int index) => _boxes[index];

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
        // By index: the descriptor's list is an interface, and its enumerator would be an allocation per component.
        var boxes = Descriptor.Boxes;
        for (var i = 0; i < boxes.Count; i++)
        {
            boxes[i].CreateOn(this);
        }
    }

    /// <summary>Declares an inbox; throws <see cref="DuplicateBoxException"/> if the name is taken.</summary>
    public Inbox<T> DeclareInbox<T>(string name, string? description = null)
    {
        CheckBoxName(name);
        if (FindBox(name, BoxDirection.Inbox) is not null)
        {
            throw new DuplicateBoxException(this, name, BoxDirection.Inbox);
        }

        return RegisterBox(new Inbox<T>(this, name, description));
    }

    /// <summary>Declares an outbox; throws <see cref="DuplicateBoxException"/> if the name is taken.</summary>
    public Outbox<T> DeclareOutbox<T>(string name, string? description = null)
    {
        CheckBoxName(name);
        if (FindBox(name, BoxDirection.Outbox) is not null)
        {
            throw new DuplicateBoxException(this, name, BoxDirection.Outbox);
        }

        return RegisterBox(new Outbox<T>(this, name, description));
    }

    /// <summary>
    /// Adds an inbox at run time. As in Axon, if the name is taken a number is appended to make it unique:
    /// use the returned box's <see cref="Box.Name"/>.
    /// </summary>
    public Inbox<T> AddInbox<T>(string name = "inbox", string? description = null)
    {
        CheckBoxName(name);
        return OnSchedulerThread(() => RegisterBox(new Inbox<T>(this, UniqueName(name, BoxDirection.Inbox), description)));
    }

    /// <summary>
    /// Adds an outbox at run time. As in Axon, if the name is taken a number is appended to make it unique:
    /// use the returned box's <see cref="Box.Name"/>.
    /// </summary>
    public Outbox<T> AddOutbox<T>(string name = "outbox", string? description = null)
    {
        CheckBoxName(name);
        return OnSchedulerThread(() => RegisterBox(new Outbox<T>(this, UniqueName(name, BoxDirection.Outbox), description)));
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

        RemoveBox(box);
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

        RemoveBox(box);
        return true;
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
        return FindBox(name, BoxDirection.Inbox)
            ?? throw new UnknownBoxException(this, name, BoxDirection.Inbox, FindBox(name, BoxDirection.Outbox) is not null ? $"'{name}' is an outbox." : null);
    }

    /// <summary>The outbox of that name; <see cref="UnknownBoxException"/> if there is none.</summary>
    public Box GetOutbox(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return FindBox(name, BoxDirection.Outbox)
            ?? throw new UnknownBoxException(this, name, BoxDirection.Outbox, FindBox(name, BoxDirection.Inbox) is not null ? $"'{name}' is an inbox." : null);
    }

    /// <summary>The typed inbox of that name; throws when it does not exist or carries another type.</summary>
    public Inbox<T> GetInbox<T>(string name) => GetInbox(name) as Inbox<T>
        ?? throw new BoxTypeMismatchException($"Inbox '{name}' of {Name} carries {TypeNames.Of(GetInbox(name).ElementType)}, not {TypeNames.Of(typeof(T))}.", GetInbox(name));

    /// <summary>The typed outbox of that name; throws when it does not exist or carries another type.</summary>
    public Outbox<T> GetOutbox<T>(string name) => GetOutbox(name) as Outbox<T>
        ?? throw new BoxTypeMismatchException($"Outbox '{name}' of {Name} carries {TypeNames.Of(GetOutbox(name).ElementType)}, not {TypeNames.Of(typeof(T))}.", GetOutbox(name));

    /// <summary>The box of that name and direction, or null.</summary>
    internal Box? FindBox(string name, BoxDirection direction)
    {
        if (BoxNameIndex is { } index)
        {
            return index.Find(name, direction);
        }

        var boxes = _boxes;
        for (var i = 0; i < _boxCount; i++)
        {
            var box = boxes[i];
            if (box.Direction == direction && string.Equals(box.Name, name, StringComparison.Ordinal))
            {
                return box;
            }
        }

        return null;
    }

    /// <summary>A place for subclasses (the threaded component) to prepare each new box.</summary>
    private protected virtual void OnBoxAdded(Box box)
    {
    }

    private TBox RegisterBox<TBox>(TBox box)
        where TBox : Box
    {
        if (_boxCount == _boxes.Length)
        {
            Array.Resize(ref _boxes, Math.Max(4, _boxes.Length * 2));
        }

        _boxes[_boxCount++] = box;
        if (BoxNameIndex is { } index)
        {
            index.Add(box);
        }
        else if (_boxCount > IndexedBoxCount)
        {
            BoxNameIndex = new BoxIndex(_boxes.AsSpan(0, _boxCount));
        }

        OnBoxAdded(box);
        return box;
    }

    private void RemoveBox(Box box)
    {
        var position = Array.IndexOf(_boxes, box, 0, _boxCount);
        Array.Copy(_boxes, position + 1, _boxes, position, _boxCount - position - 1);
        _boxes[--_boxCount] = null!;
        BoxNameIndex?.Remove(box);
    }

    private void CheckBoxName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0)
        {
            throw new ArgumentException($"A box of {Name} needs a name.", nameof(name));
        }
    }

    private string UniqueName(string name, BoxDirection direction)
    {
        if (FindBox(name, direction) is null)
        {
            return name;
        }

        string candidate;
        do
        {
            candidate = name + Interlocked.Increment(ref s_lastId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        while (FindBox(candidate, direction) is not null);

        return candidate;
    }

    /// <summary>Finds the boxes of a component with many of them by name.</summary>
    private sealed class BoxIndex
    {
        private readonly Dictionary<string, Box> _inboxes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Box> _outboxes = new(StringComparer.Ordinal);

        public BoxIndex(ReadOnlySpan<Box> boxes)
        {
            foreach (var box in boxes)
            {
                Add(box);
            }
        }

        public Box? Find(string name, BoxDirection direction) =>
            (direction == BoxDirection.Inbox ? _inboxes : _outboxes).GetValueOrDefault(name);

        public void Add(Box box) => (box.Direction == BoxDirection.Inbox ? _inboxes : _outboxes).Add(box.Name, box);

        public void Remove(Box box) => (box.Direction == BoxDirection.Inbox ? _inboxes : _outboxes).Remove(box.Name);
    }
}
