using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kamaelia.Gen.Benchmarks.Compilation;

/// <summary>
/// An analyzer that asks for every invocation and object creation and does nothing with them: what any operation
/// analyzer costs before it does any work, since the analyzer driver binds every method body again to give it
/// operations. A build with the .NET SDK's default analyzers already pays this once, whatever else it runs.
/// It is handed to <see cref="CompilationWithAnalyzers"/> directly and never loaded by a compiler, so the rules
/// for shipped analyzers (the [DiagnosticAnalyzer] attribute, extended analyzer rules, release tracking) do
/// not apply to it.
/// </summary>
#pragma warning disable RS1001, RS1036
public sealed class IdleOperationAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1001, RS1036
{
    // One enabled descriptor, never reported: an analyzer whose diagnostics are all off is not run at all.
#pragma warning disable RS2008
    private static readonly DiagnosticDescriptor s_never = new(
        "BENCH001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Info, isEnabledByDefault: true);
#pragma warning restore RS2008

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [s_never];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(static _ => { }, OperationKind.Invocation, OperationKind.ObjectCreation);
    }
}
