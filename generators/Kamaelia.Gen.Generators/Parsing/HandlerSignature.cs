using Microsoft.CodeAnalysis;

namespace Kamaelia.Gen.Generators.Parsing;

/// <summary>
/// What a [Handles] method's signature means to the generated loop: how it is driven (its return type) and
/// whether it takes the component's shutdown token. Shared with the analyzers, so that the loop is generated for
/// exactly the handlers they accept.
/// </summary>
internal static class HandlerSignature
{
    /// <summary>The forms a handler may return, as the diagnostics list them.</summary>
    public const string AcceptedReturnTypes = "void, Task, ValueTask or IEnumerable<object?> (a handler run over several steps)";

    /// <summary>How the loop drives the handler, or null when its return type is none it can drive.</summary>
    public static HandlerKind? KindOf(IMethodSymbol method)
    {
        if (method.ReturnsVoid)
        {
            // An async void handler cannot be awaited: its messages would be lost and its faults unseen.
            return method.IsAsync ? null : HandlerKind.Synchronous;
        }

        var returnType = method.ReturnType;
        if (returnType is INamedTypeSymbol { IsGenericType: false } named && IsInNamespace(named, "System", "Threading", "Tasks"))
        {
            return named.MetadataName switch
            {
                "Task" => HandlerKind.Task,
                "ValueTask" => HandlerKind.ValueTask,
                _ => null,
            };
        }

        if (returnType is INamedTypeSymbol { MetadataName: "IEnumerable`1" } enumerable
            && enumerable.TypeArguments.Length == 1
            && enumerable.TypeArguments[0].SpecialType == SpecialType.System_Object
            && IsInNamespace(enumerable, "System", "Collections", "Generic"))
        {
            return HandlerKind.Steps;
        }

        return null;
    }

    /// <summary>Why the loop cannot drive the handler's return type, or null when it can.</summary>
    public static string? ReturnTypeProblem(IMethodSymbol method, bool handlesControl)
    {
        var kind = KindOf(method);
        if (kind is null)
        {
            return method.ReturnsVoid
                ? "it is async void, so the loop could not wait for it: its messages would be lost and its exceptions unseen; return Task instead"
                : $"it returns {method.ReturnType.ToDisplayString()}; a handler returns {AcceptedReturnTypes}";
        }

        return handlesControl && kind != HandlerKind.Synchronous
            ? $"it returns {method.ReturnType.ToDisplayString()}, but the handler of \"control\" runs before the shutdown convention and must return void"
            : null;
    }

    /// <summary>True when the parameters are the message and, optionally, a CancellationToken.</summary>
    public static bool HasHandlerParameters(IMethodSymbol method) =>
        !method.IsGenericMethod
        && method.Parameters.Length is 1 or 2
        && method.Parameters[0].RefKind is RefKind.None or RefKind.In
        && (method.Parameters.Length == 1 || IsCancellationToken(method.Parameters[1]));

    /// <summary>True when the handler's second parameter is the CancellationToken the loop passes.</summary>
    public static bool TakesCancellationToken(IMethodSymbol method) =>
        method.Parameters.Length == 2 && IsCancellationToken(method.Parameters[1]);

    private static bool IsCancellationToken(IParameterSymbol parameter) =>
        parameter.RefKind == RefKind.None
        && parameter.Type is INamedTypeSymbol { MetadataName: "CancellationToken" } type
        && IsInNamespace(type, "System", "Threading");

    private static bool IsInNamespace(ISymbol symbol, params string[] parts)
    {
        var ns = symbol.ContainingNamespace;
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            if (ns is null || ns.Name != parts[i])
            {
                return false;
            }

            ns = ns.ContainingNamespace;
        }

        return ns is { IsGlobalNamespace: true };
    }
}
