using System;
using Microsoft.CodeAnalysis;

namespace Kamaelia.Gen.Analyzers.Infrastructure;

/// <summary>
/// An operation that an analyzer asked for through its syntax (see <see cref="WrittenNames"/>), with what an
/// operation action's context would give: the symbol whose code holds it, and a way to report.
/// </summary>
internal readonly struct OperationSite
{
    private readonly Action<Diagnostic> _report;

    public OperationSite(IOperation operation, ISymbol? containingSymbol, Action<Diagnostic> report)
    {
        Operation = operation;
        ContainingSymbol = containingSymbol;
        _report = report;
    }

    public IOperation Operation { get; }

    public ISymbol? ContainingSymbol { get; }

    public void ReportDiagnostic(Diagnostic diagnostic) => _report(diagnostic);
}
