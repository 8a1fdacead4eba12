using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kamaelia.Gen.Analyzers.Infrastructure;

/// <summary>
/// Hands an analyzer only the calls, property reads and object creations whose written name can matter to it,
/// bound one by one. An operation action would have Roslyn bind every method body into operations first,
/// whatever it holds; a method's name cannot be aliased, so its written name is exact, and a type's is checked
/// against the aliases the compilation declares, a target-typed <c>new()</c> always being bound.
/// </summary>
internal static class WrittenNames
{
    /// <summary>
    /// Calls written with one of the names. <paramref name="settledBySyntax"/>, when given, sees each call first and
    /// answers true when the analyzer has settled it from syntax and declarations alone (reporting what it found, or
    /// telling that the call does not concern it), so that nothing in the body is bound for it.
    /// </summary>
    public static void RegisterInvocations(
        CompilationStartAnalysisContext start,
        ImmutableHashSet<string> methodNames,
        Action<OperationSite> action,
        Func<InvocationExpressionSyntax, SyntaxNodeAnalysisContext, bool>? settledBySyntax = null) =>
        start.RegisterSyntaxNodeAction(
            node =>
            {
                var invocation = (InvocationExpressionSyntax)node.Node;
                if (NameOf(invocation.Expression) is { } name && methodNames.Contains(name)
                    && settledBySyntax?.Invoke(invocation, node) != true
                    && node.SemanticModel.GetOperation(invocation, node.CancellationToken) is IInvocationOperation operation)
                {
                    action(new OperationSite(operation, node.ContainingSymbol, node.ReportDiagnostic));
                }
            },
            SyntaxKind.InvocationExpression);

    public static void RegisterPropertyReferences(CompilationStartAnalysisContext start, ImmutableHashSet<string> propertyNames, Action<OperationSite> action) =>
        start.RegisterSyntaxNodeAction(
            node =>
            {
                if (NameOf((ExpressionSyntax)node.Node) is { } name && propertyNames.Contains(name)
                    && node.SemanticModel.GetOperation(node.Node, node.CancellationToken) is IPropertyReferenceOperation operation)
                {
                    action(new OperationSite(operation, node.ContainingSymbol, node.ReportDiagnostic));
                }
            },
            SyntaxKind.SimpleMemberAccessExpression,
            SyntaxKind.MemberBindingExpression);

    /// <summary>Creations written with the type's name or with an alias declared anywhere in the compilation, and every <c>new()</c>.</summary>
    public static void RegisterObjectCreations(CompilationStartAnalysisContext start, string typeName, Action<OperationSite> action)
    {
        var names = ImmutableHashSet.Create(StringComparer.Ordinal, typeName).Union(AliasNames(start.Compilation));
        start.RegisterSyntaxNodeAction(
            node =>
            {
                var written = node.Node is ObjectCreationExpressionSyntax creation ? NameOf(creation.Type) : null;
                if ((written is null || names.Contains(written))
                    && node.SemanticModel.GetOperation(node.Node, node.CancellationToken) is IObjectCreationOperation operation)
                {
                    action(new OperationSite(operation, node.ContainingSymbol, node.ReportDiagnostic));
                }
            },
            SyntaxKind.ObjectCreationExpression,
            SyntaxKind.ImplicitObjectCreationExpression);
    }

    /// <summary>How many calls in <paramref name="node"/> are written with the method name <paramref name="methodName"/>.</summary>
    public static int CountCalls(SyntaxNode node, string methodName) =>
        node.DescendantNodes().Count(n => n is InvocationExpressionSyntax invocation && NameOf(invocation.Expression) == methodName);

    /// <summary>The rightmost simple name of a name, member access or member binding; null for anything else.</summary>
    private static string? NameOf(ExpressionSyntax expression) => expression switch
    {
        SimpleNameSyntax name => name.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>The names of every using alias in the compilation (at file or namespace level, global or not).</summary>
    private static IEnumerable<string> AliasNames(Compilation compilation) =>
        compilation.SyntaxTrees
            .SelectMany(tree => tree.GetRoot().DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax))
            .OfType<UsingDirectiveSyntax>()
            .Where(directive => directive.Alias is not null)
            .Select(directive => directive.Alias!.Name.Identifier.ValueText);
}
