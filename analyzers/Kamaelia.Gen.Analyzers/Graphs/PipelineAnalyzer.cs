using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Kamaelia.Gen.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kamaelia.Gen.Analyzers.Graphs;

/// <summary>
/// Checks <c>new Pipeline(a, b, c)</c>: every stage has the four standard boxes Pipeline links (KAM025), and each
/// stage's outbox type can flow into the next stage's inbox type (KAM020), including last to first when circular.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PipelineAnalyzer : DiagnosticAnalyzer
{
    private static readonly (string Name, bool IsInbox)[] StandardBoxes = { ("inbox", true), ("control", true), ("outbox", false), ("signal", false) };

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.PipelineStageMissingBox,
        DiagnosticDescriptors.LinkTypeMismatch);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownTypes.From(start.Compilation) is { Pipeline: not null } known)
            {
                WrittenNames.RegisterObjectCreations(start, known.Pipeline.Name, site => Analyze(site, known));
            }
        });
    }

    private static void Analyze(OperationSite context, KnownTypes known)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (!SymbolEqualityComparer.Default.Equals(creation.Type, known.Pipeline) || creation.Arguments.Length != 1)
        {
            return;
        }

        var stages = Stages(creation.Arguments[0]).ToList();
        var shapes = new List<ComponentShape?>();
        foreach (var stage in stages)
        {
            var shape = ComponentShape.Of(Operations.ConcreteType(stage), known);
            shapes.Add(shape);
            if (shape is null || shape.IsDynamic)
            {
                continue;
            }

            foreach (var (name, isInbox) in StandardBoxes)
            {
                if (shape.Find(name, isInbox) is null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.PipelineStageMissingBox, stage.Syntax.GetLocation(), isInbox ? "inbox" : "outbox", name, shape.Type.Name));
                }
            }
        }

        for (var i = 0; i + 1 < stages.Count; i++)
        {
            CheckNeighbours(context, known, shapes[i], shapes[i + 1], stages[i + 1]);
        }

        var circular = creation.Initializer?.Initializers.OfType<ISimpleAssignmentOperation>()
            .Any(a => a.Target is IPropertyReferenceOperation { Property.Name: "Circular" } && a.Value.ConstantValue is { HasValue: true, Value: true }) == true;
        if (circular && stages.Count > 1)
        {
            CheckNeighbours(context, known, shapes[shapes.Count - 1], shapes[0], stages[0]);
        }
    }

    private static void CheckNeighbours(OperationSite context, KnownTypes known, ComponentShape? from, ComponentShape? to, IOperation toSyntax)
    {
        if (from?.Find("outbox", false) is { } outbox && to?.Find("inbox", true) is { } inbox && !known.CanFlow(outbox.ElementType, inbox.ElementType))
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LinkTypeMismatch, toSyntax.Syntax.GetLocation(),
                "outbox", from.Type.Name, outbox.ElementType.ToDisplayString(), "inbox", to.Type.Name, inbox.ElementType.ToDisplayString()));
        }
    }

    private static IEnumerable<IOperation> Stages(IArgumentOperation argument) =>
        argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer }
            ? initializer.ElementValues
            : Enumerable.Empty<IOperation>();
}
