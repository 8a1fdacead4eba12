namespace Kamaelia.Gen.Package.Tests;

/// <summary>
/// The readmes' programs, pasted as Program.cs of a fresh console app that references the packed package: the
/// README's first block is what a newcomer tries first, so it is built and run; every other program is built.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ReadmeProgramTests(PackageFixture package)
{
    [Fact]
    public void TheReadmesFirstProgramBuildsAsPastedAndEchoesItsInputInCapitals()
    {
        var program = QuickStart(package.RepositoryRoot);
        var project = package.CreateConsoleProject("ReadmeQuickStart", program);

        var build = PackageFixture.Run(project, "build");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Matches(@"(?m)^\s*0 Error\(s\)", build.Output);
        Assert.Matches(@"(?m)^\s*0 Warning\(s\)", build.Output);

        var run = PackageFixture.Run(new DotnetCommand(project, ["run", "--no-build"])
        {
            StandardInput = "hello\nkamaelia components\n",
        });

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("HELLO\nKAMAELIA COMPONENTS\n", run.Output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(OtherPrograms))]
    public void EveryOtherProgramInTheReadmesBuildsAsPasted(string readme, int block)
    {
        var (_, packageId, alongside) = ReadmeCode.Readmes.Single(r => r.Readme == readme);
        var program = ReadmeCode.CSharpBlocks(package.RepositoryRoot, readme)[block];
        var name = "Readme" + new string(readme.Where(char.IsLetterOrDigit).ToArray()) + block;
        var project = package.CreateConsoleProject(name, program, packageId, alongside);

        var build = PackageFixture.Run(project, "build");

        Assert.True(build.ExitCode == 0, $"{readme}, C# block {block + 1}:\n{build.Output}");
        Assert.Matches(@"(?m)^\s*0 Error\(s\)", build.Output);
    }

    /// <summary>
    /// Each C# block of the readmes other than the quick start and the file-based programs, once: a block that
    /// repeats an earlier one (the package readme shows the quick start too) is built by the test of the first.
    /// </summary>
    public static TheoryData<string, int> OtherPrograms()
    {
        var root = PackageFixture.FindRepositoryRoot();
        var seen = new HashSet<string>(StringComparer.Ordinal) { QuickStart(root) };
        var programs = new TheoryData<string, int>();
        foreach (var (readme, _, _) in ReadmeCode.Readmes)
        {
            var blocks = ReadmeCode.CSharpBlocks(root, readme);
            for (var block = 0; block < blocks.Count; block++)
            {
                if (!ReadmeCode.IsFileBasedProgram(blocks[block]) && seen.Add(blocks[block]))
                {
                    programs.Add(readme, block);
                }
            }
        }

        return programs;
    }

    private static string QuickStart(string repositoryRoot) => ReadmeCode.CSharpBlocks(repositoryRoot, "README.md")[0];
}
