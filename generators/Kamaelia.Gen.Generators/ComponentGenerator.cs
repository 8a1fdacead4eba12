using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Kamaelia.Gen.Generators.Diagnostics;
using Kamaelia.Gen.Generators.Emitting;
using Kamaelia.Gen.Generators.Model;
using Kamaelia.Gen.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kamaelia.Gen.Generators;

/// <summary>
/// Turns partial component classes into complete components: typed box accessors and descriptors from
/// [Inbox]/[Outbox], the main loop from [Handles] methods, the wiring and graph descriptor from [Graphline]/[Link].
/// An exception of its own is reported as KAM009 on the class, never swallowed and never thrown at the compiler.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ComponentGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var marked = new[]
        {
            ComponentsMarkedWith(context, KnownNames.InboxAttribute, TrackingNames.InboxAttributes),
            ComponentsMarkedWith(context, KnownNames.GenericInboxAttribute, TrackingNames.GenericInboxAttributes),
            ComponentsMarkedWith(context, KnownNames.OutboxAttribute, TrackingNames.OutboxAttributes),
            ComponentsMarkedWith(context, KnownNames.GenericOutboxAttribute, TrackingNames.GenericOutboxAttributes),
            ComponentsMarkedWith(context, KnownNames.HandlesAttribute, TrackingNames.Handlers),
            ComponentsMarkedWith(context, KnownNames.GraphlineAttribute, TrackingNames.Graphlines),
        };

        // Every site's result goes into one array, the declined ones too: a run's tracked steps are those that lead
        // to an output, and a kind whose values were all filtered out before it would be missing from them.
        var parses = Merge(marked);

        // Where a site cannot tell that it is not the first (MarkedSites.IsFirst), a class is read twice: keep one model.
        var components = parses
            .SelectMany(static (all, _) => Distinct(all.Select(p => p.Model).OfType<ComponentModel>()))
            .WithTrackingName(TrackingNames.Components);

        var generated = components
            .Select(static (model, cancellationToken) => Generate(model, cancellationToken))
            .WithTrackingName(TrackingNames.Generated);
        context.RegisterSourceOutput(generated, static (output, component) => AddSources(output, component));

        // Failures are rare, so this step normally carries nothing; the sites are only read when emitting failed.
        var parseFailures = parses.Select(static (all, _) => OnePerClass(all.Select(p => p.Failure).OfType<GenerationFailure>()));
        context.RegisterSourceOutput(parseFailures, static (output, failures) => Report(output, failures));

        // The class is found again in the compilation only when emitting it failed.
        var emitFailures = generated
            .Where(static component => component.Failure is not null)
            .Combine(context.CompilationProvider)
            .Select(static (pair, cancellationToken) => Locate(pair.Left, pair.Right, cancellationToken));
        context.RegisterSourceOutput(emitFailures, static (output, failure) => output.ReportDiagnostic(failure.ToDiagnostic()));
    }

    /// <summary>What each site marked with the attribute gave; only a class's first site reads it (<see cref="MarkedSites"/>).</summary>
    private static IncrementalValuesProvider<ComponentParse> ComponentsMarkedWith(
        IncrementalGeneratorInitializationContext context, string attributeMetadataName, string trackingName)
    {
        var kind = MarkedSites.Kinds.IndexOf(attributeMetadataName);
        return context.SyntaxProvider
            .ForAttributeWithMetadataName(
                attributeMetadataName,
                static (node, _) => MarkedSites.CanBeMarked(node),
                (syntax, cancellationToken) => TryParse(syntax, kind, cancellationToken))
            // A step of its own, so that Roslyn's name for the transform step stays as it is.
            .Select(static (parse, _) => parse)
            .WithTrackingName(trackingName);
    }

    /// <summary>
    /// The model; nothing when another site reads the class, or when the class is not one to complete (the
    /// analyzers say why); or the generator's own failure: broken, half-typed code is expected and declined, so an
    /// exception here is a bug to report.
    /// </summary>
    private static ComponentParse TryParse(GeneratorAttributeSyntaxContext syntax, int kind, CancellationToken cancellationToken)
    {
        try
        {
            FaultInjection.ThrowIfFailing(GenerationStage.Parsing);
            var model = MarkedSites.IsFirst(syntax, kind, cancellationToken)
                ? ComponentParser.Parse(syntax.TargetSymbol, syntax.SemanticModel.Compilation, cancellationToken)
                : null;
            return model is null ? ComponentParse.Nothing : new ComponentParse(model, null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new ComponentParse(null, GenerationFailure.From(ClassName(syntax.TargetSymbol), exception, LocationInfo.From(ClassNameLocation(syntax.TargetNode))));
        }
    }

    /// <summary>The class's identifier: a [Handles] attribute sits on a method, but the failure is the class's.</summary>
    private static Location ClassNameLocation(SyntaxNode target) =>
        target.AncestorsAndSelf().OfType<ClassDeclarationSyntax>().FirstOrDefault() is { } declaration
            ? declaration.Identifier.GetLocation()
            : target.GetLocation();

    /// <summary>Spelled like the model's display name, so both stages name the class alike.</summary>
    private static string ClassName(ISymbol target) =>
        (target as INamedTypeSymbol ?? target.ContainingType ?? target).ToDisplayString(TypeNameFormats.Short);

    private static IncrementalValueProvider<ImmutableArray<T>> Merge<T>(IEnumerable<IncrementalValuesProvider<T>> providers)
    {
        IncrementalValueProvider<ImmutableArray<T>>? merged = null;
        foreach (var provider in providers)
        {
            merged = merged is { } left
                ? left.Combine(provider.Collect()).Select(static (pair, _) => pair.Left.AddRange(pair.Right))
                : provider.Collect();
        }

        return merged ?? throw new ArgumentException("There is nothing to merge.", nameof(providers));
    }

    private static IEnumerable<ComponentModel> Distinct(IEnumerable<ComponentModel> models)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return models
            .OrderBy(m => m.Hierarchy.FileNameHint, StringComparer.Ordinal)
            .Where(m => seen.Add(m.Hierarchy.FileNameHint))
            .ToList();
    }

    /// <summary>A class found through several attributes fails once for each: report it once, at its first declaration.</summary>
    private static EquatableArray<GenerationFailure> OnePerClass(IEnumerable<GenerationFailure> failures)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return failures
            .OrderBy(f => f.TypeName, StringComparer.Ordinal)
            .ThenBy(f => f.Location?.FilePath ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(f => f.Location?.Span.Start ?? 0)
            .Where(f => seen.Add(f.TypeName))
            .ToEquatableArray();
    }

    private static GeneratedComponent Generate(ComponentModel model, CancellationToken cancellationToken)
    {
        var hint = model.Hierarchy.FileNameHint;
        try
        {
            FaultInjection.ThrowIfFailing(GenerationStage.Emitting);
            var files = new List<GeneratedFile>();
            if (!model.InheritsBoxes)
            {
                files.Add(new GeneratedFile(hint + ".Boxes.g.cs", BoxesEmitter.Emit(model)));
            }

            if (model.HandlerLoop is { } loop)
            {
                files.Add(new GeneratedFile(hint + ".Handlers.g.cs", HandlerLoopEmitter.Emit(model, loop)));
            }

            if (model.Graph is { } graph)
            {
                files.Add(new GeneratedFile(hint + ".Graph.g.cs", GraphEmitter.Emit(model, graph)));
            }

            cancellationToken.ThrowIfCancellationRequested();
            return new GeneratedComponent(hint, files.ToEquatableArray(), null, model.MetadataName);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Emitting works on plain values; a failure is a bug, and half of a component's files would not compile.
            return new GeneratedComponent(hint, EquatableArray<GeneratedFile>.Empty, GenerationFailure.From(model.DisplayName, exception, null), model.MetadataName);
        }
    }

    /// <summary>The failure, placed on the class's name in its first declaration (by file path, then position).</summary>
    private static GenerationFailure Locate(GeneratedComponent component, Compilation compilation, CancellationToken cancellationToken)
    {
        var location = compilation.GetTypeByMetadataName(component.MetadataName)?.DeclaringSyntaxReferences
            .Select(reference => reference.GetSyntax(cancellationToken))
            .OfType<ClassDeclarationSyntax>()
            .Select(declaration => declaration.Identifier.GetLocation())
            .OrderBy(l => l.SourceTree?.FilePath ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(l => l.SourceSpan.Start)
            .FirstOrDefault();
        return component.Failure! with { Location = location is null ? null : LocationInfo.From(location) };
    }

    private static void AddSources(SourceProductionContext output, GeneratedComponent component)
    {
        try
        {
            foreach (var file in component.Files)
            {
                output.AddSource(file.HintName, file.Text);
            }
        }
        catch (ArgumentException exception)
        {
            // A hint name the compiler refuses (a character or a duplicate) is a bug of ours. The class's location is
            // not at hand here, since carrying it would regenerate the class whenever it moves; the message names it.
            output.ReportDiagnostic(GenerationFailure.From(component.FileNameHint, exception, null).ToDiagnostic());
        }
    }

    private static void Report(SourceProductionContext output, EquatableArray<GenerationFailure> failures)
    {
        foreach (var failure in failures)
        {
            output.ReportDiagnostic(failure.ToDiagnostic());
        }
    }
}
