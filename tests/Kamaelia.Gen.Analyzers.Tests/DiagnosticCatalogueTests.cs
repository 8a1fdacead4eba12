using System.Reflection;
using Kamaelia.Gen.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Kamaelia.Gen.Analyzers.Tests;

/// <summary>The descriptors match the catalogue of DESIGN.md §4: IDs, default severities, help links, and an analyzer for each.</summary>
public class DiagnosticCatalogueTests
{
    /// <summary>The catalogue: every ID with its default severity.</summary>
    private static readonly Dictionary<string, DiagnosticSeverity> Catalogue = new()
    {
        ["KAM001"] = DiagnosticSeverity.Error,
        ["KAM002"] = DiagnosticSeverity.Error,
        ["KAM003"] = DiagnosticSeverity.Error,
        ["KAM004"] = DiagnosticSeverity.Error,
        ["KAM005"] = DiagnosticSeverity.Error,
        ["KAM006"] = DiagnosticSeverity.Error,
        ["KAM007"] = DiagnosticSeverity.Error,
        ["KAM008"] = DiagnosticSeverity.Error,
        ["KAM010"] = DiagnosticSeverity.Error,
        ["KAM011"] = DiagnosticSeverity.Error,
        ["KAM012"] = DiagnosticSeverity.Error,
        ["KAM020"] = DiagnosticSeverity.Error,
        ["KAM021"] = DiagnosticSeverity.Error,
        ["KAM022"] = DiagnosticSeverity.Error,
        ["KAM023"] = DiagnosticSeverity.Warning,
        ["KAM024"] = DiagnosticSeverity.Warning,
        ["KAM025"] = DiagnosticSeverity.Error,
        ["KAM026"] = DiagnosticSeverity.Error,
        ["KAM030"] = DiagnosticSeverity.Warning,
        ["KAM031"] = DiagnosticSeverity.Warning,
        ["KAM040"] = DiagnosticSeverity.Error,
    };

    private static IReadOnlyList<DiagnosticDescriptor> Descriptors() =>
        [.. typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)];

    [Fact]
    public void TheDescriptorsAreExactlyTheCataloguesIdsWithItsSeverities()
    {
        var actual = Descriptors().ToDictionary(d => d.Id, d => d.DefaultSeverity);

        Assert.Equal(Catalogue.OrderBy(e => e.Key), actual.OrderBy(e => e.Key));
    }

    [Fact]
    public void EveryDescriptorIsOnByDefaultAndLinksToItsDocumentationPage()
    {
        foreach (var descriptor in Descriptors())
        {
            Assert.True(descriptor.IsEnabledByDefault, descriptor.Id);
            Assert.EndsWith("/docs/diagnostics/" + descriptor.Id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
            Assert.StartsWith("Kamaelia.", descriptor.Category, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void OnlyTheWholeGraphRulesWaitForTheEndOfTheCompilation()
    {
        var compilationEnd = Descriptors()
            .Where(d => d.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd))
            .Select(d => d.Id)
            .Order(StringComparer.Ordinal);

        Assert.Equal(["KAM023", "KAM024", "KAM026"], compilationEnd);
    }

    [Fact]
    public void EveryDescriptorIsReportedBySomeAnalyzer()
    {
        var supported = KamaeliaVerifier.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet();

        Assert.All(Descriptors(), d => Assert.Contains(d.Id, supported));
    }
}
