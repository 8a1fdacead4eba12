using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Kamaelia.Gen.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Kamaelia.Gen.Generators.Parsing;

/// <summary>
/// Turns a class symbol into a <see cref="ComponentModel"/>, or null when the class is not something the
/// generator can complete (not partial, not a Component, unusable boxes, accessor names that collide with
/// members). It never throws for bad input: it declines, and the analyzers say why.
/// </summary>
internal static class ComponentParser
{
    public static ComponentModel? Parse(ISymbol? target, Compilation compilation, CancellationToken cancellationToken)
    {
        var type = target switch
        {
            INamedTypeSymbol named => named,
            IMethodSymbol method => method.ContainingType,
            IPropertySymbol property => property.ContainingType,
            _ => null,
        };

        if (type is null || type.TypeKind != TypeKind.Class || type.IsStatic)
        {
            return null;
        }

        var componentType = compilation.GetTypeByMetadataName(KnownNames.Component);
        if (componentType is null || !DerivesFrom(type, componentType))
        {
            return null;
        }

        var hierarchy = HierarchyParser.Parse(type);
        if (hierarchy is null)
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var boxes = BoxParser.Parse(type, compilation, cancellationToken);
        if (boxes is null)
        {
            return null;
        }

        var declared = boxes.Count > 0;
        var inheritsBoxes = false;
        if (!declared)
        {
            // No declaration of its own: the class has its base's boxes, as the runtime creates them (and as the
            // analyzers read them); a class with no declaring base has Axon's standard four.
            var (inherited, usable) = InheritedBoxes(type, componentType, compilation, cancellationToken);
            if (!usable)
            {
                return null;
            }

            inheritsBoxes = inherited is not null;
            boxes = inherited ?? BoxParser.StandardBoxes(compilation.GetSpecialType(SpecialType.System_Object));
        }

        if (boxes.Any(b => (!inheritsBoxes && !b.IsDeclaredByProperty && CollidesWithMember(type, b.AccessorName)) || !compilation.IsSymbolAccessibleWithin(b.ElementType, type)))
        {
            return null;
        }

        var baseDeclares = BaseDeclaresBoxes(type, componentType);

        var handlerLoop = HandlerParser.Parse(type, boxes, compilation);
        var graph = GraphParser.IsGraphline(type) ? GraphParser.Parse(type, boxes, componentType, compilation, cancellationToken) : null;
        var models = boxes
            .Select(b => b.IsDeclaredByProperty
                ? new BoxModel(b.Name, b.AccessorName, b.IsInbox, b.ElementType.ToDisplayString(TypeNameFormats.FullyQualified), b.Description, false, b.PropertyAccessibility!, IsPartialProperty: true, PropertyModifiers: b.PropertyModifiers)
                : new BoxModel(b.Name, b.AccessorName, b.IsInbox, b.ElementType.ToDisplayString(TypeNameFormats.FullyQualified), b.Description, HidesInheritedAccessor(type, componentType, b.AccessorName), AccessibilityOf(type, b)))
            .ToEquatableArray();
        BoxUseModel? boxUse = null;
        if (declared)
        {
            var (reads, sends) = BoxUseScanner.Scan(type, boxes.Where(b => b.IsInbox).Select(b => b.Name), boxes.Where(b => !b.IsInbox).Select(b => b.Name), cancellationToken);
            boxUse = new BoxUseModel(reads.ToEquatableArray(), sends.ToEquatableArray());
        }

        return new ComponentModel(hierarchy, type.ToDisplayString(TypeNameFormats.Short), models, handlerLoop, graph, baseDeclares, boxUse, MetadataNameOf(type), inheritsBoxes);
    }

