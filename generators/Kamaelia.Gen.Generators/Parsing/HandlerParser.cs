using System.Collections.Generic;
using System.Linq;
using Kamaelia.Gen.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kamaelia.Gen.Generators.Parsing;

/// <summary>Reads [Handles] methods and decides whether the generator can write the main loop.</summary>
internal static class HandlerParser
{
    /// <summary>The methods of the type that carry [Handles], with the inbox name each names (null when not constant).</summary>
    public static IReadOnlyList<(IMethodSymbol Method, string? Inbox)> HandlerMethods(INamedTypeSymbol type)
    {
        var handlers = new List<(IMethodSymbol, string?)>();
        foreach (var member in type.GetMembers())
        {
            if (member is not IMethodSymbol method)
            {
                continue;
            }

            foreach (var attribute in method.GetAttributes())
            {
                if (attribute.AttributeClass is { MetadataName: "HandlesAttribute" } attributeClass
                    && attributeClass.ContainingNamespace?.ToDisplayString() == KnownNames.AxonNamespace)
                {
                    var inbox = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
                    handlers.Add((method, inbox));
                }
            }
        }

        return handlers;
    }

    /// <summary>
    /// The main loop's model, or null when there are no handlers or any is unusable (unknown inbox, an outbox,
    /// a parameter the box's type cannot convert to, a return type the loop cannot drive, two handlers for one
    /// inbox, a user-written Main or Step).
    /// </summary>
    public static HandlerLoopModel? Parse(INamedTypeSymbol type, IReadOnlyList<ParsedBox> boxes, Compilation compilation)
    {
        var methods = HandlerMethods(type);
        if (methods.Count == 0 || DefinesMainOrStep(type))
        {
            return null;
        }

        var byInbox = new Dictionary<string, HandlerModel>();
        foreach (var (method, inboxName) in methods)
        {
            var box = inboxName is null ? null : boxes.FirstOrDefault(b => b.IsInbox && b.Name == inboxName);
            // Only an ordinary, named method can be called from the loop: half-typed code can put [Handles] on a
            // constructor ('private OnMessage(object m)' once 'void' is deleted), whose name is '.ctor'.
            if (box is null || method.MethodKind != MethodKind.Ordinary || !SyntaxFacts.IsValidIdentifier(method.Name)
                || !CanHandle(method, box.ElementType, compilation) || byInbox.ContainsKey(box.Name)
                || HandlerSignature.ReturnTypeProblem(method, handlesControl: box.Name == "control") is not null)
            {
                return null;
            }

            byInbox.Add(box.Name, new HandlerModel(box.Name, box.AccessorName, method.Name, HandlerSignature.KindOf(method)!.Value, HandlerSignature.TakesCancellationToken(method)));
        }

        var control = boxes.FirstOrDefault(b => b.IsInbox && b.Name == "control");
        var signal = boxes.FirstOrDefault(b => !b.IsInbox && b.Name == "signal");
        var dataHandlers = boxes
            .Where(b => b.IsInbox && b.Name != "control" && byInbox.ContainsKey(b.Name))
            .Select(b => byInbox[b.Name])
            .ToEquatableArray();
        byInbox.TryGetValue("control", out var controlHandler);
        return new HandlerLoopModel(
            dataHandlers,
            controlHandler,
            control?.AccessorName,
            signal is not null && TakesShutdownSignals(signal.ElementType) ? signal.AccessorName : null);
    }

    /// <summary>True when the type itself overrides Main or Step, so the generator must not.</summary>
    public static bool DefinesMainOrStep(INamedTypeSymbol type) =>
        type.GetMembers("Main").Concat(type.GetMembers("Step")).Any(m => m is IMethodSymbol { IsOverride: true, Parameters.Length: 0 });

    /// <summary>True when a message of the box's type can be passed to the method.</summary>
    public static bool CanHandle(IMethodSymbol method, ITypeSymbol elementType, Compilation compilation)
    {
        if (!HandlerSignature.HasHandlerParameters(method))
        {
            return false;
        }

        var parameterType = method.Parameters[0].Type;
        return !TypeNameFormats.ContainsErrors(parameterType) && compilation.ClassifyCommonConversion(elementType, parameterType).IsImplicit;
    }

    /// <summary>True when an outbox of this element type can carry ProducerFinished and ShutdownMicroprocess.</summary>
    public static bool TakesShutdownSignals(ITypeSymbol elementType) =>
        elementType.SpecialType == SpecialType.System_Object
        || (elementType.ContainingNamespace?.ToDisplayString() == KnownNames.AxonNamespace && elementType.MetadataName is "Ipc" or "ShutdownSignal");
}
