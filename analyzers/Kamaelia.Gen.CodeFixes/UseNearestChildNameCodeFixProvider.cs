using System.Composition;
using Kamaelia.Gen.Analyzers;
using Kamaelia.Gen.CodeFixes.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Kamaelia.Gen.CodeFixes;

/// <summary>
/// KAM021: replaces a component name in a linkage that is not in the graph with the nearest child's name
/// (<c>[("CHOSER", "outbox")]</c> → <c>[("CHOOSER", "outbox")]</c>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseNearestChildNameCodeFixProvider))]
[Shared]
public sealed class UseNearestChildNameCodeFixProvider : SuggestedNameCodeFixProvider
{
    /// <summary>The key shared by every fix of this kind, so Fix All can apply them together.</summary>
    public const string Key = "KAM021_UseNearestChildName";

    /// <inheritdoc />
    protected override string DiagnosticId => DiagnosticDescriptors.UnknownGraphComponent.Id;

    /// <inheritdoc />
    protected override string EquivalenceKey => Key;
}
