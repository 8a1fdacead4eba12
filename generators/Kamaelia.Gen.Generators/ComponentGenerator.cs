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
            (Parses: ComponentsMarkedWith(context, KnownNames.InboxAttribute), TrackingName: TrackingNames.InboxAttributes),
            (Parses: ComponentsMarkedWith(context, KnownNames.GenericInboxAttribute), TrackingName: TrackingNames.GenericInboxAttributes),
            (Parses: ComponentsMarkedWith(context, KnownNames.OutboxAttribute), TrackingName: TrackingNames.OutboxAttributes),
            (Parses: ComponentsMarkedWith(context, KnownNames.GenericOutboxAttribute), TrackingName: TrackingNames.GenericOutboxAttributes),
            (Parses: ComponentsMarkedWith(context, KnownNames.HandlesAttribute), TrackingName: TrackingNames.Handlers),
            (Parses: ComponentsMarkedWith(context, KnownNames.GraphlineAttribute), TrackingName: TrackingNames.Graphlines),
        };

        // A class with several kinds of attribute is found several times: keep one model per class.
        var components = Merge(marked.Select(m => ModelsOf(m.Parses, m.TrackingName)))
            .SelectMany(static (models, _) => Distinct(models))
            .WithTrackingName(TrackingNames.Components);

        var generated = components
            .Select(static (model, cancellationToken) => Generate(model, cancellationToken))
            .WithTrackingName(TrackingNames.Generated);
        context.RegisterSourceOutput(generated, static (output, component) => AddSources(output, component));

        // Failures are rare, so these steps normally carry nothing; the sites are only read when emitting failed.
        var parseFailures = Merge(marked.Select(m => FailuresOf(m.Parses))).Select(static (failures, _) => OnePerClass(failures));
        context.RegisterSourceOutput(parseFailures, static (output, failures) => Report(output, failures));

        // The class is found again in the compilation only when emitting it failed.
        var emitFailures = generated
            .Where(static component => component.Failure is not null)
            .Combine(context.CompilationProvider)
            .Select(static (pair, cancellationToken) => Locate(pair.Left, pair.Right, cancellationToken));
        context.RegisterSourceOutput(emitFailures, static (output, failure) => output.ReportDiagnostic(failure.ToDiagnostic()));
    }

    private static IncrementalValuesProvider<ComponentParse> ComponentsMarkedWith(
        IncrementalGeneratorInitializationContext context, string attributeMetadataName) =>
        context.SyntaxProvider
            .ForAttributeWithMetadataName(
                attributeMetadataName,
                static (node, _) => node is ClassDeclarationSyntax or MethodDeclarationSyntax or PropertyDeclarationSyntax,
                static (syntax, cancellationToken) => TryParse(syntax, cancellationToken))
            .Where(static parse => parse is not null)
            .Select(static (parse, _) => parse!);

    private static IncrementalValuesProvider<ComponentModel> ModelsOf(IncrementalValuesProvider<ComponentParse> parses, string trackingName) =>
        parses
            .Where(static parse => parse.Model is not null)
            .Select(static (parse, _) => parse.Model!)
            .WithTrackingName(trackingName);

    private static IncrementalValuesProvider<GenerationFailure> FailuresOf(IncrementalValuesProvider<ComponentParse> parses) =>
        parses
            .Where(static parse => parse.Failure is not null)
            .Select(static (parse, _) => parse.Failure!);

    /// <summary>
    /// The model, null when the class is not one to complete (the analyzers say why), or the generator's own
    /// failure: broken, half-typed code is expected and declined, so an exception here is a bug to report.
    /// </summary>
    private static ComponentParse? TryParse(GeneratorAttributeSyntaxContext syntax, CancellationToken cancellationToken)
    {
        try
        {
            FaultInjection.ThrowIfFailing(GenerationStage.Parsing);
            var model = ComponentParser.Parse(syntax.TargetSymbol, syntax.SemanticModel.Compilation, cancellationToken);
            return model is null ? null : new ComponentParse(model, null);
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

    private static IEnumerable<ComponentModel> Distinct(ImmutableArray<ComponentModel> models)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return models
            .OrderBy(m => m.Hierarchy.FileNameHint, StringComparer.Ordinal)
            .Where(m => seen.Add(m.Hierarchy.FileNameHint))
            .ToList();
    }

    /// <summary>A class found through several attributes fails once for each: report it once, at its first declaration.</summary>
    private static EquatableArray<GenerationFailure> OnePerClass(ImmutableArray<GenerationFailure> failures)
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
