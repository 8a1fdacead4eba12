using System.Linq;
using Kamaelia.Gen.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Kamaelia.Gen.CodeFixes.Infrastructure;

/// <summary>Reads a component's boxes as the runtime makes them, to check that a fix links to a box that exists.</summary>
internal static class BoxDeclarations
{
    private static readonly string[] StandardOutboxes = { "outbox", "signal" };

    /// <summary>
    /// True when the component has the outbox: declared by the nearest type in its base chain that declares
    /// boxes, or one of the standard outboxes when none does.
    /// </summary>
    public static bool HasOutbox(INamedTypeSymbol type, string name, Compilation compilation)
    {
        var component = compilation.GetTypeByMetadataName("Axon.Component");
        for (var current = type; current is not null && !SymbolEqualityComparer.Default.Equals(current, component); current = current.BaseType)
        {
            var boxes = ComponentShape.BoxAttributes(current).ToList();
            if (boxes.Count > 0)
            {
                return boxes.Any(a => a.AttributeClass!.MetadataName.StartsWith("OutboxAttribute", System.StringComparison.Ordinal)
                    && a.ConstructorArguments.Length > 0 && a.ConstructorArguments[0].Value as string == name);
            }
        }

        return StandardOutboxes.Contains(name);
    }
}