    /// <summary>
    /// True when an accessor of that name would clash: with the class's own name or one of its type parameters,
    /// with a member the user wrote in the class or inherited from a base class, or with a member the generator
    /// writes itself.
    /// </summary>
    public static bool CollidesWithMember(INamedTypeSymbol type, string accessorName)
    {
        if (accessorName == type.Name || Array.IndexOf(KnownNames.GeneratedMembers, accessorName) >= 0
            || type.TypeParameters.Any(p => p.Name == accessorName))
        {
            return true;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(accessorName))
            {
                var isOwn = SymbolEqualityComparer.Default.Equals(current, type);
                if (isOwn || (member.DeclaredAccessibility != Accessibility.Private && !IsBoxAccessor(member)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True when a base class has a box accessor of that name (written by the generator, here or in a referenced
    /// assembly), which the new accessor hides on purpose: a declaration replaces the inherited boxes.
    /// </summary>
    private static bool HidesInheritedAccessor(INamedTypeSymbol type, INamedTypeSymbol componentType, string accessorName)
    {
        for (var current = type.BaseType; current is not null && !SymbolEqualityComparer.Default.Equals(current, componentType); current = current.BaseType)
        {
            if (current.GetMembers(accessorName).Any(IsBoxAccessor)
                || BoxDeclarations.Of(current).Any(d => (d.Property?.Name ?? BoxNames.ToAccessorName(d.Name)) == accessorName)
                || (!BoxDeclarations.DeclaresAny(current) && IsGeneratedWithStandardBoxes(current) && accessorName is "Inbox" or "Control" or "Outbox" or "Signal"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The boxes of the nearest base class that declares any (or that was generated with the standard four), or
    /// null when none does; not usable when that base's boxes cannot be read or their accessors are private to it.
    /// </summary>
    private static (List<ParsedBox>? Boxes, bool Usable) InheritedBoxes(INamedTypeSymbol type, INamedTypeSymbol componentType, Compilation compilation, CancellationToken cancellationToken)
    {
        for (var current = type.BaseType; current is not null && !SymbolEqualityComparer.Default.Equals(current, componentType); current = current.BaseType)
        {
            var boxes = BoxParser.Parse(current, compilation, cancellationToken);
            if (boxes is null)
            {
                return (null, false);
            }

            if (boxes.Count > 0)
            {
                return (boxes, boxes.All(b => b.PropertyAccessibility is not "private"));
            }

            if (IsGeneratedWithStandardBoxes(current))
            {
                return (BoxParser.StandardBoxes(compilation.GetSpecialType(SpecialType.System_Object)), true);
            }
        }

        return (null, true);
    }

    /// <summary>True when some base class (below Component) gets a generated Declaration, which this class's hides.</summary>
    private static bool BaseDeclaresBoxes(INamedTypeSymbol type, INamedTypeSymbol componentType)
    {
        for (var current = type.BaseType; current is not null && !SymbolEqualityComparer.Default.Equals(current, componentType); current = current.BaseType)
        {
            if (BoxDeclarations.DeclaresAny(current) || IsGeneratedWithStandardBoxes(current)
                || current.GetMembers(KnownNames.DeclarationProperty).Any(m => m.IsStatic))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The accessor's accessibility: public, or protected for an internal box (private in a sealed class), and
    /// never wider than its element type's (an internal message type makes an internal accessor).
    /// </summary>
    private static string AccessibilityOf(INamedTypeSymbol type, ParsedBox box)
    {
        var accessibility = Narrowest(
            BoxNames.IsInternalAccessor(box.AccessorName) ? Accessibility.Protected : Accessibility.Public,
            EffectiveAccessibility(box.ElementType));
        if (type.IsSealed)
        {
            // A sealed class declares no new protected members.
            accessibility = accessibility switch
            {
                Accessibility.Protected or Accessibility.ProtectedAndInternal => Accessibility.Private,
                Accessibility.ProtectedOrInternal => Accessibility.Internal,
                _ => accessibility,
            };
        }

        return accessibility switch
        {
            Accessibility.Public => "public",
            Accessibility.Internal => "internal",
            Accessibility.Protected => "protected",
            Accessibility.ProtectedOrInternal => "protected internal",
            Accessibility.ProtectedAndInternal => "private protected",
            _ => "private",
        };
    }

    /// <summary>The narrowest declared accessibility of a type, its containing types and its type arguments.</summary>
    private static Accessibility EffectiveAccessibility(ITypeSymbol type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return EffectiveAccessibility(array.ElementType);
            case INamedTypeSymbol named:
                var accessibility = Accessibility.Public;
                for (var current = named; current is not null; current = current.ContainingType)
                {
                    accessibility = Narrowest(accessibility, current.DeclaredAccessibility);
                    foreach (var argument in current.TypeArguments)
                    {
                        accessibility = Narrowest(accessibility, EffectiveAccessibility(argument));
                    }
                }

                return accessibility;
            default:
                return Accessibility.Public;
        }
    }

    private static Accessibility Narrowest(Accessibility a, Accessibility b)
    {
        if (a == b || b is Accessibility.Public or Accessibility.NotApplicable)
        {
            return a;
        }

        if (a is Accessibility.Public or Accessibility.NotApplicable)
        {
            return b;
        }

        if (a == Accessibility.Private || b == Accessibility.Private)
        {
            return Accessibility.Private;
        }

        if (a == Accessibility.ProtectedOrInternal)
        {
            return b;
        }

        // Internal with protected, or either with private protected.
        return b == Accessibility.ProtectedOrInternal ? a : Accessibility.ProtectedAndInternal;
    }

    private static bool IsGeneratedWithStandardBoxes(INamedTypeSymbol type) =>
        GraphParser.IsGraphline(type) || HandlerParser.HandlerMethods(type).Count > 0;

    private static bool IsBoxAccessor(ISymbol member) =>
        member is IPropertySymbol { Type: INamedTypeSymbol { IsGenericType: true } propertyType }
        && propertyType.ContainingNamespace?.ToDisplayString() == KnownNames.AxonNamespace
        && propertyType.MetadataName is "Inbox`1" or "Outbox`1";

    private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol baseType)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name <see cref="Compilation.GetTypeByMetadataName"/> finds the type by: Namespace.Outer+Inner`1.</summary>
    private static string MetadataNameOf(INamedTypeSymbol type)
    {
        var name = type.MetadataName;
        for (var containing = type.ContainingType; containing is not null; containing = containing.ContainingType)
        {
            name = containing.MetadataName + "+" + name;
        }

        return type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + name : name;
    }
}
