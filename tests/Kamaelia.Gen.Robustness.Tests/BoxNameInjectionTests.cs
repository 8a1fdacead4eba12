using System.Collections.Concurrent;
using Kamaelia.Gen.Robustness.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace Kamaelia.Gen.Robustness.Tests;

/// <summary>
/// Every box of every corpus component is renamed at once to a name that tries to break out of the string,
/// comment or doc comment it is written into. The generated code must still parse on its own, must carry each
/// name as a string value (not as code), and must never call Environment.Exit, declare the injected type or
/// contain a directive; the generator and analyzers must not throw.
/// </summary>
public sealed class BoxNameInjectionTests(ITestOutputHelper output)
{
    /// <summary>Hostile box names (values, not literals); each box gets its own numbered copy so the names stay distinct.</summary>
    public static TheoryData<string> HostileNames =>
    [
        "x\"); System.Environment.Exit(1); //",
        "\"; System.Environment.Exit(1); //",
        "*/ System.Environment.Exit(1); /*",
        "x\n#error boom\nSystem.Environment.Exit(1); //",
        "}\n}\nclass Evil { static void M() { System.Environment.Exit(1); } }\n//",
        "x</summary><![CDATA[ System.Environment.Exit(1); //",
        "\\\" + System.Environment.Exit(1) + \"",
        "x\u2028System.Environment.Exit(1); //",
    ];

    [Theory]
    [MemberData(nameof(HostileNames))]
    public void HostileBoxNamesStayStringValuesInTheGeneratedCode(string hostile)
    {
        var boxesRenamed = 0;
        var namesFound = new ConcurrentBag<string>();
        var failures = new ConcurrentBag<string>();
        var files = Corpus.Files.Where(f => BoxNameLiterals(f.Tree.GetRoot()).Count > 0).ToList();

        Parallel.ForEach(files, file =>
        {
            var literals = BoxNameLiterals(file.Tree.GetRoot());
            var names = literals.Select((_, i) => hostile + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + file.Tree.FilePath.GetHashCode(StringComparison.Ordinal).ToString("x8", System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var text = file.Tree.GetText().WithChanges(literals.Select((l, i) => new TextChange(l.Span, SymbolDisplay.FormatLiteral(names[i], quote: true))));
            var edited = CSharpSyntaxTree.ParseText(text, Corpus.ParseOptions, path: file.Path);
            Assert.DoesNotContain(edited.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);

            var run = FuzzHarness.Run(file.Unit.Compilation.ReplaceSyntaxTree(file.Tree, edited));
            Interlocked.Add(ref boxesRenamed, names.Count);
            foreach (var failure in run.Failures)
            {
                failures.Add($"{file.Path}: {failure}");
            }

            var generatedValues = run.Generated
                .SelectMany(g => CSharpSyntaxTree.ParseText(g.Text, Corpus.ParseOptions).GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>())
                .Select(l => l.Token.ValueText)
                .ToHashSet(StringComparer.Ordinal);
            foreach (var name in names.Where(generatedValues.Contains))
            {
                namesFound.Add(name);
            }
        });

        output.WriteLine($"{boxesRenamed} box names in {files.Count} files renamed to {SymbolDisplay.FormatLiteral(hostile, quote: true)}+n; {namesFound.Count} reached generated code as string values");
        Assert.True(failures.IsEmpty, string.Join("\n\n", failures.Take(5)));

        // The names did reach the generated code (as values): the generator did not just decline every component.
        Assert.True(namesFound.Count * 2 >= boxesRenamed, $"only {namesFound.Count} of {boxesRenamed} hostile names reached the generated code");
    }

    /// <summary>The name arguments of [Inbox]/[Outbox] attributes (the first argument, a string literal).</summary>
    private static List<SyntaxToken> BoxNameLiterals(SyntaxNode root) =>
        [.. root.DescendantNodes().OfType<AttributeSyntax>()
            .Where(a => a.Name.ToString() is var n && (n.StartsWith("Inbox", StringComparison.Ordinal) || n.StartsWith("Outbox", StringComparison.Ordinal)))
            .Select(a => a.ArgumentList?.Arguments.FirstOrDefault()?.Expression)
            .OfType<LiteralExpressionSyntax>()
            .Where(l => l.IsKind(SyntaxKind.StringLiteralExpression))
            .Select(l => l.Token)];
}
