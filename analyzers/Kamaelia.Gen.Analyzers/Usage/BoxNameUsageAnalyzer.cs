using System.Collections.Immutable;
using System.Linq;
using Kamaelia.Gen.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kamaelia.Gen.Analyzers.Usage;

/// <summary>
/// Checks the constant box names given to Component's by-name API (Send, Recv, TryRecv, DataReady, Deliver,
/// SetInboxSize, GetInbox, GetOutbox, DeleteInbox, DeleteOutbox, TrackResource): the box exists (KAM010), is of
/// the right direction (KAM011), and, for Send and Deliver, takes the value's type (KAM012).
/// </summary>
/// <remarks>
/// A component's calls on itself with a literal name, such as <c>Send(message, "outbox")</c>, are settled from
/// syntax and the type's declarations when nothing else could be called and no value type is to be checked: the
/// semantic model binds a whole body to answer anything inside it, which is most of what an analyzer costs a build.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BoxNameUsageAnalyzer : DiagnosticAnalyzer
{
    /// <summary>
    /// The by-name methods checked, each with the position of its box-name argument, the direction of the box, what
    /// the wrong direction is told, the name its box argument defaults to (or null) and how many arguments it takes.
    /// A call written with any other name is not bound.
    /// </summary>
    private static readonly ImmutableDictionary<string, ByNameMethod> ByNameMethods = new[]
    {
        new ByNameMethod("Send", 1, false, "messages are sent on outboxes", "outbox", 1, 2),
        new ByNameMethod("Recv", 0, true, "messages are received from inboxes", "inbox", 0, 1),
        new ByNameMethod("TryRecv", 0, true, "messages are received from inboxes", null, 2, 2),
        new ByNameMethod("DataReady", 0, true, "messages are received from inboxes", "inbox", 0, 1),
        new ByNameMethod("Deliver", 1, true, "messages are delivered into inboxes", "inbox", 1, 2),
        new ByNameMethod("SetInboxSize", 0, true, "only inboxes have that", null, 2, 2),
        new ByNameMethod("GetInbox", 0, true, "only inboxes have that", null, 1, 1),
        new ByNameMethod("DeleteInbox", 0, true, "only inboxes have that", null, 1, 1),
        new ByNameMethod("TrackResource", 1, true, "only inboxes have that", null, 2, 2),
        new ByNameMethod("GetOutbox", 0, false, "that is for outboxes", null, 1, 1),
        new ByNameMethod("DeleteOutbox", 0, false, "that is for outboxes", null, 1, 1),
    }.ToImmutableDictionary(m => m.Name);

    private static readonly ImmutableHashSet<string> ByNameMethodNames = ByNameMethods.Keys.ToImmutableHashSet();

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
                WrittenNames.RegisterInvocations(start, ByNameMethodNames, site => Analyze(site, known),
                    (invocation, node) => TypedBoxReceiver.IsTypedBoxCall(invocation, node.ContainingSymbol, known) || SettleCallOnSelf(invocation, node, known));
            }
        });
    }

    private static void Analyze(OperationSite context, KnownTypes known)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (!SymbolEqualityComparer.Default.Equals(method.ContainingType, known.Component) || invocation.Instance is null
            || !ByNameMethods.TryGetValue(method.Name, out var byName))
        {
            return;
        }

        var argument = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == byName.BoxArgument && a.Parameter.Type.SpecialType == SpecialType.System_String);
        if (argument is null || Operations.ConstantString(argument.Value) is not { } name
            || ComponentShape.Of(Operations.ConcreteType(invocation.Instance), known) is not { } shape)
        {
            return;
        }

        var location = argument.ArgumentKind == ArgumentKind.DefaultValue ? invocation.Syntax.GetLocation() : argument.Value.Syntax.GetLocation();
        if (CheckBox(context.ReportDiagnostic, shape, name, byName, location) is not { } box)
        {
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

    /// <summary>
    /// Settles, without binding, a call a component makes on itself (<c>Send(x, "outbox")</c>, <c>this.Recv()</c>)
    /// with a literal or defaulted box name: true when its type declares no member of that name of its own, nothing
    /// in the member hides it, the arguments fit Component's method as written, and (for Send and Deliver) the box is
    /// untyped, so no value type is to be checked. Anything else is bound and checked from its operation.
    /// </summary>
    private static bool SettleCallOnSelf(InvocationExpressionSyntax invocation, SyntaxNodeAnalysisContext node, KnownTypes known)
    {
        var written = invocation.Expression switch
        {
            SimpleNameSyntax simple => simple,
            MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: var simple } => simple,
            _ => null,
        };
        if (written is null || !ByNameMethods.TryGetValue(written.Identifier.ValueText, out var byName)
            || (written is GenericNameSyntax && byName.Name is not ("GetInbox" or "GetOutbox"))
            || node.ContainingSymbol is not IMethodSymbol { IsStatic: false, ContainingType: { } type }
            || !known.IsComponent(type) || DeclaresOwnMember(type, byName.Name, known)
            || ComponentShape.Of(type, known) is not { } shape
            || LocalNames.MayHide(invocation, byName.Name))
        {
            return false;
        }

        var arguments = invocation.ArgumentList.Arguments;
        if (arguments.Count < byName.MinimumArguments || arguments.Count > byName.MaximumArguments
            || arguments.Any(a => a.NameColon is not null || (!a.RefKindKeyword.IsKind(SyntaxKind.None) && !(byName.Name == "TryRecv" && a.RefKindKeyword.IsKind(SyntaxKind.OutKeyword)))))
        {
            return false;
        }

        string name;
        Location location;
        if (byName.BoxArgument < arguments.Count)
        {
            if (arguments[byName.BoxArgument].Expression is not LiteralExpressionSyntax literal || !literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                return false;
            }

            name = literal.Token.ValueText;
            location = literal.GetLocation();
        }
        else if (byName.DefaultBox is { } defaultBox)
        {
            name = defaultBox;
            location = invocation.GetLocation();
        }
        else
        {
            return false;
        }

        var box = shape.Find(name, byName.IsInbox);
        if (box is not null && byName.Name is "Send" or "Deliver" && box.ElementType.SpecialType != SpecialType.System_Object)
        {
            return false;
        }

        CheckBox(node.ReportDiagnostic, shape, name, byName, location);
        return true;
    }

    /// <summary>True when the type, or a base below Component, declares a member of that name, which a call could mean instead.</summary>
    private static bool DeclaresOwnMember(INamedTypeSymbol type, string name, KnownTypes known)
    {
        for (var current = type; current is not null && !SymbolEqualityComparer.Default.Equals(current, known.Component); current = current.BaseType)
        {
            if (!current.GetMembers(name).IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reports an unknown box (KAM010) or one of the wrong direction (KAM011); returns the box when it is right.</summary>
    private static BoxInfo? CheckBox(System.Action<Diagnostic> report, ComponentShape shape, string name, ByNameMethod byName, Location location)
    {
        var box = shape.Find(name, byName.IsInbox);
        if (box is not null)
        {
            return box;
        }

        var opposite = shape.Find(name, !byName.IsInbox);
        if (opposite is not null)
        {
            report(Diagnostic.Create(DiagnosticDescriptors.WrongDirection, location, name, shape.Type.Name, opposite.Kind, byName.WrongDirectionReason));
        }
        else if (!shape.IsDynamic)
        {
            var candidates = (byName.IsInbox ? shape.Inboxes : shape.Outboxes).Select(b => b.Name).ToList();
            var properties = NameSuggestions.Closest(name, candidates) is { } closest
                ? ImmutableDictionary<string, string?>.Empty.Add(CodeFixProperties.Suggestion, closest)
                : ImmutableDictionary<string, string?>.Empty;
            report(Diagnostic.Create(DiagnosticDescriptors.UnknownBox, location, properties, shape.Type.Name, byName.IsInbox ? "inbox" : "outbox", name,
                $" (its {(byName.IsInbox ? "inboxes" : "outboxes")} are {NameSuggestions.List(candidates)}){NameSuggestions.Hint(name, candidates)}"));
        }

        return null;
    }

    /// <summary>One method of Component's by-name API, as this analyzer reads its calls.</summary>
    private sealed class ByNameMethod(string name, int boxArgument, bool isInbox, string wrongDirectionReason, string? defaultBox, int minimumArguments, int maximumArguments)
    {
        public string Name { get; } = name;

        public int BoxArgument { get; } = boxArgument;

        public bool IsInbox { get; } = isInbox;

        public string WrongDirectionReason { get; } = wrongDirectionReason;

        public string? DefaultBox { get; } = defaultBox;

        public int MinimumArguments { get; } = minimumArguments;

        public int MaximumArguments { get; } = maximumArguments;
    }
}
