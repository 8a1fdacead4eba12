using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Kamaelia.Gen.Generators.Emitting;
using Kamaelia.Gen.Generators.Model;
using Kamaelia.Gen.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kamaelia.Gen.Generators;

/// <summary>
/// Turns partial component classes into complete components: typed box accessors and descriptors from
/// [Inbox]/[Outbox], the main loop from [Handles] methods, the wiring and graph descriptor from [Graphline]/[Link].
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ComponentGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var inboxes = ComponentsMarkedWith(context, KnownNames.InboxAttribute, TrackingNames.InboxAttributes);
        var genericInboxes = ComponentsMarkedWith(context, KnownNames.GenericInboxAttribute, TrackingNames.GenericInboxAttributes);
        var outboxes = ComponentsMarkedWith(context, KnownNames.OutboxAttribute, TrackingNames.OutboxAttributes);
        var genericOutboxes = ComponentsMarkedWith(context, KnownNames.GenericOutboxAttribute, TrackingNames.GenericOutboxAttributes);
        var handlers = ComponentsMarkedWith(context, KnownNames.HandlesAttribute, TrackingNames.Handlers);
        var graphlines = ComponentsMarkedWith(context, KnownNames.GraphlineAttribute, TrackingNames.Graphlines);

        // A class with several kinds of attribute is found several times: keep one model per class.
        var components = inboxes.Collect()
            .Combine(genericInboxes.Collect()).Select(Concat)
            .Combine(outboxes.Collect()).Select(Concat)
            .Combine(genericOutboxes.Collect()).Select(Concat)
            .Combine(handlers.Collect()).Select(Concat)
            .Combine(graphlines.Collect()).Select(Concat)
            .SelectMany(static (models, _) => Distinct(models))
            .WithTrackingName(TrackingNames.Components);

        context.RegisterSourceOutput(components, static (output, model) => Emit(output, model));
    }

    private static IncrementalValuesProvider<ComponentModel> ComponentsMarkedWith(
        IncrementalGeneratorInitializationContext context, string attributeMetadataName, string trackingName) =>
        context.SyntaxProvider
            .ForAttributeWithMetadataName(
                attributeMetadataName,
                static (node, _) => node is ClassDeclarationSyntax or MethodDeclarationSyntax,
                static (syntax, cancellationToken) => TryParse(syntax, cancellationToken))
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(trackingName);

    private static ComponentModel? TryParse(GeneratorAttributeSyntaxContext syntax, CancellationToken cancellationToken)
    {
        try
        {
            return ComponentParser.Parse(syntax.TargetSymbol, syntax.SemanticModel.Compilation, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception)
        {
            // Broken, half-typed code must never crash the generator: the analyzers report what is wrong.
            return null;
        }
    }

    private static ImmutableArray<ComponentModel> Concat((ImmutableArray<ComponentModel> Left, ImmutableArray<ComponentModel> Right) pair, CancellationToken _) =>
        pair.Left.AddRange(pair.Right);

    private static IEnumerable<ComponentModel> Distinct(ImmutableArray<ComponentModel> models)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return models
            .OrderBy(m => m.Hierarchy.FileNameHint, StringComparer.Ordinal)
            .Where(m => seen.Add(m.Hierarchy.FileNameHint))
            .ToList();
    }

    private static void Emit(SourceProductionContext output, ComponentModel model)
    {
        try
        {
            var hint = model.Hierarchy.FileNameHint;
            output.AddSource(hint + ".Boxes.g.cs", BoxesEmitter.Emit(model));
            if (model.HandlerLoop is { } loop)
            {
                output.AddSource(hint + ".Handlers.g.cs", HandlerLoopEmitter.Emit(model, loop));
            }

            if (model.Graph is { } graph)
            {
                output.AddSource(hint + ".Graph.g.cs", GraphEmitter.Emit(model, graph));
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Emitting works on plain values and should not fail; if it ever does, emit nothing rather than crash.
        }
    }
}
