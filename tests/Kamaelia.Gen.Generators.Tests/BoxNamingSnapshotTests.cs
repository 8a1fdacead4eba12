using Kamaelia.Gen.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kamaelia.Gen.Generators.Tests;

/// <summary>Box names become PascalCase accessors; the declared names and descriptions reach the output intact.</summary>
public sealed class BoxNamingSnapshotTests
{
    [Fact]
    public void BoxNamesWithSeparatorsOrLeadingDigitsBecomePascalCaseAccessors()
    {
        var run = GeneratorHarness.Run("""
            using Axon;

            namespace Demo;

            [Inbox<string>("my_box")] [Inbox<int>("data-in")] [Outbox<double>("2nd")]
            public partial class Oddly : Component
            {
                public void Touch()
                {
                    _ = MyBox.Count;
                    _ = DataIn.Count;
                    Box2nd.Send(2.0);
                }
            }
            """);

        Assert.Empty(run.ErrorsAndWarnings);
        var accessors = PublicProperties(run.Source("Oddly.Boxes.g.cs"));
        Assert.Equal(["MyBox", "DataIn", "Box2nd", "Declaration", "Descriptor"], accessors);
        Snapshot.Match(run, nameof(BoxNamesWithSeparatorsOrLeadingDigitsBecomePascalCaseAccessors));
    }

    [Fact]
    public void DescriptionsWithQuotesNewlinesAndMarkupAreEscapedInLiteralsAndDocs()
    {
        const string Description = "say \"hi\"\nthen <b> & \\ done";
        var source = """
            using Axon;

            namespace Demo;

            /// <summary>A component with awkward descriptions.</summary>
            [Inbox<string>("inbox", "say \"hi\"\nthen <b> & \\ done")]
            [Outbox<string>("out<&>\"", "plain")]
            public partial class Awkward : Component
            {
            }
            """;
        var options = GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);
        var compilation = GeneratorHarness.Compile().AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, options, path: "Awkward.cs"));
        var driver = CSharpGeneratorDriver.Create([new ComponentGenerator().AsSourceGenerator()], parseOptions: options);

        var run = GeneratorHarness.Run(compilation, driver);

        // Diagnose mode reports malformed XML doc comments (CS1570) as warnings.
        Assert.Empty(run.ErrorsAndWarnings);
        var generated = CSharpSyntaxTree.ParseText(run.Source("Awkward.Boxes.g.cs"), options);
        var root = generated.GetRoot();
        var literals = root.DescendantNodes().OfType<LiteralExpressionSyntax>()
            .Where(l => l.IsKind(SyntaxKind.StringLiteralExpression))
            .Select(l => l.Token.ValueText)
            .ToList();
        Assert.Contains(Description, literals);
        Assert.Contains("out<&>\"", literals);

        var inboxDoc = DocumentationOf(root, "Inbox");
        Assert.Equal("The \"inbox\" inbox: say \"hi\" then <b> & \\ done", inboxDoc);
        var outboxDoc = DocumentationOf(root, "Out");
        Assert.Equal("The \"out<&>\\\"\" outbox: plain", outboxDoc);
        Snapshot.Match(run, nameof(DescriptionsWithQuotesNewlinesAndMarkupAreEscapedInLiteralsAndDocs));
    }

    private static List<string> PublicProperties(string source) =>
        [.. CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<PropertyDeclarationSyntax>()
            .Where(p => p.Modifiers.Any(SyntaxKind.PublicKeyword))
            .Select(p => p.Identifier.ValueText)];

    /// <summary>The decoded text of a property's summary, as an XML reader sees it.</summary>
    private static string DocumentationOf(SyntaxNode root, string propertyName)
    {
        var property = root.DescendantNodes().OfType<PropertyDeclarationSyntax>().Single(p => p.Identifier.ValueText == propertyName);
        var comment = property.GetLeadingTrivia()
            .Select(t => t.GetStructure())
            .OfType<DocumentationCommentTriviaSyntax>()
            .Single();
        var xml = string.Concat(comment.ToFullString().Split('\n').Select(line => line.Trim().TrimStart('/').Trim()));
        return System.Xml.Linq.XElement.Parse(xml).Value;
    }
}
