using System.Collections.Immutable;
using System.Linq;
using Kamaelia.Gen.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kamaelia.Gen.Analyzers.Usage;

/// <summary>
/// Checks the constant box names given to Component's by-name API (Send, Recv, TryRecv, DataReady, Deliver,
/// SetInboxSize, GetInbox, GetOutbox, DeleteInbox, DeleteOutbox, TrackResource): the box exists (KAM010), is of
/// the right direction (KAM011), and, for Send and Deliver, takes the value's type (KAM012).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BoxNameUsageAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The by-name methods checked; a call written with any other name is not bound.</summary>
    private static readonly ImmutableHashSet<string> ByNameMethods = ImmutableHashSet.Create(
        "Send", "Recv", "TryRecv", "DataReady", "Deliver", "SetInboxSize", "GetInbox", "DeleteInbox", "TrackResource", "GetOutbox", "DeleteOutbox");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.UnknownBox,
        DiagnosticDescriptors.WrongDirection,
        DiagnosticDescriptors.WrongMessageType);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownTypes.From(start.Compilation) is { } known)
            {
                WrittenNames.RegisterInvocations(start, ByNameMethods, site => Analyze(site, known),
                    (invocation, containing) => TypedBoxReceiver.IsTypedBoxCall(invocation, containing, known));
            }
        });
    }

    private static void Analyze(OperationSite context, KnownTypes known)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (!SymbolEqualityComparer.Default.Equals(method.ContainingType, known.Component) || invocation.Instance is null)
        {
            return;
        }

        (string Parameter, bool IsInbox, string Use)? usage = method.Name switch
        {
            "Send" => ("outbox", false, "messages are sent on outboxes"),
            "Recv" or "TryRecv" or "DataReady" => ("inbox", true, "messages are received from inboxes"),
            "Deliver" => ("inbox", true, "messages are delivered into inboxes"),
            "SetInboxSize" or "GetInbox" or "DeleteInbox" or "TrackResource" => (method.Name == "TrackResource" ? "inbox" : method.Parameters[0].Name, true, "only inboxes have that"),
            "GetOutbox" or "DeleteOutbox" => (method.Parameters[0].Name, false, "that is for outboxes"),
            _ => null,
        };
        if (usage is not { } use)
        {
            return;
        }

        var argument = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == use.Parameter);
        if (argument is null || Operations.ConstantString(argument.Value) is not { } name
            || ComponentShape.Of(Operations.ConcreteType(invocation.Instance), known) is not { } shape)
        {
            return;
        }

        var location = argument.ArgumentKind == ArgumentKind.DefaultValue ? invocation.Syntax.GetLocation() : argument.Value.Syntax.GetLocation();
        var box = shape.Find(name, use.IsInbox);
        if (box is null)
        {
            var opposite = shape.Find(name, !use.IsInbox);
            if (opposite is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.WrongDirection, location, name, shape.Type.Name, opposite.Kind, use.Use));
            }
            else if (!shape.IsDynamic)
            {
                var candidates = (use.IsInbox ? shape.Inboxes : shape.Outboxes).Select(b => b.Name).ToList();
                var properties = NameSuggestions.Closest(name, candidates) is { } closest
                    ? ImmutableDictionary<string, string?>.Empty.Add(CodeFixProperties.Suggestion, closest)
                    : ImmutableDictionary<string, string?>.Empty;
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownBox, location, properties, shape.Type.Name, use.IsInbox ? "inbox" : "outbox", name,
                    $" (its {(use.IsInbox ? "inboxes" : "outboxes")} are {NameSuggestions.List(candidates)}){NameSuggestions.Hint(name, candidates)}"));
            }

            return;
        }

        if (method.Name is "Send" or "Deliver"
            && invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value is { } value
            && Operations.ConcreteType(value) is { } valueType
            && !(value.ConstantValue is { HasValue: true, Value: null })
            && !known.CanFlow(valueType, box.ElementType))
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.WrongMessageType, value.Syntax.GetLocation(),
                valueType.ToDisplayString(), box.Kind, name, shape.Type.Name, box.ElementType.ToDisplayString()));
        }
    }
}
