using System.Reflection;
using Kamaelia.Gen.Analyzers;
using Kamaelia.Gen.CodeFixes.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Kamaelia.Gen.CodeFixes.Tests;

/// <summary>
/// Every diagnostic has its page (the help link points there), listed in the catalogue, and the examples on it
/// are true: each wrong example reports the rule, each right one compiles with no warning or error.
/// </summary>
public sealed class DiagnosticPagesTests
{
    public static TheoryData<string> Ids { get; } = [.. Descriptors().Select(d => d.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void ThePageIsTitledLikeTheRuleAndTheHelpLinkPointsToIt(string id)
    {
        var descriptor = Descriptors().Single(d => d.Id == id);
        var page = DiagnosticPage.Read(id);

        Assert.Equal($"# {id}: {descriptor.Title}", page.Title);
        Assert.EndsWith($"/docs/diagnostics/{id}.md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        Assert.Contains($"| Severity | {descriptor.DefaultSeverity} |", page.Text, StringComparison.Ordinal);
        Assert.Contains($"dotnet_diagnostic.{id}.severity", page.Text, StringComparison.Ordinal);
        Assert.Contains($"#pragma warning disable {id}", page.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void TheCatalogueLinksThePage(string id)
    {
        var catalogue = File.ReadAllText(Path.Combine(DiagnosticPage.Folder, "README.md"));

        Assert.Contains($"[{id}]({id}.md)", catalogue, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task EveryWrongExampleReportsTheRule(string id)
    {
        var page = DiagnosticPage.Read(id);
        Assert.NotEmpty(page.Wrong);

        for (var i = 0; i < page.Wrong.Count; i++)
        {
            var diagnostics = await ExampleCompiler.DiagnosticsAsync(page.Wrong[i], $"{id}_Wrong{i}");
            Assert.True(diagnostics.Any(d => d.Id == id), $"Wrong example {i + 1} of {id}.md does not report {id}:\n{Describe(diagnostics)}");
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task EveryRightExampleCompilesWithNoWarning(string id)
    {
        var page = DiagnosticPage.Read(id);
        Assert.NotEmpty(page.Right);

        for (var i = 0; i < page.Right.Count; i++)
        {
            var diagnostics = await ExampleCompiler.DiagnosticsAsync(page.Right[i], $"{id}_Right{i}");
            var problems = diagnostics.Where(d => d.Id == id || d.Severity >= DiagnosticSeverity.Warning).ToList();
            Assert.True(problems.Count == 0, $"Right example {i + 1} of {id}.md is not clean:\n{Describe(problems)}");
        }
    }

    private static IEnumerable<DiagnosticDescriptor> Descriptors() =>
        typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Id, StringComparer.Ordinal);

    private static string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics.Select(d => d.ToString()));
}
