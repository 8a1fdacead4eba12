using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Kamaelia.Gen.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kamaelia.Gen.Analyzers.Cooperative;

/// <summary>
/// Finds loops in a component's Main iterator that can never end and contain no <c>yield return</c> and no way out
/// (<c>break</c>, <c>return</c>, <c>yield break</c>, <c>throw</c>): such a loop holds the scheduler for ever (KAM031).
/// A loop can never end when its condition is missing or <c>true</c> (<c>while (true)</c>, <c>for (;;)</c>), or when
/// it reads only what its body cannot change (<c>while (Inbox.Count == 0) { }</c>, see <see cref="StuckLoop"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NonYieldingLoopAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.LoopWithoutYield);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownTypes.From(start.Compilation) is { } known)
            {
                start.RegisterSyntaxNodeAction(node => Analyze(node, known), SyntaxKind.MethodDeclaration);
            }
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, KnownTypes known)
    {
        var method = (MethodDeclarationSyntax)context.Node;
        if (method.Identifier.ValueText != "Main" || !method.Modifiers.Any(SyntaxKind.OverrideKeyword)
            || context.SemanticModel.GetDeclaredSymbol(method, context.CancellationToken) is not { } symbol
            || !known.IsComponent(symbol.ContainingType) || known.IsThreaded(symbol.ContainingType))
        {
            return;
        }

        IOperation? methodOperation = null;
        foreach (var loop in method.DescendantNodes().OfType<StatementSyntax>())
        {
            var (body, condition) = loop switch
            {
                WhileStatementSyntax w => (w.Statement, w.Condition),
                DoStatementSyntax d => (d.Statement, d.Condition),
                ForStatementSyntax f => (f.Statement, f.Condition),
                _ => ((StatementSyntax?)null, (ExpressionSyntax?)null),
            };

            if (body is null || Escapes(body))
            {
                continue;
            }

            if (condition is not null && !IsTrue(condition))
            {
                methodOperation ??= context.SemanticModel.GetOperation(method, context.CancellationToken);
                if (methodOperation is null || !CannotEnd(context, loop, condition, body, methodOperation, known))
                {
                    continue;
                }
            }

            var keyword = loop.GetFirstToken();
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LoopWithoutYield, keyword.GetLocation(), symbol.ContainingType.Name));
        }
    }

    /// <summary>True when the condition reads only what the body (and a for loop's incrementors) cannot change.</summary>
    private static bool CannotEnd(SyntaxNodeAnalysisContext context, StatementSyntax loop, ExpressionSyntax condition, StatementSyntax body, IOperation method, KnownTypes known)
    {
        var model = context.SemanticModel;
        var parts = new List<SyntaxNode> { body };
        if (loop is ForStatementSyntax forLoop)
        {
            parts.AddRange(forLoop.Incrementors);
        }

        var operations = parts.Select(p => model.GetOperation(p, context.CancellationToken)).ToList();
        return model.GetOperation(condition, context.CancellationToken) is { } test
            && operations.All(o => o is not null)
            && StuckLoop.CannotEnd(test, operations!, method, known, context.CancellationToken);
    }

    private static bool IsTrue(ExpressionSyntax condition) => condition.IsKind(SyntaxKind.TrueLiteralExpression);

    /// <summary>True when the body yields, returns, throws, or breaks out of this loop (not an inner one or a switch).</summary>
    private static bool Escapes(StatementSyntax body) =>
        body.DescendantNodesAndSelf(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)).Any(n => n switch
        {
            YieldStatementSyntax or ReturnStatementSyntax or ThrowStatementSyntax or ThrowExpressionSyntax or GotoStatementSyntax => true,
            BreakStatementSyntax b => !IsInsideInnerBreakable(b, body),
            _ => false,
        });

    private static bool IsInsideInnerBreakable(SyntaxNode node, StatementSyntax body)
    {
        for (var current = node.Parent; current is not null && current != body; current = current.Parent)
        {
            if (current is WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or ForEachStatementSyntax or SwitchStatementSyntax)
            {
                return true;
            }
        }

        return false;
    }
}
