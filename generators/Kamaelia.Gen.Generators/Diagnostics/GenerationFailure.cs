using System;
using Microsoft.CodeAnalysis;

namespace Kamaelia.Gen.Generators.Diagnostics;

/// <summary>An exception the generator met while completing a class, kept as plain values until it is reported.</summary>
/// <param name="TypeName">The class the generator was completing.</param>
/// <param name="ExceptionType">The exception's full type name.</param>
/// <param name="Message">The exception's message on one line.</param>
/// <param name="Location">The class's name in its declaration, or null when it is not known yet.</param>
internal sealed record GenerationFailure(string TypeName, string ExceptionType, string Message, LocationInfo? Location)
{
    public static GenerationFailure From(string typeName, Exception exception, LocationInfo? location) =>
        new(typeName, exception.GetType().FullName ?? exception.GetType().Name, OneLine(exception.Message), location);

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(
            GeneratorDiagnostics.GenerationFailed,
            Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None,
            TypeName,
            ExceptionType,
            Message);

    // An error list shows one line per diagnostic; a multi-line message would be cut at its first line.
    private static string OneLine(string text) => string.Join(" ", text.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries));
}
