using Kamaelia.Gen.Benchmarks.Compilation;

namespace Kamaelia.Gen.Benchmarks.BuildCost;

/// <summary>The two projects of the build A/B: Kamaelia.Gen's, and System.Text.Json's as the reference point.</summary>
internal static class BuildPairs
{
    public const string KamaeliaName = "Kamaelia.Gen";

    public const string JsonName = "System.Text.Json";

    /// <summary>The synthetic Kamaelia project; B loads the package's generator and analyzers, A neither.</summary>
    public static BuildPair.Definition Kamaelia(BuildCostWorkspace workspace, int components)
    {
        var project = SyntheticProject.Create(components);
        return new BuildPair.Definition(
            KamaeliaName,
            project.Files,
            project.EditedFile.Path,
            ComponentTemplates.BodyEditMarker,
            ProjectEdits.EditedBodyStatement,
            "Kamaelia.Gen.Generators",
            $"""
              <ItemGroup>
                <Reference Include="{workspace.Path("package", "Axon.dll")}" />
                <Reference Include="{workspace.Path("package", "Kamaelia.dll")}" />
              </ItemGroup>

            """,
            $"""
              <ItemGroup>
                <Analyzer Include="{workspace.Path("package", "Kamaelia.Gen.Generators.dll")}" />
                <Analyzer Include="{workspace.Path("package", "Kamaelia.Gen.Analyzers.dll")}" />
              </ItemGroup>
            """,
            "");
    }

    /// <summary>The synthetic JSON project; the SDK loads System.Text.Json's generator by default, and A removes it.</summary>
    public static BuildPair.Definition Json(int types) => new(
        JsonName,
        SyntheticJsonProject.Create(types),
        SyntheticJsonProject.EditedFile,
        SyntheticJsonProject.BodyStatement,
        SyntheticJsonProject.EditedBodyStatement,
        "System.Text.Json.SourceGeneration",
        "",
        "",
        """
          <Target Name="TurnOffTheJsonSourceGenerator" BeforeTargets="CoreCompile">
            <ItemGroup>
              <Analyzer Remove="@(Analyzer)" Condition="'%(Filename)' == 'System.Text.Json.SourceGeneration'" />
            </ItemGroup>
          </Target>
        """);
}
