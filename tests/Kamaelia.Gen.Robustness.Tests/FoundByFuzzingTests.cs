using Kamaelia.Gen.Robustness.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kamaelia.Gen.Robustness.Tests;

/// <summary>
/// The crashes and unparsable outputs that <see cref="RandomEditTests"/> found, each shrunk to the edit that
/// caused it, kept as fixed cases so they stay fixed whatever seed the random run draws.
/// </summary>
public sealed class FoundByFuzzingTests
{
    public static TheoryData<string, string> Cases => new()
    {
        {
            // GraphAnalyzer threw ArgumentException (duplicate key) in BoxUse.Scan: a duplicated [Outbox] attribute.
            "duplicated outbox attribute in a graph",
            """
            [Outbox("outbox")]
            [Outbox("outbox")]
            [Graphline]
            [Link("Self", "inbox", "Echo", "inbox")]
            [Link("Echo", "outbox", "Self", "outbox")]
            public partial class Graph : Component
            {
                public Kamaelia.Util.PassThrough Echo { get; } = new();
            }
            """
        },
        {
            // The generator wrote 'partial class' with no name (unparsable) for a class whose name was deleted.
            "class name deleted",
            """
            [Inbox<string>("inbox")]
            [Outbox<string>("outbox")]
            public partial class : Component
            {
                [Handles("inbox")]
                private void OnMessage(string message) => Outbox.Send(message);
            }
            """
        },
        {
            // The generator called '.ctor(__message)' when 'void' was deleted from a handler, making it a constructor.
            "handler return type deleted",
            """
            [Inbox<string>("inbox")]
            [Outbox<string>("outbox")]
            public partial class Echo : Component
            {
                [Handles("inbox")]
                private OnMessage(string message) => Outbox.Send(message);
            }
            """
        },
        {
            // A graph child property whose name is still being typed must not reach the wiring.
            "graph child name deleted",
            """
            [Graphline]
            [Link("Self", "inbox", "A", "inbox")]
            public partial class Graph : Component
            {
                public Kamaelia.Util.PassThrough { get; } = new();
                public Kamaelia.Util.PassThrough A { get; } = new();
            }
            """
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheGeneratorAndAnalyzersNeitherThrowNorWriteUnparsableCode(string name, string source)
    {
        var hello = Corpus.Units.Single(u => u.Name == "Hello").Compilation;
        var compilation = hello.WithOptions(hello.Options.WithOutputKind(OutputKind.DynamicallyLinkedLibrary));
        var tree = CSharpSyntaxTree.ParseText("using Axon;\nusing Kamaelia.Chassis;\n" + source, Corpus.ParseOptions, path: "Case.cs");
        var run = FuzzHarness.Run(compilation.RemoveSyntaxTrees(compilation.SyntaxTrees.Where(t => !t.FilePath.EndsWith("GlobalUsings.g.cs", StringComparison.Ordinal))).AddSyntaxTrees(tree));

        Assert.True(run.Failures.IsEmpty, $"{name}:\n{string.Join("\n", run.Failures)}");
        Assert.Contains(run.AnalyzerDiagnostics.Concat(run.OutputCompilation.GetDiagnostics()), d => d.Severity == DiagnosticSeverity.Error || d.Id.StartsWith("KAM", StringComparison.Ordinal));
    }
}
