using System.Runtime.CompilerServices;
using Kamaelia.Gen.Generators.Diagnostics;
using Kamaelia.Gen.Generators.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Kamaelia.Gen.Generators.Tests.Robustness;

/// <summary>
/// An exception inside the generator is its own bug: it is reported once, as KAM009 on the class, with the
/// exception's type and message, and it neither escapes to the compiler nor disappears.
/// </summary>
public sealed class GenerationFailureTests
{
    // Several attributes and a handler: the class is found once per attribute kind, yet fails once.
    private const string Source = """
        using Axon;

        namespace Demo;

        [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
        public partial class Upper : Component
        {
            [Handles("inbox")] void OnLine(string line) => Outbox.Send(line.ToUpperInvariant());
        }
        """;

    [Theory]
    [InlineData(nameof(GenerationStage.Parsing), "parsing")]
    [InlineData(nameof(GenerationStage.Emitting), "emitting")]
    public void AnInjectedFailureIsReportedOnceOnTheClassWithTheException(string stage, string stageText)
    {
        var run = RunFailingAt(Enum.Parse<GenerationStage>(stage), Source);

        var failure = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("KAM009", failure.Id);
        Assert.Equal(DiagnosticSeverity.Error, failure.Severity);
        Assert.Equal(
            $"Kamaelia.Gen could not generate 'Upper'; please report it: "
                + $"System.InvalidOperationException: Failure injected while {stageText}",
            failure.GetMessage(System.Globalization.CultureInfo.InvariantCulture));

        var span = failure.Location.GetLineSpan();
        Assert.Equal("Source0.cs", span.Path);
        Assert.Equal(Source.IndexOf("Upper :", StringComparison.Ordinal), failure.Location.SourceSpan.Start);
        Assert.Equal("Upper".Length, failure.Location.SourceSpan.Length);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(5, 21), span.StartLinePosition);

        Assert.Empty(run.Sources);
        Assert.Null(TrackedSteps.Result(run.Driver).Exception);
    }

    [Fact]
    public void AClassDeclaredInTwoFilesFailsOnceAtItsFirstDeclaration()
    {
        const string second = """
            namespace Demo;

            public partial class Upper
            {
                [Handles("control")] void OnControl(object message) { }
            }
            """;

        var run = RunFailingAt(GenerationStage.Parsing, Source, "using Axon;\n" + second);

        var failure = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("Source0.cs", failure.Location.GetLineSpan().Path);
    }

    [Fact]
    public void WithoutAFailureTheSameSourceReportsNothingAndGeneratesTheComponent()
    {
        var run = GeneratorHarness.Run(Source);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(["Demo.Upper.Boxes.g.cs", "Demo.Upper.Handlers.g.cs"], run.Sources.Select(s => s.HintName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheRuleHasItsPageInTheCatalogueAndReleaseTracking()
    {
        var descriptor = GeneratorDiagnostics.GenerationFailed;
        var root = RepositoryRoot();

        Assert.EndsWith("/docs/diagnostics/KAM009.md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        var page = File.ReadAllText(Path.Combine(root, "docs", "diagnostics", "KAM009.md"));
        Assert.StartsWith($"# KAM009: {descriptor.Title}\n", page.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains($"| Severity | {descriptor.DefaultSeverity} |", page, StringComparison.Ordinal);
        Assert.Contains("[KAM009](KAM009.md)", File.ReadAllText(Path.Combine(root, "docs", "diagnostics", "README.md")), StringComparison.Ordinal);
        Assert.Contains(
            $"KAM009 | {descriptor.Category} | {descriptor.DefaultSeverity} |",
            File.ReadAllText(Path.Combine(root, "generators", "Kamaelia.Gen.Generators", "AnalyzerReleases.Unshipped.md")),
            StringComparison.Ordinal);
    }

    [Fact]
    public void GeneratedMembersNameTheGeneratorsOwnVersion()
    {
        var informational = typeof(ComponentGenerator).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>()
            .Single().InformationalVersion;
        var version = informational.Split('+')[0];

        var run = GeneratorHarness.Run(Source);

        Assert.Equal(typeof(ComponentGenerator).Assembly.GetName().Version!.ToString(3), version);
        Assert.All(run.Sources, s => Assert.Contains(
            $"[global::System.CodeDom.Compiler.GeneratedCode(\"Kamaelia.Gen.Generators\", \"{version}\")]", s.Text, StringComparison.Ordinal));
    }

    private static GeneratorRun RunFailingAt(GenerationStage stage, params string[] sources) =>
        InjectedFailure.At(stage, () => GeneratorHarness.Run(sources));

    private static string RepositoryRoot([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
}
