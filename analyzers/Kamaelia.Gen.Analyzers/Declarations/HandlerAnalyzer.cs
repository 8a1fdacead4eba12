using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Kamaelia.Gen.Analyzers.Infrastructure;
using Kamaelia.Gen.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kamaelia.Gen.Analyzers.Declarations;

/// <summary>
/// Checks [Handles] methods: each names an inbox the component declares, takes one parameter its messages
/// convert to (and optionally a CancellationToken), and is the only handler of that inbox (KAM006); returns
/// what the generated loop can drive, never async void (KAM008); and a component does not also write Main or
/// Step (KAM007).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HandlerAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.InvalidHandler,
        DiagnosticDescriptors.HandlerReturnType,
        DiagnosticDescriptors.MainAndHandlers);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownTypes.From(start.Compilation) is { } known)
            {
                start.RegisterSymbolAction(symbol => Analyze(symbol, known), SymbolKind.NamedType);
            }
        });
    }

    private static void Analyze(SymbolAnalysisContext context, KnownTypes known)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var handlers = new List<(IMethodSymbol Method, AttributeData Attribute)>();
        foreach (var method in type.GetMembers().OfType<IMethodSymbol>())
        {
            foreach (var attribute in method.GetAttributes())
            {
                if (ComponentShape.IsAxonAttribute(attribute, "HandlesAttribute"))
                {
                    handlers.Add((method, attribute));
                }
            }
        }

        if (handlers.Count == 0 || ComponentShape.Of(type, known) is not { } shape)
        {
            return;
        }

        var userLoop = type.GetMembers("Main").Concat(type.GetMembers("Step"))
            .OfType<IMethodSymbol>()
            .FirstOrDefault(m => m.IsOverride && m.Parameters.Length == 0 && !m.IsImplicitlyDeclared && m.DeclaringSyntaxReferences.Length > 0 && !GeneratedMembers.IsGenerated(m));
        if (userLoop is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MainAndHandlers, userLoop.Locations.FirstOrDefault(), type.Name, userLoop.Name));
        }

        var handled = new Dictionary<string, string>();
        foreach (var (method, attribute) in handlers)
        {
            if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string inbox)
            {
                continue;
            }

            var argument = AttributeArguments.LocationOf(attribute, 0);
            var box = shape.Find(inbox, isInbox: true);
            if (box is null)
            {
                var reason = shape.Find(inbox, isInbox: false) is not null
                    ? $"\"{inbox}\" is an outbox; handlers take messages from inboxes"
                    : $"there is no inbox \"{inbox}\" (inboxes: {NameSuggestions.List(shape.Inboxes.Select(b => b.Name))}){NameSuggestions.Hint(inbox, shape.Inboxes.Select(b => b.Name))}";
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidHandler, argument, method.Name, inbox, type.Name, reason));
                continue;
            }

            if (handled.TryGetValue(inbox, out var other))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidHandler, argument, method.Name, inbox, type.Name, $"'{other}' already handles it"));
                continue;
            }

            handled[inbox] = method.Name;
            if (HandlerSignature.ReturnTypeProblem(method, handlesControl: inbox == "control") is { } returnProblem)
            {
                var properties = method.IsAsync && method.ReturnsVoid
                    ? ImmutableDictionary<string, string?>.Empty.Add(CodeFixProperties.AsyncVoid, "true")
                    : ImmutableDictionary<string, string?>.Empty;
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.HandlerReturnType, ReturnTypeLocation(method, context.CancellationToken), properties, method.Name, inbox, type.Name, returnProblem));
            }

            if (!HandlerSignature.HasHandlerParameters(method))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidHandler, method.Locations.FirstOrDefault(), method.Name, inbox, type.Name,
                    $"a handler takes one parameter, of the box's type {box.ElementType.ToDisplayString()}, and optionally a CancellationToken after it"));
                continue;
            }

            var parameter = method.Parameters[0];
            if (parameter.Type.TypeKind != TypeKind.Error && box.ElementType.TypeKind != TypeKind.Error
                && !known.Compilation.ClassifyCommonConversion(box.ElementType, parameter.Type).IsImplicit)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidHandler, parameter.Locations.FirstOrDefault(), method.Name, inbox, type.Name,
                    $"its parameter is {parameter.Type.ToDisplayString()}, but the inbox carries {box.ElementType.ToDisplayString()} (take {box.ElementType.ToDisplayString()} or a base type of it)"));
            }
        }
    }

    /// <summary>Where the return type is written (the method's name when it cannot be found).</summary>
    private static Location? ReturnTypeLocation(IMethodSymbol method, System.Threading.CancellationToken cancellationToken)
    {
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is MethodDeclarationSyntax declaration)
            {
                return declaration.ReturnType.GetLocation();
            }
        }

        return method.Locations.FirstOrDefault();
    }
}
