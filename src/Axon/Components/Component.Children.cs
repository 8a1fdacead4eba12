namespace Axon;

public abstract partial class Component
{
    // Made when first needed: most components have neither children nor parents.
    private List<Component>? _children;
    private List<Component>? _parents;

    /// <summary>
    /// Adopts components as children: each wakes this component when it ends. Adopting does not activate them.
    /// </summary>
    public void AddChildren(params Component[] children)
    {
        ArgumentNullException.ThrowIfNull(children);
        foreach (var child in children)
        {
            ArgumentNullException.ThrowIfNull(child, nameof(children));
            _children ??= [];
            if (!_children.Contains(child))
            {
                _children.Add(child);
                (child._parents ??= []).Add(this);
            }
        }
    }

    /// <summary>Gives up a child, removing the links this component made to it.</summary>
    public void RemoveChild(Component child)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (_children is not null && _children.Remove(child))
        {
            child._parents?.Remove(this);
        }

        Unlink(child);
    }

    /// <summary>A copy of the list of children.</summary>
    public IReadOnlyList<Component> ChildComponents() => _children is null ? [] : [.. _children];

    /// <summary>
    /// The chassis idiom: removes every child that has ended (and the links made to it) and returns true when
    /// no child remains.
    /// </summary>
    protected bool ChildrenDone()
    {
        if (_children is null)
        {
            return true;
        }

        foreach (var child in _children.ToArray())
        {
            if (child.IsStopped)
            {
                RemoveChild(child);
            }
        }

        return _children.Count == 0;
    }
}
