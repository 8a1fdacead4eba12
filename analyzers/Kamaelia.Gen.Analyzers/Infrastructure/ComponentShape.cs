using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Kamaelia.Gen.Analyzers.Infrastructure;

/// <summary>
/// The boxes a component type has, read the way the runtime creates them: the box attributes of the nearest
/// type in its base chain that declares any (in source or in a referenced assembly), else Axon's four standard
/// boxes (typed by the type's accessor properties when it has them). A type marked [DynamicBoxes] may have
/// more boxes than can be seen, so unknown names are not reported for it; nor for an abstract type that declares
/// none, whose subclasses declare them.
/// </summary>
internal sealed class ComponentShape
{
    private static readonly string[] StandardInboxes = { "inbox", "control" };
    private static readonly string[] StandardOutboxes = { "outbox", "signal" };

    private ComponentShape(ITypeSymbol type, IReadOnlyList<BoxInfo> boxes, bool isDynamic, bool isDeclared)
    {
        Type = type;
        Boxes = boxes;
        IsDynamic = isDynamic;
        IsDeclared = isDeclared;
    }

    public ITypeSymbol Type { get; }

    public IReadOnlyList<BoxInfo> Boxes { get; }

    /// <summary>True when the type adds boxes at run time ([DynamicBoxes]).</summary>
    public bool IsDynamic { get; }

    /// <summary>True when the boxes come from box attributes (rather than the standard four).</summary>
    public bool IsDeclared { get; }

    public IEnumerable<BoxInfo> Inboxes => Boxes.Where(b => b.IsInbox);

    public IEnumerable<BoxInfo> Outboxes => Boxes.Where(b => !b.IsInbox);

    public BoxInfo? Find(string name, bool isInbox) => Boxes.FirstOrDefault(b => b.IsInbox == isInbox && b.Name == name);

    public static ComponentShape? Of(ITypeSymbol? type, KnownTypes known)
    {
        // A variable typed as the base class could hold any component: nothing can be said about its boxes.
        if (type is null || !known.IsComponent(type) || SymbolEqualityComparer.Default.Equals(type, known.Component)
            || SymbolEqualityComparer.Default.Equals(type, known.ThreadedComponent))
        {
            return null;
        }

        var isDynamic = false;
        for (var current = type as INamedTypeSymbol; current is not null && !SymbolEqualityComparer.Default.Equals(current, known.Component); current = current.BaseType)
        {
            isDynamic |= current.GetAttributes().Any(a => IsAxonAttribute(a, "DynamicBoxesAttribute"));
            var declared = Declared(current, known);
            if (declared.Count > 0)
            {
                return new ComponentShape(type, declared, isDynamic || HasDynamicBase(current.BaseType, known), isDeclared: true);
            }
        }

        var boxes = new List<BoxInfo>();
        foreach (var name in StandardInboxes)
        {
            boxes.Add(new BoxInfo(name, true, AccessorElementType(type, name, true, known) ?? known.Object, null));
        }

        foreach (var name in StandardOutboxes)
        {
            boxes.Add(new BoxInfo(name, false, AccessorElementType(type, name, false, known) ?? known.Object, null));
        }

        // An abstract base that declares nothing serves subclasses that declare their own boxes (the NATS links'
        // base reaches "status" by name): which names exist is theirs to say, so none is judged here.
        return new ComponentShape(type, boxes, isDynamic || type.IsAbstract, isDeclared: false);
    }

    /// <summary>The box attributes applied to one type, in source order.</summary>
    public static IEnumerable<AttributeData> BoxAttributes(INamedTypeSymbol type) => Generators.Parsing.BoxDeclarations.ClassAttributes(type);

    public static bool IsBoxAttribute(AttributeData attribute, out bool isInbox) => Generators.Parsing.BoxDeclarations.IsBoxAttribute(attribute, out isInbox);

    public static bool IsAxonAttribute(AttributeData attribute, string metadataName) =>
        attribute.AttributeClass is { } type && type.MetadataName == metadataName && type.ContainingNamespace?.ToDisplayString() == "Axon";

    /// <summary>
    /// The boxes the type itself declares, read as the generator reads them; a box whose name is not there yet is
    /// left out, one whose property is not a box of its direction carries object (KAM004 reports it).
    /// </summary>
    private static List<BoxInfo> Declared(INamedTypeSymbol type, KnownTypes known) =>
        Generators.Parsing.BoxDeclarations.Of(type)
            .Where(d => d.Name is not null)
            .Select(d => new BoxInfo(d.Name!, d.IsInbox, d.ElementType(known.Object) ?? known.Object, d.Attribute))
            .ToList();

    private static bool HasDynamicBase(INamedTypeSymbol? type, KnownTypes known)
    {
        for (var current = type; current is not null && !SymbolEqualityComparer.Default.Equals(current, known.Component); current = current.BaseType)
        {
            if (current.GetAttributes().Any(a => IsAxonAttribute(a, "DynamicBoxesAttribute")))
            {
                return true;
            }
        }

        return false;
    }

    private static ITypeSymbol? AccessorElementType(ITypeSymbol type, string boxName, bool isInbox, KnownTypes known)
    {
        var accessor = Generators.Parsing.BoxNames.ToAccessorName(boxName);
        for (var current = type; current is not null && accessor is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(accessor))
            {
                if (member is IPropertySymbol { Type: INamedTypeSymbol boxType } && known.IsBoxType(boxType, isInbox))
                {
                    return boxType.TypeArguments[0];
                }
            }
        }

        return null;
    }
}
