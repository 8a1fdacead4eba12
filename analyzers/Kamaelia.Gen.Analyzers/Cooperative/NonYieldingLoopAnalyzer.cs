using System.Collections.Immutable;
using System.Linq;
using Kamaelia.Gen.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kamaelia.Gen.Analyzers.Cooperative;

/// <summary>
/// Finds loops in a component's Main iterator that can never end (<c>while (true)</c>, <c>for (;;)</c>,
/// <c>do ... while (true)</c>) and contain no <c>yield return</c> and no way out (<c>break</c>, <c>return</c>,
/// <c>yield break</c>, <c>throw</c>): such a loop holds the scheduler for ever (KAM031).
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

        foreach (var loop in method.DescendantNodes().OfType<StatementSyntax>())
        {
            var (body, infinite) = loop switch
            {
                WhileStatementSyntax w => (w.Statement, IsTrue(w.Condition)),
                DoStatementSyntax d => (d.Statement, IsTrue(d.Condition)),
                ForStatementSyntax f => (f.Statement, f.Condition is null || IsTrue(f.Condition)),
                _ => ((StatementSyntax?)null, false),
            };

            if (body is null || !infinite || Escapes(body))
            {
                continue;
            }

            var keyword = loop.GetFirstToken();
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LoopWithoutYield, keyword.GetLocation(), symbol.ContainingType.Name));
        }
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
