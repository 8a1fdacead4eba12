using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Kamaelia.Gen.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kamaelia.Gen.Analyzers.Usage;

/// <summary>
/// Finds one box linked twice by <c>Link</c> calls in one body (a method, constructor, accessor, lambda or local
/// function), typed <c>Link(a.Outbox, b.Inbox)</c> or by name <c>Link((a, "outbox"), (b, "inbox"))</c>: a box has
/// one destination, so the second link is an error (KAM022), reported on its source argument. Links that cannot
/// both run (the two branches of an if, a switch or a try) or that an unlink (Unlink, UnlinkAll, RemoveChild,
/// ChildrenDone) or a new value of the component separates are left alone.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LinkedTwiceAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.BoxLinkedTwice);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownTypes.From(start.Compilation) is { } known)
            {
                // A code block action, not an operation block action: the body is bound into operations only when
                // its syntax holds two calls named Link, since binding every body is most of an analyzer's cost.
                start.RegisterCodeBlockAction(block => Analyze(block, known));
            }
        });
    }

    private static void Analyze(CodeBlockAnalysisContext context, KnownTypes known)
    {
        // A type's own code block is its attributes' arguments; the bodies of its members come as blocks of their own.
        if (context.CodeBlock is BaseTypeDeclarationSyntax || WrittenNames.CountCalls(context.CodeBlock, "Link") < 2)
        {
            return;
        }

        var body = context.SemanticModel.GetOperation(context.CodeBlock, context.CancellationToken)
            ?? context.CodeBlock.ChildNodes().Select(child => context.SemanticModel.GetOperation(child, context.CancellationToken)).FirstOrDefault(operation => operation is not null);
        if (body is not null)
        {
            var self = context.OwningSymbol as INamedTypeSymbol ?? context.OwningSymbol.ContainingType;
            AnalyzeBody(context.ReportDiagnostic, known, self, body);
        }
    }

    /// <summary>Checks the links of one body; a lambda or local function inside it is a body of its own.</summary>
    private static void AnalyzeBody(Action<Diagnostic> report, KnownTypes known, ISymbol? self, IOperation body)
    {
        var links = new List<LinkCall>();
        var nestedBodies = new List<IOperation>();
        var unlinks = new List<IOperation>();
        var writes = new List<(ISymbol Symbol, IOperation Operation)>();
        Collect(body, known, self, links, nestedBodies, unlinks, writes);

        for (var later = 1; later < links.Count; later++)
        {
            var second = links[later];
            for (var earlier = 0; earlier < later; earlier++)
            {
                var first = links[earlier];
                if (second.Source.IsSameBoxAs(first.Source) && CanBothRun(first, second, unlinks, writes))
                {
                    report(Diagnostic.Create(DiagnosticDescriptors.BoxLinkedTwice, second.SourceArgument.Syntax.GetLocation(),
                        second.Source.ComponentText, second.Source.BoxText, first.Sink.ComponentText, first.Sink.BoxText));
                    break;
                }
            }
        }

        foreach (var nested in nestedBodies)
        {
            AnalyzeBody(report, known, self, nested);
        }
    }

    private static void Collect(
        IOperation operation,
        KnownTypes known,
        ISymbol? self,
        List<LinkCall> links,
        List<IOperation> nestedBodies,
        List<IOperation> unlinks,
        List<(ISymbol, IOperation)> writes)
    {
        foreach (var child in operation.ChildOperations)
        {
            switch (child)
            {
                case IAnonymousFunctionOperation { Body: { } lambdaBody }:
                    nestedBodies.Add(lambdaBody);
                    continue;
                case ILocalFunctionOperation { Body: { } localBody }:
                    nestedBodies.Add(localBody);
                    continue;
                case IInvocationOperation invocation when IsComponentMethod(invocation, known, "Link"):
                    if (LinkCall.From(invocation, known, self) is { } link)
                    {
                        links.Add(link);
                    }

                    break;
                case IInvocationOperation invocation when IsUnlinking(invocation, known):
                    unlinks.Add(invocation);
                    break;
                case IAssignmentOperation assignment when LinkEnd.Identity(assignment.Target, self) is { } assigned:
                    writes.Add((assigned, assignment));
                    break;
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument when LinkEnd.Identity(argument.Value, self) is { } passed:
                    writes.Add((passed, argument));
                    break;
            }

            Collect(child, known, self, links, nestedBodies, unlinks, writes);
        }
    }

    /// <summary>Unlink, UnlinkAll, RemoveChild and ChildrenDone may remove the first link before the second is made.</summary>
    private static bool IsUnlinking(IInvocationOperation invocation, KnownTypes known) =>
        invocation.TargetMethod.Name is "Unlink" or "UnlinkAll" or "RemoveChild" or "ChildrenDone"
        && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, known.Component);

    private static bool IsComponentMethod(IInvocationOperation invocation, KnownTypes known, string name) =>
        invocation.TargetMethod.Name == name && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, known.Component);

    /// <summary>
    /// True when one run of the body can make both links: they are not in different branches of one choice, and
    /// no unlink, and no new value of the source's component, comes between them.
    /// </summary>
    private static bool CanBothRun(LinkCall first, LinkCall second, List<IOperation> unlinks, List<(ISymbol Symbol, IOperation Operation)> writes)
    {
        var firstSyntax = first.Invocation.Syntax;
        var secondSyntax = second.Invocation.Syntax;
        var common = firstSyntax.FirstAncestorOrSelf<SyntaxNode>(n => n.Span.Contains(secondSyntax.Span));
        if (common is not (BlockSyntax or SwitchSectionSyntax or CompilationUnitSyntax or GlobalStatementSyntax))
        {
            return false;
        }

        bool Between(IOperation operation) =>
            operation.Syntax.SpanStart > firstSyntax.Span.End && operation.Syntax.SpanStart < secondSyntax.SpanStart;

        return !unlinks.Any(Between)
            && !writes.Any(w => SymbolEqualityComparer.Default.Equals(w.Symbol, second.Source.Component) && Between(w.Operation));
    }

    /// <summary>One Link call and its two ends.</summary>
    private sealed class LinkCall
    {
        private LinkCall(IInvocationOperation invocation, IOperation sourceArgument, LinkEnd source, LinkEnd sink)
        {
            Invocation = invocation;
            SourceArgument = sourceArgument;
            Source = source;
            Sink = sink;
        }

        public IInvocationOperation Invocation { get; }

        /// <summary>The source argument as written, where a second link is reported.</summary>
        public IOperation SourceArgument { get; }

        public LinkEnd Source { get; }

        public LinkEnd Sink { get; }

        public static LinkCall? From(IInvocationOperation invocation, KnownTypes known, ISymbol? self)
        {
            var source = Operations.ArgumentFor(invocation, 0);
            var sink = Operations.ArgumentFor(invocation, 1);
            if (source is null || sink is null || invocation.TargetMethod.Parameters.Length < 2)
            {
                return null;
            }

            var firstParameter = invocation.TargetMethod.Parameters[0].Type;
            if (known.IsBoxType(firstParameter, inbox: true) || known.IsBoxType(firstParameter, inbox: false))
            {
                return new LinkCall(invocation, source, LinkEnd.Typed(source, known, self), LinkEnd.Typed(sink, known, self));
            }

            // By name: Passthrough.Inward (1) starts from an inbox, Passthrough.Outward (2) ends at an outbox.
            var passthrough = Operations.PassthroughOf(invocation);
            return new LinkCall(invocation, source, LinkEnd.ByName(source, self, isInbox: passthrough == 1), LinkEnd.ByName(sink, self, isInbox: passthrough != 2));
        }
    }
}
