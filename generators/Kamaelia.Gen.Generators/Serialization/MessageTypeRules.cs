using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Kamaelia.Gen.Generators.Serialization;

/// <summary>
/// Decides which types can cross a process boundary as JSON written by generated code, and how. Shared with the
/// analyzers (KAM040), so that the generator writes a serializer exactly for the types the analyzer accepts.
/// <list type="bullet">
/// <item>primitives: bool, the integer types, float, double, decimal, char, string, Guid, DateTime, DateTimeOffset,
/// TimeSpan, DateOnly, TimeOnly, and byte[] (base64);</item>
/// <item>enums (as their number), Nullable&lt;T&gt;, T[], List&lt;T&gt; and the list interfaces IList, ICollection,
/// IEnumerable, IReadOnlyList and IReadOnlyCollection (read back as a List&lt;T&gt;);</item>
/// <item>classes, records and structs of the user's, made of public properties that can be given back: through
/// a public parameterless constructor and public set or init accessors, or through a public constructor whose
/// parameters match properties by name (positional records). Get-only properties no constructor sets are not
/// part of the message.</item>
/// </list>
/// Anything else (object, interfaces, delegates, dictionaries and other collections, tuples, other framework
/// types, public fields) is refused rather than serialized half.
/// </summary>
internal static class MessageTypeRules
{
    /// <summary>How shapes name their types: global::-qualified, nullable reference annotations dropped.</summary>
    public static readonly SymbolDisplayFormat KeyFormat = SymbolDisplayFormat.FullyQualifiedFormat;

    /// <summary>
    /// How deep type arguments and array elements may nest. A generic type whose member nests it one level deeper
    /// (a Box&lt;T&gt; with a Box&lt;Box&lt;T&gt;&gt; property) would otherwise make new types forever.
    /// </summary>
    public const int MaxNesting = 16;

    /// <summary>
    /// How messages and generated names show types: as the user writes them (Outer.Inner, List&lt;int&gt;), but
    /// without nullable reference annotations, which a type's shape does not depend on (Address and Address? are
    /// one type).
    /// </summary>
    public static readonly SymbolDisplayFormat DisplayFormat =
        new(
            globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
            genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
            miscellaneousOptions: SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers | SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    /// <summary>True when the type still has a type parameter or a part that did not bind: nothing can be said yet.</summary>
    public static bool IsOpen(ITypeSymbol type) => type switch
    {
        ITypeParameterSymbol or IErrorTypeSymbol => true,
        IArrayTypeSymbol array => IsOpen(array.ElementType),
        INamedTypeSymbol named => named.TypeKind == TypeKind.Error || named.TypeArguments.Any(IsOpen) || (named.ContainingType is { } containing && IsOpen(containing)),
        _ => false,
    };

    /// <summary>Walks the message type and every type its members reach, each once; stops at the first problem.</summary>
    public static MessageTypeClosure Resolve(ITypeSymbol root, Compilation compilation, CancellationToken cancellationToken)
    {
        var shapes = new List<ResolvedMessageShape>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<(ITypeSymbol Type, string? Path, ITypeSymbol MemberType)>();
        pending.Enqueue((root, null, root));

        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (type, path, memberType) = pending.Dequeue();
            MessageTypeProblemKind? problem = null;
            if (IsOpen(type))
            {
                return new MessageTypeClosure(shapes, null, isIncomplete: true);
            }

            // Seen types are skipped, which also ends the walk through recursive types (a Node with a Node? Next).
            var key = type.ToDisplayString(KeyFormat);
            if (!seen.Add(key))
            {
                continue;
            }

            var shape = Nesting(type) > MaxNesting ? null : Classify(type, key, compilation, out problem);
            if (shape is null)
            {
                var kind = problem ?? MessageTypeProblemKind.UnsupportedType;
                var faultPath = kind == MessageTypeProblemKind.PublicField ? Join(path, FirstPublicField(type)!.Name) : path;
                return new MessageTypeClosure(shapes, new MessageTypeProblem(kind, faultPath, memberType.ToDisplayString(DisplayFormat)), isIncomplete: false);
            }

            shapes.Add(shape);
            if (shape.Element is { } element)
            {
                pending.Enqueue((element, path, memberType));
            }

            foreach (var member in shape.Members)
            {
                pending.Enqueue((member.Property.Type, Join(path, member.Property.Name), member.Property.Type));
            }
        }

        return new MessageTypeClosure(shapes, null, isIncomplete: false);
    }

    private static int Nesting(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => 1 + Nesting(array.ElementType),
        INamedTypeSymbol { TypeArguments.Length: > 0 } named => 1 + named.TypeArguments.Max(Nesting),
        _ => 0,
    };

