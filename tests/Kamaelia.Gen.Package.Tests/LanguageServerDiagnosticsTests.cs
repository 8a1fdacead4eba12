using System.Diagnostics;
using System.Text.Json.Nodes;
using Kamaelia.Gen.Package.Tests.LanguageServer;
using Xunit.Abstractions;

namespace Kamaelia.Gen.Package.Tests;

/// <summary>
/// csharp-ls, driven over LSP the way Neovim, Helix or Emacs drive it, on a project that references the package and
/// holds four mistakes: with its csharp.analyzersEnabled setting on it reports every KAM diagnostic where and as
/// `dotnet build` does; without it, none (docs/ide.md gives this advice).
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class LanguageServerDiagnosticsTests(PackageFixture package, ITestOutputHelper output)
{
    private const string ProgramFile = "Program.cs";

    /// <summary>
    /// KAM020 (an int stage into a string stage), KAM024 (an outbox a graph never links, a rule decided at the end of
    /// the compilation), KAM030 (a blocking call), KAM010 (a misspelled outbox), and a compiler warning.
    /// </summary>
    private const string Program = """
        using Axon;
        using Kamaelia.Chassis;

        var unused = 0;
        new Pipeline(new Counter(), new Upper()).Run(new Scheduler());
        new Graphline(components: new() { ["COUNT"] = new Counter() }, linkages: new()).Run(new Scheduler());

        [Inbox("inbox")] [Inbox("control")] [Outbox<int>("outbox")] [Outbox("signal")]
        public partial class Counter : Component
        {
            protected override IEnumerable<object?> Main()
            {
                Thread.Sleep(10);
                Outbox.Send(1);
                yield return null;
            }
        }

        [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
        public partial class Upper : Component
        {
            [Handles("inbox")] void OnLine(string line) => Send(line, "outbx");
        }
        """;

    /// <summary>The compiler's own diagnostic in the program: the server has analysed the file once it reports it.</summary>
    private const string CompilerWarning = "CS0219";

    /// <summary>How long the server may take to load the project and analyse the file on a loaded machine.</summary>
    private static readonly TimeSpan s_analysisTimeout = TimeSpan.FromMinutes(4);

    [Theory]
    [InlineData(DiagnosticDelivery.Pull)]
    [InlineData(DiagnosticDelivery.Push)]
    public async Task WithAnalyzersEnabledTheServerReportsTheKamDiagnosticsOfDotnetBuild(DiagnosticDelivery delivery)
    {
        var project = RestoredProject("LanguageServerAnalyzers" + delivery);
        var build = PackageFixture.Run(project, "build", "--no-restore");
        var fromBuild = KamDiagnostics(SourceDiagnostic.FromBuildOutput(build.Output, ProgramFile));
        Assert.True(fromBuild.Select(d => d.Id).Order().SequenceEqual(["KAM010", "KAM020", "KAM024", "KAM030"]), build.Output);
        Assert.All(fromBuild, d => Assert.NotNull(d.HelpLink));

        await using var server = await CSharpLanguageServer.StartAsync(
            CSharpLsExecutable.Find(package.RepositoryRoot), project, new JsonObject { ["analyzersEnabled"] = true }, delivery);
        var fromServer = await DiagnosticsOnceAnalysedAsync(server, Path.Combine(project, ProgramFile), d => d.Id.StartsWith("KAM", StringComparison.Ordinal));

        Assert.Contains("csharp", server.SectionsAskedFor);
        Assert.Equal(fromBuild, KamDiagnostics(fromServer));
    }

    [Fact]
    public async Task WithoutTheSettingTheServerReportsNoKamDiagnostic()
    {
        var project = RestoredProject("LanguageServerDefaults");

        // The client answers the csharp section as an editor does with nothing configured for csharp-ls.
        await using var server = await CSharpLanguageServer.StartAsync(
            CSharpLsExecutable.Find(package.RepositoryRoot), project, [], DiagnosticDelivery.Pull);
        var fromServer = await DiagnosticsOnceAnalysedAsync(server, Path.Combine(project, ProgramFile), d => d.Id == CompilerWarning);

        Assert.Contains("csharp", server.SectionsAskedFor);
        Assert.Empty(KamDiagnostics(fromServer));
    }

    private static List<SourceDiagnostic> KamDiagnostics(IEnumerable<SourceDiagnostic> diagnostics) =>
        [.. diagnostics.Where(d => d.Id.StartsWith("KAM", StringComparison.Ordinal)).OrderBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Id)];

    private string RestoredProject(string name)
    {
        var project = package.CreateConsoleProject(name, Program);
        var restore = PackageFixture.Run(project, "restore");
        Assert.True(restore.ExitCode == 0, restore.Output);
        return project;
    }

    /// <summary>
    /// Opens the file and reads its diagnostics until one matches <paramref name="analysed"/> (while the project
    /// loads the server has nothing, or only what it has so far). The compiler warning must be among them, so
    /// the server is known to have analysed the file.
    /// </summary>
    private async Task<IReadOnlyList<SourceDiagnostic>> DiagnosticsOnceAnalysedAsync(
        CSharpLanguageServer server, string file, Func<SourceDiagnostic, bool> analysed)
    {
        var clock = Stopwatch.StartNew();
        await server.OpenAsync(file);
        var diagnostics = await server.DiagnosticsAsync(file);
        while (!diagnostics.Any(analysed))
        {
            if (clock.Elapsed > s_analysisTimeout)
            {
                Assert.Fail($"csharp-ls reported no matching diagnostic within {s_analysisTimeout.TotalSeconds} s; it last reported:\n" +
                    string.Join('\n', diagnostics) + "\nIts log:\n" + server.Log);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
            diagnostics = await server.DiagnosticsAsync(file);
        }

        output.WriteLine($"csharp-ls analysed {Path.GetFileName(file)} in {clock.Elapsed.TotalSeconds:F1} s:\n{string.Join('\n', diagnostics)}");
        Assert.Contains(diagnostics, d => d.Id == CompilerWarning);
        return diagnostics;
    }
}
