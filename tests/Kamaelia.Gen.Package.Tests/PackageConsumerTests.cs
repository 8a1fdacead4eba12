using System.IO.Compression;

namespace Kamaelia.Gen.Package.Tests;

/// <summary>The Kamaelia.Gen package, used the way a user uses it: one PackageReference in a fresh project.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageConsumerTests(PackageFixture package)
{
    private const string WorkingProgram = """
        using Axon;
        using Kamaelia.Chassis;
        using Kamaelia.Util;

        new Pipeline(new DataSource(["hello", "package"]), new Upper(), new ConsoleEchoer()).Run(new Scheduler());

        [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
        public partial class Upper : Component
        {
            [Handles("inbox")] void OnLine(string line) => Outbox.Send(line.ToUpperInvariant() + "\n");
        }
        """;

    [Fact]
    public void ThePackageCarriesTheRuntimeInLibAndTheCompilerExtensionsInAnalyzers()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        var entries = archive.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Contains("lib/net10.0/Axon.dll", entries);
        Assert.Contains("lib/net10.0/Axon.xml", entries);
        Assert.Contains("lib/net10.0/Kamaelia.dll", entries);
        Assert.Contains("lib/net10.0/Kamaelia.xml", entries);
        Assert.Contains("analyzers/dotnet/cs/Kamaelia.Gen.Generators.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Kamaelia.Gen.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Kamaelia.Gen.CodeFixes.dll", entries);
        Assert.Contains("README.md", entries);
    }

    [Fact]
    public void AFreshProjectWithOnePackageReferenceBuildsAndRunsAGeneratedComponent()
    {
        var project = package.CreateConsoleProject("Consumer", WorkingProgram);

        var run = PackageFixture.Run(project, "run");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("HELLO\nPACKAGE\n", run.Output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void ABoxNameTypoFailsTheBuildWithKam010AtTheExactPlace()
    {
        var program = WorkingProgram.Replace(
            """[Handles("inbox")] void OnLine(string line) => Outbox.Send(line.ToUpperInvariant() + "\n");""",
            """[Handles("inbox")] void OnLine(string line) => Send(line, "outbx");""",
            StringComparison.Ordinal);
        var project = package.CreateConsoleProject("Typo", program);

        var build = PackageFixture.Run(project, "build");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Matches(@"Program\.cs\(10,\d+\): error KAM010: 'Upper' has no outbox ""outbx""", build.Output);
        Assert.Contains("did you mean \"outbox\"?", build.Output, StringComparison.Ordinal);
    }
}
