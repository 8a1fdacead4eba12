using System.Collections.Immutable;
using Kamaelia.Gen.Generators.Serialization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kamaelia.Gen.Analyzers.Serialization;

/// <summary>
/// Checks the element type T of every NATS link component (NatsPublishTo&lt;T&gt; and its siblings): the generator
/// writes its serializer only if T can cross a process boundary, and KAM040 says why it cannot. The rules are
/// the generator's own (<see cref="MessageTypeRules"/>, linked into this assembly), so the two always agree.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MessageTypeAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UnserializableMessageType);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName(NatsLinkTypes.MessageTypesRegistry) is null)
            {
                return;
            }

            start.RegisterSyntaxNodeAction(Analyze, SyntaxKind.GenericName);
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        if (!NatsLinkTypes.IsCandidate(context.Node))
        {
            return;
        }

        var name = (GenericNameSyntax)context.Node;
        var elementType = NatsLinkTypes.ElementType(name, context.SemanticModel, context.CancellationToken);
        if (elementType is null || MessageTypeRules.IsOpen(elementType))
        {
            return;
        }

        var closure = MessageTypeRules.Resolve(elementType, context.Compilation, context.CancellationToken);
        if (closure.Problem is { } problem)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.UnserializableMessageType,
                name.TypeArgumentList.Arguments[0].GetLocation(),
                elementType.ToDisplayString(MessageTypeRules.DisplayFormat),
                problem.Describe()));
        }
    }
}
