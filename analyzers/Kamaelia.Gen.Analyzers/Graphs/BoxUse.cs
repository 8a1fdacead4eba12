using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Kamaelia.Gen.Analyzers.Infrastructure;
using Kamaelia.Gen.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kamaelia.Gen.Analyzers.Graphs;

/// <summary>
/// Which boxes a component class visibly reads and sends on, from its source: handlers, accessor calls
/// (<c>Inbox.TryRecv</c>, <c>Outbox.Send</c>) and by-name calls with a literal name. Types compiled elsewhere
/// are unknown (null), so the unlinked-box rules stay silent about them rather than guess.
/// </summary>
internal sealed class BoxUse
{
    private static readonly string[] ReadMethods = { "Recv", "TryRecv", "DataReady", "Count", "Peek" };
    private static readonly string[] SendMethods = { "Send", "TrySend" };

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

    /// <summary>
    /// Box names by accessor name. A box declared twice, or two names with one accessor, is the user's mistake
    /// (reported by the declaration rules) and must not crash this one: the first declaration wins.
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

    private static BoxUse? Scan(ComponentShape shape)
    {
        var type = shape.Type.OriginalDefinition;
        if (type.DeclaringSyntaxReferences.Length == 0 || !shape.IsDeclared)
        {
            return null;
        }

        var inboxByAccessor = ByAccessor(shape.Inboxes.Select(b => b.Name));
        var outboxByAccessor = ByAccessor(shape.Outboxes.Select(b => b.Name));
        var reads = new HashSet<string>();
        var sends = new HashSet<string>();
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            var root = reference.GetSyntax();
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
                    case InvocationExpressionSyntax { Expression: IdentifierNameSyntax name } invocation:
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

                        if (ReadMethods.Contains(name.Identifier.ValueText))
                        {
                            reads.Add(literal);
                        }
                        else if (SendMethods.Contains(name.Identifier.ValueText))
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

        return new BoxUse(reads, sends);
    }
}
