using System.Composition;
using Kamaelia.Gen.Analyzers;
using Kamaelia.Gen.CodeFixes.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Kamaelia.Gen.CodeFixes;

/// <summary>
/// KAM010: replaces a box name the component does not declare with the nearest declared one
/// (<c>Send(x, "outbx")</c> → <c>Send(x, "outbox")</c>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseNearestBoxNameCodeFixProvider))]
[Shared]
public sealed class UseNearestBoxNameCodeFixProvider : SuggestedNameCodeFixProvider
{
    /// <summary>The key shared by every fix of this kind, so Fix All can apply them together.</summary>
    public const string Key = "KAM010_UseNearestBoxName";

    /// <inheritdoc />
    protected override string DiagnosticId => DiagnosticDescriptors.UnknownBox.Id;

    /// <inheritdoc />
    protected override string EquivalenceKey => Key;
}
