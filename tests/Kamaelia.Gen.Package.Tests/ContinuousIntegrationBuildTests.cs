namespace Kamaelia.Gen.Package.Tests;

/// <summary>
/// When Directory.Build.props makes a build a ContinuousIntegrationBuild (deterministic source paths): for the
/// shipped projects under any of the CI servers' variables, and never for tests, whose snapshot files are found
/// through [CallerFilePath].
/// </summary>
public sealed class ContinuousIntegrationBuildTests
{
    private static readonly string[] CiVariables = ["CI", "GITHUB_ACTIONS", "TF_BUILD"];

    [Theory]
    [InlineData("CI", "true")]
    [InlineData("GITHUB_ACTIONS", "true")]
    [InlineData("TF_BUILD", "True")]
    public void AShippedProjectIsAContinuousIntegrationBuildUnderEachCiServersVariable(string variable, string value)
    {
        Assert.Equal("true", ContinuousIntegrationBuild("src/Axon/Axon.csproj", variable, value));
    }

    [Fact]
    public void AShippedProjectBuiltOutsideCiKeepsItsRealPaths()
    {
        Assert.Equal("", ContinuousIntegrationBuild("src/Kamaelia/Kamaelia.csproj", variable: null, value: null));
    }

    [Fact]
    public void ATestProjectKeepsItsRealPathsUnderCi()
    {
        Assert.Equal("", ContinuousIntegrationBuild("tests/Kamaelia.Gen.Generators.Tests/Kamaelia.Gen.Generators.Tests.csproj", "CI", "true"));
    }

    /// <summary>The property as MSBuild evaluates it for one project with at most one CI variable set.</summary>
    private static string ContinuousIntegrationBuild(string project, string? variable, string? value)
    {
        var environment = CiVariables.ToDictionary(v => v, v => v == variable ? value : null);
        var evaluation = PackageFixture.Run(new DotnetCommand(PackageFixture.FindRepositoryRoot(),
            ["msbuild", project, "-getProperty:ContinuousIntegrationBuild", "-p:Configuration=Release"])
        {
            Environment = environment,
        });
        Assert.True(evaluation.ExitCode == 0, evaluation.Output);
        return evaluation.Output.Trim();
    }
}