    private static string Join(string? path, string name) => path is null ? name : path + "." + name;

    private static ResolvedMessageShape? Classify(ITypeSymbol type, string key, Compilation compilation, out MessageTypeProblemKind? problem)
    {
        problem = null;
        if (PrimitiveConverter(type) is { } converter)
        {
            return new ResolvedMessageShape(type, key, MessageShapeKind.Primitive) { PrimitiveConverter = converter };
        }

        if (type is IArrayTypeSymbol array)
        {
            return array.IsSZArray ? new ResolvedMessageShape(type, key, MessageShapeKind.Array) { Element = array.ElementType } : null;
        }

        if (type is not INamedTypeSymbol named)
        {
            return null;
        }

        if (!IsAccessible(named, compilation))
        {
            problem = MessageTypeProblemKind.Inaccessible;
            return null;
        }

        if (named.TypeKind == TypeKind.Enum)
        {
            return new ResolvedMessageShape(type, key, MessageShapeKind.Enum);
        }

        if (named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            return new ResolvedMessageShape(type, key, MessageShapeKind.Nullable) { Element = named.TypeArguments[0] };
        }

        if (IsList(named))
        {
            return new ResolvedMessageShape(type, key, MessageShapeKind.List) { Element = named.TypeArguments[0] };
        }

        if (!CanBeObject(named))
        {
            return null;
        }

        if (FirstPublicField(named) is not null)
        {
            problem = MessageTypeProblemKind.PublicField;
            return null;
        }

        var properties = ReadableProperties(named);
        var constructor = named.IsAbstract ? null : ChooseConstructor(named, properties);
        if (constructor is null)
        {
            problem = MessageTypeProblemKind.NoUsableConstructor;
            return null;
        }

        return new ResolvedMessageShape(type, key, MessageShapeKind.Object) { Members = Members(properties, constructor) };
    }

    /// <summary>The JsonMetadataServices converter of a primitive, or null.</summary>
    private static string? PrimitiveConverter(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean: return "BooleanConverter";
            case SpecialType.System_Byte: return "ByteConverter";
            case SpecialType.System_SByte: return "SByteConverter";
            case SpecialType.System_Int16: return "Int16Converter";
            case SpecialType.System_UInt16: return "UInt16Converter";
            case SpecialType.System_Int32: return "Int32Converter";
            case SpecialType.System_UInt32: return "UInt32Converter";
            case SpecialType.System_Int64: return "Int64Converter";
            case SpecialType.System_UInt64: return "UInt64Converter";
            case SpecialType.System_Single: return "SingleConverter";
            case SpecialType.System_Double: return "DoubleConverter";
            case SpecialType.System_Decimal: return "DecimalConverter";
            case SpecialType.System_Char: return "CharConverter";
            case SpecialType.System_String: return "StringConverter";
            case SpecialType.System_DateTime: return "DateTimeConverter";
        }

        if (type is IArrayTypeSymbol { IsSZArray: true, ElementType.SpecialType: SpecialType.System_Byte })
        {
            return "ByteArrayConverter";
        }

        if (type is INamedTypeSymbol { ContainingType: null, TypeArguments.Length: 0 } named && named.ContainingNamespace?.ToDisplayString() == "System")
        {
            return named.MetadataName switch
            {
                "Guid" => "GuidConverter",
                "DateTimeOffset" => "DateTimeOffsetConverter",
                "TimeSpan" => "TimeSpanConverter",
                "DateOnly" => "DateOnlyConverter",
                "TimeOnly" => "TimeOnlyConverter",
                _ => null,
            };
        }

