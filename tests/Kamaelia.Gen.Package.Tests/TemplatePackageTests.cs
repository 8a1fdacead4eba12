namespace Kamaelia.Gen.Package.Tests;

/// <summary>
/// The Kamaelia.Templates package the way a user meets it: installed into dotnet new, an app made with
/// <c>dotnet new kamaelia</c>, a component added with <c>dotnet new kamaelia-component</c>, built and run.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class TemplatePackageTests(PackageFixture package)
{
    [Fact]
    public void AnAppFromTheTemplatesWithAnAddedComponentBuildsCleanAndTransformsEachLineUntilTheInputEnds()
    {
        var root = Path.Combine(package.WorkDirectory, "templates");
        Directory.CreateDirectory(root);

        // The template's restore and the build below find the local feed through this file above the app.
        package.WriteNuGetConfig(root);

        // A template store of the test's own: the machine's installed templates are neither used nor changed.
        string[] hive = ["--debug:custom-hive", Path.Combine(root, "hive")];
        Succeeds(root, ["new", "install", package.PathOf("Kamaelia.Templates"), .. hive]);
        Succeeds(root, ["new", "kamaelia", "-n", "Shout", "--no-update-check", .. hive]);
        var app = Path.Combine(root, "Shout");
        Succeeds(app, ["new", "kamaelia-component", "-n", "Doubler", "--no-update-check", .. hive]);

        var project = File.ReadAllText(Path.Combine(app, "Shout.csproj"));
        Assert.Contains($"""<PackageReference Include="Kamaelia.Gen" Version="{package.Version}" />""", project, StringComparison.Ordinal);
        var component = File.ReadAllText(Path.Combine(app, "Doubler.cs"));
        Assert.Contains("namespace Shout;", component, StringComparison.Ordinal);
        Assert.Contains("""[Inbox<string>("inbox",""", component, StringComparison.Ordinal);
        Assert.Contains("internal sealed partial class Doubler : Component", component, StringComparison.Ordinal);

        // What the app's readme tells the user to do with a new component: put it into the pipeline after the stage.
        var programPath = Path.Combine(app, "Program.cs");
        var program = File.ReadAllText(programPath);
        const string Stage = "new ShoutStage(), ";
        Assert.Contains("new Pipeline(new ConsoleReader(), " + Stage + "new ConsoleEchoer()).Run();", program, StringComparison.Ordinal);
        File.WriteAllText(programPath, program.Replace(Stage, Stage + "new Doubler(), ", StringComparison.Ordinal));

        // Every analyzer rule on, warnings as errors: the templates' code must give no diagnostic at all.
        var build = Succeeds(app, ["build", "--no-restore", "-warnaserror", "-p:AnalysisLevel=latest-all"]);
        Assert.Matches(@"(?m)^\s*0 Warning\(s\)", build);

        // The stage's capitals come out; the run returning at all shows the end of the input shut the pipeline down.
        // The built app is run directly, as `dotnet run --no-build` would, without evaluating the project again.
        var run = PackageFixture.Run(new DotnetCommand(app, [Path.Combine("bin", "Debug", "net10.0", "Shout.dll")])
        {
            StandardInput = "hello\nkamaelia components\n",
            Timeout = TimeSpan.FromMinutes(1),
        });
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal("HELLO\nKAMAELIA COMPONENTS\n", run.Output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private static string Succeeds(string workingDirectory, string[] arguments)
    {
        var (exitCode, output) = PackageFixture.Run(workingDirectory, arguments);
        Assert.True(exitCode == 0, $"dotnet {string.Join(' ', arguments)} failed:\n{output}");
        return output;
    }
}
