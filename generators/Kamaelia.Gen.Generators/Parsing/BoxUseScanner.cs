using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kamaelia.Gen.Generators.Parsing;

/// <summary>
/// Which boxes a component class visibly reads and sends on, from its source: handlers, accessor calls
/// (<c>Inbox.TryRecv</c>, <c>Outbox.Send</c>), accessors used any other way (<c>var outbox = Outbox;</c>) and
/// by-name calls with a literal name. Shared by the generator,
/// which records the answer on the class (<c>[BoxUse]</c>) so that other assemblies can see it, and the analyzers,
/// which read it from source or from that attribute.
/// </summary>
internal static class BoxUseScanner
{
    private static readonly string[] ReadMethods = { "Recv", "TryRecv", "DataReady", "Count", "Peek" };
    private static readonly string[] SendMethods = { "Send", "TrySend" };

    // Looking a box up by name keeps it for use (a base class that serves several components does this).
    private const string InboxLookup = "GetInbox";
    private const string OutboxLookup = "GetOutbox";

    /// <summary>
    /// The inbox names read and the outbox names sent on, each sorted, by the type's own source and that of its
    /// base classes in the same compilation (a base written for several components reads and sends for them).
    /// </summary>
    public static (IReadOnlyList<string> Reads, IReadOnlyList<string> Sends) Scan(
        INamedTypeSymbol type, IEnumerable<string> inboxNames, IEnumerable<string> outboxNames, CancellationToken cancellationToken)
    {
        var inboxByAccessor = ByAccessor(inboxNames);
        var outboxByAccessor = ByAccessor(outboxNames);
        AddPropertyAccessors(type, inboxByAccessor, outboxByAccessor);
        var reads = new SortedSet<string>(System.StringComparer.Ordinal);
        var sends = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (var reference in SourceOf(type))
        {
            var root = reference.GetSyntax(cancellationToken);
            foreach (var node in root.DescendantNodes())
            {
                switch (node)
                {
                    case MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax target, Name.Identifier.ValueText: var member }:
                        if (ReadMethods.Contains(member) && inboxByAccessor.TryGetValue(target.Identifier.ValueText, out var inbox))
                        {
                            reads.Add(inbox);
                        }
                        else if (SendMethods.Contains(member) && outboxByAccessor.TryGetValue(target.Identifier.ValueText, out var outbox))
                        {
                            sends.Add(outbox);
                        }

                        break;
                    case IdentifierNameSyntax accessor when accessor.Parent is not (MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax } or AttributeSyntax or QualifiedNameSyntax)
                        && !(accessor.Parent is MemberAccessExpressionSyntax access && access.Name == accessor):
                        // The component's own accessor used another way (kept in a local, passed on): it is in use.
                        if (inboxByAccessor.TryGetValue(accessor.Identifier.ValueText, out var usedInbox))
                        {
                            reads.Add(usedInbox);
                        }
                        else if (outboxByAccessor.TryGetValue(accessor.Identifier.ValueText, out var usedOutbox))
                        {
                            sends.Add(usedOutbox);
                        }

                        break;
                    case InvocationExpressionSyntax { Expression: SimpleNameSyntax name } invocation:
                        var literal = invocation.ArgumentList.Arguments
                            .Select(a => a.Expression)
                            .OfType<LiteralExpressionSyntax>()
                            .Where(l => l.IsKind(SyntaxKind.StringLiteralExpression))
                            .Select(l => l.Token.ValueText)
                            .LastOrDefault();
                        if (literal is null)
                        {
                            break;
                        }

                        if (ReadMethods.Contains(name.Identifier.ValueText) || name.Identifier.ValueText == InboxLookup)
                        {
                            reads.Add(literal);
                        }
                        else if (SendMethods.Contains(name.Identifier.ValueText) || name.Identifier.ValueText == OutboxLookup)
                        {
                            sends.Add(literal);
                        }

                        break;
                    case AttributeSyntax attribute when attribute.Name.ToString() is "Handles" or "HandlesAttribute" or "Axon.Handles":
                        if (attribute.ArgumentList?.Arguments.FirstOrDefault()?.Expression is LiteralExpressionSyntax handled)
                        {
                            reads.Add(handled.Token.ValueText);
                        }

                        break;
                }
            }
        }

        return (reads.ToList(), sends.ToList());
    }

    /// <summary>The declarations of the type and of its base classes that are written in this compilation, up to Axon's <c>Component</c>.</summary>
    private static IEnumerable<SyntaxReference> SourceOf(INamedTypeSymbol type)
    {
        for (var current = type; current is not null && current.DeclaringSyntaxReferences.Length > 0; current = current.BaseType)
        {
            if (current.Name == "Component" && current.ContainingNamespace?.ToDisplayString() == "Axon")
            {
                yield break;
            }

            foreach (var reference in current.DeclaringSyntaxReferences)
            {
                yield return reference;
            }
        }
    }

    /// <summary>A box declared on a partial property is reached through that property, whatever its name.</summary>
    private static void AddPropertyAccessors(INamedTypeSymbol type, Dictionary<string, string> inboxes, Dictionary<string, string> outboxes)
    {
        foreach (var (property, attribute, isInbox) in BoxDeclarations.Properties(type))
        {
            if (attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is string name)
            {
                var target = isInbox ? inboxes : outboxes;
                target.Remove(BoxNames.ToAccessorName(name) ?? string.Empty);
                target[property.Name] = name;
            }
        }
    }

    /// <summary>
    /// Box names by accessor name. A box declared twice, or two names with one accessor, is the user's mistake
    /// (reported by the declaration rules) and must not crash this: the first declaration wins.
    /// </summary>
    private static Dictionary<string, string> ByAccessor(IEnumerable<string> names)
    {
        var byAccessor = new Dictionary<string, string>();
        foreach (var name in names)
        {
            if (BoxNames.ToAccessorName(name) is { } accessor && !byAccessor.ContainsKey(accessor))
            {
                byAccessor.Add(accessor, name);
            }
        }

        return byAccessor;
    }
}
