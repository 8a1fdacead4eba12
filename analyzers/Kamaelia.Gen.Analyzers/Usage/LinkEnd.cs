using System.Linq;
using Kamaelia.Gen.Analyzers.Infrastructure;
using Kamaelia.Gen.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kamaelia.Gen.Analyzers.Usage;

/// <summary>
/// One end of a Link call, typed (<c>a.Outbox</c>) or by name (<c>(a, "outbox")</c>): which component's box, when
/// that is known for sure within one body, and how to name it in a message.
/// </summary>
internal sealed class LinkEnd
{
    private LinkEnd(ISymbol? component, string componentText, string? box, string boxText, bool isInbox)
    {
        Component = component;
        ComponentText = componentText;
        Box = box;
        BoxText = boxText;
        IsInbox = isInbox;
    }

    /// <summary>The variable, parameter, field or property that holds the component (the containing type for this), or null.</summary>
    public ISymbol? Component { get; }

    public string ComponentText { get; }

    /// <summary>The box's name, or null when it is not a constant.</summary>
    public string? Box { get; }

    public string BoxText { get; }

    public bool IsInbox { get; }

    /// <summary>True when both ends name the same box of the same component.</summary>
    public bool IsSameBoxAs(LinkEnd other) =>
        Component is not null && Box is not null
        && SymbolEqualityComparer.Default.Equals(Component, other.Component) && Box == other.Box && IsInbox == other.IsInbox;

    /// <summary>A typed end: a box accessor (or a field or property of a box type) of some component.</summary>
    public static LinkEnd Typed(IOperation operation, KnownTypes known, ISymbol? self)
    {
        var expression = Operations.Unwrap(operation);
        var isInbox = known.IsBoxType(expression.Type, inbox: true);
        var (instance, member) = expression switch
        {
            IPropertyReferenceOperation { Arguments.Length: 0 } property => (property.Instance, (ISymbol)property.Property),
            IFieldReferenceOperation field => (field.Instance, field.Field),
            _ => (null, null),
        };
        if (instance is null || member is null)
        {
            return new LinkEnd(null, expression.Syntax.ToString(), null, expression.Syntax.ToString(), isInbox);
        }

        // The accessor's name is the box's name made into an identifier; the descriptor gives the name back.
        var box = ComponentShape.Of(Operations.ConcreteType(instance), known)?.Boxes
            .FirstOrDefault(b => b.IsInbox == isInbox && BoxNames.ToAccessorName(b.Name) == member.Name)?.Name;
        return new LinkEnd(Identity(instance, self), ComponentTextOf(instance), box ?? member.Name, box ?? member.Name, isInbox);
    }

    /// <summary>A by-name end: a (component, "box") tuple.</summary>
    public static LinkEnd ByName(IOperation operation, ISymbol? self, bool isInbox)
    {
        if (Operations.Pair(operation) is not { } pair)
        {
            var text = Operations.Unwrap(operation).Syntax.ToString();
            return new LinkEnd(null, text, null, text, isInbox);
        }

        var box = Operations.ConstantString(pair.Second);
        return new LinkEnd(Identity(pair.First, self), ComponentTextOf(pair.First), box, box ?? pair.Second.Syntax.ToString(), isInbox);
    }

    /// <summary>
    /// The symbol that holds a component for the whole body, or null: this, a local, a parameter, or a field or
    /// property of this (a.Child is not one identity: a may change).
    /// </summary>
    public static ISymbol? Identity(IOperation operation, ISymbol? self) => Operations.Unwrap(operation) switch
    {
        IInstanceReferenceOperation => self,
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } field => field.Field,
        IPropertyReferenceOperation { Arguments.Length: 0, Instance: null or IInstanceReferenceOperation } property => property.Property,
        _ => null,
    };

    private static string ComponentTextOf(IOperation operation) =>
        Operations.Unwrap(operation) is IInstanceReferenceOperation ? "this" : Operations.Unwrap(operation).Syntax.ToString();
}
