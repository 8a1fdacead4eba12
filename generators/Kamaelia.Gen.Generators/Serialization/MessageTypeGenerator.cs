using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Kamaelia.Gen.Generators.Diagnostics;
using Kamaelia.Gen.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kamaelia.Gen.Generators.Serialization;

/// <summary>
/// Writes the serializers of the messages that cross a process boundary: for the element type T of every
/// NatsPublishTo&lt;T&gt;, NatsSubscribeTo&lt;T&gt;, NatsDurablePublishTo&lt;T&gt; and NatsDurableSubscribeTo&lt;T&gt; in
/// the project, a System.Text.Json converter written for T, registered with Kamaelia.Nats.NatsMessageTypes when
/// the assembly loads. A generator cannot see another generator's output, so System.Text.Json's own generator
/// cannot be asked for these; the converters are written here instead.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class MessageTypeGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Only a bool leaves the compilation, so an edit elsewhere re-runs this step and stops at it.
        var natsReferenced = context.CompilationProvider
            .Select(static (compilation, _) => compilation.GetTypeByMetadataName(NatsLinkTypes.MessageTypesRegistry) is not null)
            .WithTrackingName(MessageTypeTrackingNames.NatsReferenced);

        var parses = context.SyntaxProvider
            .CreateSyntaxProvider(
                static (node, _) => NatsLinkTypes.IsCandidate(node),
                static (syntax, cancellationToken) => TryParse(syntax, cancellationToken))
            .Where(static parse => parse is not null)
            .Select(static (parse, _) => parse!);

        var uses = parses
            .Where(static parse => parse.Use is not null)
            .Select(static (parse, _) => parse.Use!)
            .WithTrackingName(MessageTypeTrackingNames.MessageTypeUses);

        var failures = parses
            .Where(static parse => parse.Failure is not null)
            .Select(static (parse, _) => parse.Failure!);
        context.RegisterSourceOutput(failures, static (output, failure) => output.ReportDiagnostic(failure.ToDiagnostic()));

        var messageTypes = uses.Collect()
            .Combine(natsReferenced)
            .Select(static (pair, _) => pair.Right ? Merge(pair.Left) : null)
            .WithTrackingName(MessageTypeTrackingNames.MessageTypes);

        context.RegisterSourceOutput(messageTypes, static (output, model) => Emit(output, model));
    }

    /// <summary>
    /// The use, null when there is nothing to generate (the analyzer's KAM040 says why), or the generator's own
    /// failure: broken, half-typed code is expected and declined, so an exception here is a bug to report.
    /// </summary>
    private static MessageTypeParse? TryParse(GeneratorSyntaxContext syntax, CancellationToken cancellationToken)
    {
        var name = (GenericNameSyntax)syntax.Node;
        try
        {
            FaultInjection.ThrowIfFailing(GenerationStage.Parsing);
            return MessageTypeParser.Parse(name, syntax.SemanticModel, cancellationToken) is { } use ? new MessageTypeParse(use, null) : null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new MessageTypeParse(null, GenerationFailure.From(name.ToString(), exception, LocationInfo.From(name.GetLocation())));
        }
    }

    /// <summary>One sorted set of types for the whole project, whatever the order of the files and uses.</summary>
    private static MessageTypesModel? Merge(ImmutableArray<MessageTypeUse> uses)
    {
        if (uses.IsDefaultOrEmpty)
        {
            return null;
        }

        var types = new Dictionary<string, MessageTypeModel>(StringComparer.Ordinal);
        foreach (var type in uses.SelectMany(u => u.Types))
        {
            if (!types.ContainsKey(type.TypeName))
            {
                types.Add(type.TypeName, type);
            }
        }

        return new MessageTypesModel(
            uses.Select(u => u.RootTypeName).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray(),
            types.Values.OrderBy(t => t.TypeName, StringComparer.Ordinal).ToEquatableArray());
    }

    private static void Emit(SourceProductionContext output, MessageTypesModel? model)
    {
        if (model is null)
        {
            return;
        }

        try
        {
            FaultInjection.ThrowIfFailing(GenerationStage.Emitting);
            output.AddSource(MessageTypesEmitter.HintName, MessageTypesEmitter.Emit(model));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Emitting works on plain values, so a failure is a bug. The file serves the whole project, so there is
            // no one place in the source to point at; the message names the registry the file would have written.
            output.ReportDiagnostic(GenerationFailure.From(MessageTypesEmitter.RegistryTypeName, exception, null).ToDiagnostic());
        }
    }
}
