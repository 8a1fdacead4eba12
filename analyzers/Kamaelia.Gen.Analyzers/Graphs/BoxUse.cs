using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Kamaelia.Gen.Analyzers.Infrastructure;
using Kamaelia.Gen.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace Kamaelia.Gen.Analyzers.Graphs;

/// <summary>
/// Which boxes a component class visibly reads and sends on: from its source when it is in this compilation
/// (<see cref="BoxUseScanner"/>), else from the <c>[BoxUse]</c> the generator recorded on it in its own
/// assembly. A type with neither (compiled without the generator, or with no box declaration) is unknown (null),
/// so the unlinked-box rules stay silent about it rather than guess.
/// </summary>
internal sealed class BoxUse
{
    private BoxUse(HashSet<string> reads, HashSet<string> sends)
    {
        Reads = reads;
        Sends = sends;
    }

    /// <summary>Inbox names the class reads.</summary>
    public HashSet<string> Reads { get; }

    /// <summary>Outbox names the class sends on.</summary>
    public HashSet<string> Sends { get; }

    public static BoxUse? Of(ComponentShape shape, ConcurrentDictionary<ITypeSymbol, BoxUse?> cache) =>
        cache.GetOrAdd(shape.Type.OriginalDefinition, _ => Scan(shape));

    private static BoxUse? Scan(ComponentShape shape)
    {
        if (shape.Type.OriginalDefinition is not INamedTypeSymbol type || !shape.IsDeclared)
        {
            return null;
        }

        if (type.DeclaringSyntaxReferences.Length == 0)
        {
            return Recorded(type);
        }

        var (reads, sends) = BoxUseScanner.Scan(type, shape.Inboxes.Select(b => b.Name), shape.Outboxes.Select(b => b.Name), default);
        return new BoxUse(new HashSet<string>(reads), new HashSet<string>(sends));
    }

    /// <summary>The [BoxUse] of a compiled type and of its compiled bases, together; null when none has one.</summary>
    private static BoxUse? Recorded(INamedTypeSymbol type)
    {
        BoxUse? use = null;
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var attribute in current.GetAttributes())
            {
                if (ComponentShape.IsAxonAttribute(attribute, "BoxUseAttribute") && attribute.ConstructorArguments.Length == 2)
                {
                    use ??= new BoxUse(new HashSet<string>(), new HashSet<string>());
                    use.Reads.UnionWith(Names(attribute.ConstructorArguments[0]));
                    use.Sends.UnionWith(Names(attribute.ConstructorArguments[1]));
                }
            }
        }

        return use;
    }

    private static IEnumerable<string> Names(TypedConstant array) =>
        array.Kind == TypedConstantKind.Array ? array.Values.Select(v => v.Value).OfType<string>() : Enumerable.Empty<string>();
}