        return null;
    }

    private static bool IsList(INamedTypeSymbol type)
    {
        if (type.TypeArguments.Length != 1)
        {
            return false;
        }

        var definition = type.OriginalDefinition;
        return definition.SpecialType is SpecialType.System_Collections_Generic_IList_T
                or SpecialType.System_Collections_Generic_ICollection_T
                or SpecialType.System_Collections_Generic_IEnumerable_T
                or SpecialType.System_Collections_Generic_IReadOnlyList_T
                or SpecialType.System_Collections_Generic_IReadOnlyCollection_T
            || (definition.MetadataName == "List`1" && definition.ContainingType is null
                && definition.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic");
    }

    /// <summary>
    /// Generated code at namespace level must be able to name the type: private and protected nested types, and
    /// file-local ones, are out of its reach (so are internal types of another assembly).
    /// </summary>
    private static bool IsAccessible(INamedTypeSymbol type, Compilation compilation)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsFileLocal)
            {
                return false;
            }
        }

        return compilation.IsSymbolAccessibleWithin(type, compilation.Assembly);
    }

    /// <summary>
    /// A user's class, record or struct. Framework types other than the primitives are refused: their public
    /// properties rarely are their data (a Dictionary would be written as {"Count":2}).
    /// </summary>
    private static bool CanBeObject(INamedTypeSymbol type) =>
        type.TypeKind is TypeKind.Class or TypeKind.Struct
        && type.SpecialType == SpecialType.None
        && !type.IsStatic && !type.IsTupleType && !type.IsRefLikeType
        && !IsInSystemNamespace(type)
        && !type.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable);

    private static bool IsInSystemNamespace(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace;
        while (ns is { ContainingNamespace.IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns is { IsGlobalNamespace: false, Name: "System" };
    }

    private static IFieldSymbol? FirstPublicField(ITypeSymbol type)
    {
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object && current.SpecialType != SpecialType.System_ValueType; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IFieldSymbol { IsStatic: false, IsConst: false, IsImplicitlyDeclared: false, DeclaredAccessibility: Accessibility.Public } field)
                {
                    return field;
                }
            }
        }

        return null;
    }

    /// <summary>Public instance properties with a public getter, base type's first; a redeclared name counts once.</summary>
    private static List<IPropertySymbol> ReadableProperties(INamedTypeSymbol type)
    {
        var levels = new List<List<IPropertySymbol>>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object && current.SpecialType != SpecialType.System_ValueType; current = current.BaseType)
        {
            var level = new List<IPropertySymbol>();
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, ReturnsByRef: false, ReturnsByRefReadonly: false, DeclaredAccessibility: Accessibility.Public, GetMethod.DeclaredAccessibility: Accessibility.Public } property
                    && names.Add(property.Name))
                {
                    level.Add(property);
                }
            }

            levels.Insert(0, level);
        }

        return levels.SelectMany(l => l).ToList();
    }

    /// <summary>
    /// A public parameterless constructor (a struct always has one), else the public constructor with the most
    /// parameters that all match a property by name (ignoring case) and type, none of them a required property
    /// unless the constructor sets required members; null when there is none.
    /// </summary>
    private static IMethodSymbol? ChooseConstructor(INamedTypeSymbol type, List<IPropertySymbol> properties)
    {
        var candidates = type.InstanceConstructors.Where(c => c.DeclaredAccessibility == Accessibility.Public).ToList();
        var parameterless = candidates.FirstOrDefault(c => c.Parameters.Length == 0);
        if (parameterless is not null)
        {
            return parameterless;
        }

        IMethodSymbol? best = null;
        foreach (var candidate in candidates)
        {
            if (candidate.Parameters.All(p => MatchingProperty(p, properties) is { } property && (!property.IsRequired || SetsRequiredMembers(candidate)))
                && (best is null || candidate.Parameters.Length > best.Parameters.Length))
            {
                best = candidate;
            }
        }

        return best;
    }

    /// <summary>
    /// True for a constructor marked [SetsRequiredMembers]. Without it, a required property must be set in the
    /// object initializer, so a constructor that takes it as a parameter is not one generated code can call alone.
    /// </summary>
    private static bool SetsRequiredMembers(IMethodSymbol constructor) =>
        constructor.GetAttributes().Any(a => a.AttributeClass is { Name: "SetsRequiredMembersAttribute" } attribute
            && attribute.ContainingNamespace?.ToDisplayString() == "System.Diagnostics.CodeAnalysis");

    private static IPropertySymbol? MatchingProperty(IParameterSymbol parameter, List<IPropertySymbol> properties) =>
        parameter.RefKind == RefKind.None && !parameter.IsParams
            ? properties.FirstOrDefault(p => string.Equals(p.Name, parameter.Name, StringComparison.OrdinalIgnoreCase) && SymbolEqualityComparer.Default.Equals(p.Type, parameter.Type))
            : null;

    private static List<ResolvedMessageMember> Members(List<IPropertySymbol> properties, IMethodSymbol constructor)
    {
        var members = new List<ResolvedMessageMember>();
        foreach (var property in properties)
        {
            var parameter = constructor.Parameters.FirstOrDefault(p => SymbolEqualityComparer.Default.Equals(MatchingProperty(p, properties), property));
            if (parameter is not null)
            {
                members.Add(new ResolvedMessageMember(property, MessageMemberRole.ConstructorArgument, parameter));
            }
            else if (property.SetMethod is { DeclaredAccessibility: Accessibility.Public } setter)
            {
                members.Add(new ResolvedMessageMember(property, setter.IsInitOnly || property.IsRequired ? MessageMemberRole.Initializer : MessageMemberRole.Setter, null));
            }
        }

        return members;
    }
}
