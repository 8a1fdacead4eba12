namespace Axon;

public abstract partial class Component
{
    // Made when first needed: most components have neither children nor parents.
    private List<Component>? ChildList
    {
        get => _rarelyUsed?.Children;
        set => RarelyUsed.Children = value;
    }

    private List<Component>? ParentList
    {
        get => _rarelyUsed?.Parents;
        set => RarelyUsed.Parents = value;
    }

    /// <summary>
    /// Adopts components as children: each wakes this component when it ends. Adopting does not activate them.
    /// </summary>
    public void AddChildren(params Component[] children)
    {
        ArgumentNullException.ThrowIfNull(children);
        foreach (var child in children)
        {
            ArgumentNullException.ThrowIfNull(child, nameof(children));
            ChildList ??= [];
            if (!ChildList.Contains(child))
            {
                ChildList.Add(child);
                (child.ParentList ??= []).Add(this);
            }
        }
    }

    /// <summary>Gives up a child, removing the links this component made to it.</summary>
    public void RemoveChild(Component child)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (ChildList is not null && ChildList.Remove(child))
        {
            child.ParentList?.Remove(this);
        }

        Unlink(child);
    }

    /// <summary>A copy of the list of children.</summary>
    public IReadOnlyList<Component> ChildComponents() => ChildList is null ? [] : [.. ChildList];

    /// <summary>
    /// The chassis idiom: removes every child that has ended (and the links made to it) and returns true when
    /// no child remains.
    /// </summary>
    protected bool ChildrenDone()
    {
        if (ChildList is null)
        {
            return true;
        }

        // By index, not over a copy: chassis and handles call this every step, and a copy per step is garbage.
        var children = ChildList;
        for (var i = 0; i < children.Count; i++)
        {
            if (children[i].IsStopped)
            {
                // RemoveChild takes it out of the list, so the next child is now at this index.
                RemoveChild(children[i--]);
            }
        }

        return children.Count == 0;
    }
}
