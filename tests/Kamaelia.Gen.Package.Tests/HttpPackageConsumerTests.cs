namespace Kamaelia.Gen.Package.Tests;

/// <summary>
/// The Kamaelia.Http package in a fresh console project: one package reference brings Kamaelia.Gen with its
/// generator and ASP.NET Core's shared framework, and the program its readme shows serves a real request through
/// a graph of components.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class HttpPackageConsumerTests(PackageFixture package)
{
    [Fact]
    public void TheReadmesServerAnswersARequestThroughItsComponentsAndStops()
    {
        var program = ReadmeCode.CSharpBlocks(package.RepositoryRoot, "src/Kamaelia.Http/PackageReadme.md")[0];
        var project = package.CreateConsoleProject("HttpConsumer", program, "Kamaelia.Http");

        var run = PackageFixture.Run(project, "run");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("200 HELLO, COMPONENTS\n", run.Output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
