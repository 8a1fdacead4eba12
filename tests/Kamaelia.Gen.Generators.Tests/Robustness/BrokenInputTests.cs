using Kamaelia.Gen.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kamaelia.Gen.Generators.Tests.Robustness;

/// <summary>
/// On broken, half-typed or hostile input the generator never throws and never writes code that fails to
/// compile: whatever is wrong stays in the user's source, where the analyzers report it.
/// </summary>
public sealed class BrokenInputTests
{
    public static TheoryData<string> CaseNames => [.. BrokenInputCorpus.Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void TheGeneratorNeitherThrowsNorReportsDiagnostics(string caseName)
    {
        var run = GeneratorHarness.Run(BrokenInputCorpus.Cases[caseName]);

        Assert.Null(TrackedSteps.Result(run.Driver).Exception);
        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void EveryGeneratedFileParsesAndCompilesWithoutDiagnosticsOfItsOwn(string caseName)
    {
        var run = GeneratorHarness.Run(BrokenInputCorpus.Cases[caseName]);

        foreach (var (hintName, text) in run.Sources)
        {
            var parsed = CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions);
            Assert.True(!parsed.GetDiagnostics().Any(), $"{hintName} does not parse:\n{string.Join("\n", parsed.GetDiagnostics())}\n{text}");
        }

        var generatedTrees = GeneratedTrees(run);
        var inGenerated = run.ErrorsAndWarnings.Where(d => generatedTrees.Contains(d.Location.SourceTree)).ToList();
        Assert.True(inGenerated.Count == 0, string.Join("\n", inGenerated) + "\n" + string.Join("\n", run.Sources.Select(s => s.Text)));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void GenerationAddsNoErrorToTheUsersSource(string caseName)
    {
        var compilation = GeneratorHarness.Compile(BrokenInputCorpus.Cases[caseName]);
        var before = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(Line).ToHashSet();

        var run = GeneratorHarness.Run(compilation);

        // Binding a generated member may turn one error into another on the same line ('Outbox.Se' is no longer an
        // unknown name but an unknown method); an error on a line that had none is the generator's fault.
        var generatedTrees = GeneratedTrees(run);
        var added = run.CompilationDiagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error && !generatedTrees.Contains(d.Location.SourceTree))
            .Where(d => !before.Contains(Line(d)))
            .ToList();
        Assert.True(added.Count == 0, "New errors in the user's source: " + string.Join("\n", added));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void InjectedCodeNeverBecomesAnInvocation(string caseName)
    {
        var run = GeneratorHarness.Run(BrokenInputCorpus.Cases[caseName]);

        foreach (var (hintName, text) in run.Sources)
        {
            var root = CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions).GetRoot();
            var invocations = root.DescendantNodes().OfType<InvocationExpressionSyntax>().Select(i => i.Expression.ToString());
            Assert.DoesNotContain(invocations, e => e.Contains("Environment", StringComparison.Ordinal) || e.Contains("Exit", StringComparison.Ordinal));
            Assert.DoesNotContain(root.DescendantTrivia(), t => t.IsKind(SyntaxKind.ErrorDirectiveTrivia));
            Assert.True(!root.ContainsDirectives || root.DescendantTrivia().All(t => !t.IsDirective || t.IsKind(SyntaxKind.NullableDirectiveTrivia)), $"{hintName} has an unexpected directive.");
        }
    }

    [Fact]
    public void NamesThatTryToBreakOutOfTheirLiteralStayInsideIt()
    {
        var run = GeneratorHarness.Run(BrokenInputCorpus.Cases["code injected through a name"]);

        Assert.Empty(run.ErrorsAndWarnings);
        var root = CSharpSyntaxTree.ParseText(run.Source("Broken.Injected.Boxes.g.cs"), GeneratorHarness.ParseOptions).GetRoot();
        var literals = root.DescendantNodes().OfType<LiteralExpressionSyntax>().Select(l => l.Token.ValueText).ToList();
        Assert.Contains("\"; System.Environment.Exit(1); //", literals);
        Assert.Contains("*/ System.Environment.Exit(2); /*", literals);
        Assert.Contains("\"); System.Environment.Exit(3); //", literals);
        Assert.DoesNotContain(root.DescendantNodes().OfType<InvocationExpressionSyntax>(), i => i.Expression.ToString().Contains("Exit", StringComparison.Ordinal));
        Assert.Contains(root.DescendantNodes().OfType<PropertyDeclarationSyntax>(), p => p.Identifier.ValueText == "SystemEnvironmentExit1");
    }

    [Fact]
    public void ADescriptionThatTriesToBreakOutOfItsDocCommentStaysInIt()
    {
        var run = GeneratorHarness.Run(BrokenInputCorpus.Cases["code injected through a description"]);

        Assert.Empty(run.ErrorsAndWarnings);
        var text = run.Source("Broken.InjectedDescription.Boxes.g.cs");
        Assert.DoesNotContain("#error", text.Split('\n').Select(line => line.TrimStart()), StringComparer.Ordinal);
        Assert.Contains("/// <summary>The \"inbox\" inbox:  #error injected  System.Environment.Exit(4); &lt;/summary&gt; &lt;![CDATA[</summary>", text, StringComparison.Ordinal);
    }

    private static HashSet<SyntaxTree?> GeneratedTrees(GeneratorRun run) =>
        [.. run.Driver.GetRunResult().GeneratedTrees];

    private static (string Path, int Line) Line(Diagnostic diagnostic) =>
        (diagnostic.Location.GetLineSpan().Path, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
}
