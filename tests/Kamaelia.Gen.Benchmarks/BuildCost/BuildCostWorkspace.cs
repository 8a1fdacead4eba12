using Kamaelia.Gen.Benchmarks.Compilation;

namespace Kamaelia.Gen.Benchmarks.BuildCost;

/// <summary>
/// A temporary folder outside the repository holding the projects of the build A/B and a copy of what the
/// Kamaelia.Gen package would give them, taken from this program's own build: Axon.dll and Kamaelia.dll to
/// reference, the generator and analyzer assemblies to load. Its NuGet configuration has no source, so a build
/// restores nothing from the network, and empty Directory.Build files stop MSBuild from reading any above it.
/// </summary>
internal sealed class BuildCostWorkspace : IDisposable
{
    public const string AssemblyName = "Synthetic";

    private BuildCostWorkspace(string root) => Root = root;

    public string Root { get; }

    public static BuildCostWorkspace Create()
    {
        var workspace = new BuildCostWorkspace(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kamaelia-build-cost-" + Guid.NewGuid().ToString("N")));
        Directory.CreateDirectory(workspace.Path("package"));
        foreach (var assembly in (string[])["Axon.dll", "Kamaelia.dll", "Kamaelia.Gen.Generators.dll", "Kamaelia.Gen.Analyzers.dll"])
        {
            File.Copy(System.IO.Path.Combine(AppContext.BaseDirectory, assembly), workspace.Path("package", assembly));
        }

        File.WriteAllText(workspace.Path("Directory.Build.props"), "<Project />\n");
        File.WriteAllText(workspace.Path("Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(workspace.Path("nuget.config"), """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
              </packageSources>
            </configuration>
            """);
        return workspace;
    }

    public string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>Writes a project: its project file (the items given) and its sources.</summary>
    public string WriteProject(string name, string items, IEnumerable<SourceFile> sources)
    {
        var directory = Path(name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(System.IO.Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <AssemblyName>{AssemblyName}</AssemblyName>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
            {items}
            </Project>
            """);
        foreach (var source in sources)
        {
            var path = System.IO.Path.Combine(directory, source.Path);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllText(path, source.Text);
        }

        return directory;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // The compiler server may still hold a file for a moment; the temporary folder is left for the system.
        }
    }
}
