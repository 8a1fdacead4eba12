using System.Collections.Immutable;
using Kamaelia.Gen.Analyzers;
using Kamaelia.Gen.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kamaelia.Gen.CodeFixes.Tests.Support;

/// <summary>Compiles an example as a user's project would: the generator, then every Kamaelia analyzer.</summary>
internal static class ExampleCompiler
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = [.. typeof(DiagnosticDescriptors).Assembly.GetTypes()
        .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];

    /// <summary>Every compiler and analyzer diagnostic of the example, generated code included.</summary>
    public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(string code, string name)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            name,
            [CSharpSyntaxTree.ParseText(code, parseOptions, path: name + ".cs")],
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create([new ComponentGenerator().AsSourceGenerator()], parseOptions: parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);
        return await generated.WithAnalyzers(Analyzers).GetAllDiagnosticsAsync();
    }
}
