namespace Kamaelia.Gen.Package.Tests;

/// <summary>
/// The README's one-file start: its file-based program, saved as app.cs as it stands in the README and run with
/// <c>dotnet run app.cs</c> against the packed package. The generator and the analyzers come from the package there
/// too: the program runs, and a misspelled box name in a file-based program is KAM010.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class OneFileStartTests(PackageFixture package)
{
    [Fact]
    public void TheReadmesOneFileProgramRunsWithDotnetRunAndNumbersItsInput()
    {
        var program = ReadmeCode.CSharpBlocks(package.RepositoryRoot, "README.md").Single(ReadmeCode.IsFileBasedProgram);
        Assert.StartsWith($"#:package Kamaelia.Gen@{package.Version}\n", program, StringComparison.Ordinal);
        var directory = NewDirectory("OneFileStart");
        File.WriteAllText(Path.Combine(directory, "app.cs"), program);

        var run = PackageFixture.Run(new DotnetCommand(directory, ["run", "app.cs"])
        {
            StandardInput = "first\nsecond\n",
        });

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("1: first\n2: second\n", run.Output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void TheAnalyzersCheckAFileBasedProgram()
    {
        var directory = NewDirectory("OneFileAnalyzers");
        File.WriteAllText(Path.Combine(directory, "typo.cs"), $$"""
            #:package Kamaelia.Gen@{{package.Version}}

            using Axon;

            new Echo().Run();

            [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
            public partial class Echo : Component
            {
                [Handles("inbox")] void OnLine(string line) => Send(line, "outbx");
            }
            """);

        var build = PackageFixture.Run(directory, "build", "typo.cs");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error KAM010", build.Output, StringComparison.Ordinal);
    }

    /// <summary>A folder of the fixture's whose programs restore from the local feed.</summary>
    private string NewDirectory(string name)
    {
        var directory = Path.Combine(package.WorkDirectory, name);
        Directory.CreateDirectory(directory);
        package.WriteNuGetConfig(directory);
        return directory;
    }
}
