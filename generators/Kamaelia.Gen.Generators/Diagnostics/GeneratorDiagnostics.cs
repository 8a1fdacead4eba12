using Microsoft.CodeAnalysis;

namespace Kamaelia.Gen.Generators.Diagnostics;

/// <summary>
/// The diagnostics the generator reports itself. Mistakes in the user's code are the analyzers' to report; the
/// generator reports only its own failures, which would otherwise leave a class silently without its members.
/// </summary>
internal static class GeneratorDiagnostics
{
    private const string HelpRoot = "https://github.com/kamaelia-gen/kamaelia-gen/blob/main/docs/diagnostics/";

    /// <summary>KAM009: the generator failed on a class, a bug of its own.</summary>
    public static readonly DiagnosticDescriptor GenerationFailed = new(
        "KAM009",
        "Kamaelia.Gen could not generate a class",
        "Kamaelia.Gen could not generate '{0}'; please report it: {1}: {2}",
        "Kamaelia.Generator",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpRoot + "KAM009.md");
}
