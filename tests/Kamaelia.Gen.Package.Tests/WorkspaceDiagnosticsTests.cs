using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.MSBuild;

namespace Kamaelia.Gen.Package.Tests;

/// <summary>
/// Loads a project the way IDEs do (an MSBuild workspace, analyzers taken from the project's own analyzer
/// references, here the Kamaelia.Gen package) and checks that a box-name typo is reported where it is.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class WorkspaceDiagnosticsTests(PackageFixture package)
{
    private const string Program = """
        using Axon;

        System.Console.WriteLine(Upper.Declaration);

        [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
        public partial class Upper : Component
        {
            [Handles("inbox")] void OnLine(string line) => Send(line, "outbx");
        }
        """;

    [Fact]
    public async Task AnIdeStyleWorkspaceReportsTheTypoAtTheStringLiteral()
    {
        var directory = package.CreateConsoleProject("Workspace", Program);
        var restore = PackageFixture.Run(directory, "restore");
        Assert.True(restore.ExitCode == 0, restore.Output);

        using var workspace = MSBuildWorkspace.Create();
        var project = await workspace.OpenProjectAsync(Path.Combine(directory, "Workspace.csproj"));
        var analyzers = project.AnalyzerReferences.SelectMany(r => r.GetAnalyzers(LanguageNames.CSharp)).ToImmutableArray();
        Assert.Contains(analyzers, a => a.GetType().Namespace?.StartsWith("Kamaelia.Gen.Analyzers", StringComparison.Ordinal) == true);

        var compilation = (await project.GetCompilationAsync())!;
        var diagnostics = await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();

        var typo = Assert.Single(diagnostics, d => d.Id == "KAM010");
        var span = typo.Location.GetLineSpan();
        var text = (await typo.Location.SourceTree!.GetTextAsync()).ToString(typo.Location.SourceSpan);
        Assert.Equal("\"outbx\"", text);
        Assert.Equal(7, span.StartLinePosition.Line);
        Assert.Contains("did you mean \"outbox\"?", typo.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        // The generator ran too: the typed accessors it writes exist in the workspace's compilation.
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        Assert.NotNull(compilation.GetTypeByMetadataName("Upper")!.GetMembers("Outbox").SingleOrDefault());
    }
}
