using Kamaelia.Gen.Analyzers;
using Kamaelia.Gen.Analyzers.Declarations;
using Kamaelia.Gen.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Kamaelia.Gen.CodeFixes.Tests.Support;

/// <summary>
/// A code fix test as a user's build sees it: the generator writes the accessors, every Kamaelia analyzer runs
/// (so a fix that causes another diagnostic fails the test), and the compilation is nullable-enabled C# against
/// Axon and Kamaelia. Each test states the code before, the diagnostics it has, and the code after the fix
/// (one at a time and with Fix All in document, project and solution).
/// </summary>
/// <typeparam name="TCodeFix">The fix under test.</typeparam>
internal sealed class KamaeliaFixTest<TCodeFix> : CSharpCodeFixTest<BoxDeclarationAnalyzer, TCodeFix, DefaultVerifier>
    where TCodeFix : CodeFixProvider, new()
{
    private static readonly DiagnosticAnalyzer[] Analyzers = typeof(DiagnosticDescriptors).Assembly.GetTypes()
        .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToArray();

    public KamaeliaFixTest(string source, string fixedSource)
    {
        TestCode = source;
        FixedCode = fixedSource;
        ReferenceAssemblies = TestReferences.None;

        // Several analyzers report KAM010 (by-name calls, links, graphs) with the one descriptor.
        MarkupOptions = MarkupOptions.UseFirstDescriptor;
        TestState.AdditionalReferences.AddRange(TestReferences.All);

        // The generated accessors are the generator's business (tested there); here they only make the code compile.
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        SolutionTransforms.Add((solution, projectId) =>
        {
            var options = (CSharpCompilationOptions)solution.GetProject(projectId)!.CompilationOptions!;
            return solution.WithProjectCompilationOptions(projectId, options.WithNullableContextOptions(NullableContextOptions.Enable));
        });
    }

    /// <inheritdoc />
    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => Analyzers;

    /// <inheritdoc />
    protected override IEnumerable<Type> GetSourceGenerators() => [typeof(ComponentGenerator)];
}
