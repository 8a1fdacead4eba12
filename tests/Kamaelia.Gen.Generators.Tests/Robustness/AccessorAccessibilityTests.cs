using Kamaelia.Gen.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kamaelia.Gen.Generators.Tests.Robustness;

/// <summary>A box accessor is public unless its element type is less visible; then it is exactly as visible as that type.</summary>
public sealed class AccessorAccessibilityTests
{
    [Fact]
    public void AnInternalMessageTypeOnAPublicComponentGetsInternalAccessors()
    {
        var run = GeneratorHarness.Run(BrokenInputCorpus.Cases["internal element type on a public component"]);

        Assert.Empty(run.ErrorsAndWarnings);
        Assert.Equal(
            [("Inbox", "internal"), ("Control", "public"), ("Outbox", "internal"), ("Signal", "public")],
            Accessors(run.Source("Broken.JobRunner.Boxes.g.cs")));
    }

    [Fact]
    public void APrivateNestedMessageTypeGetsAPrivateAccessor()
    {
        var run = GeneratorHarness.Run(BrokenInputCorpus.Cases["private nested element type"]);

        Assert.Empty(run.ErrorsAndWarnings);
        Assert.Equal([("Inbox", "private")], Accessors(run.Source("Broken.Secret.Boxes.g.cs")));
    }

    [Fact]
    public void ProtectedAndInternalMessageTypesCombineAndASealedClassDeclaresNothingProtected()
    {
        var run = GeneratorHarness.Run(BrokenInputCorpus.Cases["protected and internal element types"]);

        Assert.Empty(run.ErrorsAndWarnings);
        Assert.Equal(
            [("Notes", "protected"), ("Memos", "internal"), ("Cards", "protected internal"), ("Batches", "internal")],
            Accessors(run.Source("Broken.Derived.Boxes.g.cs")));
        Assert.Equal([("Cards", "internal"), ("Memos", "internal")], Accessors(run.Source("Broken.SealedDerived.Boxes.g.cs")));
    }

    [Fact]
    public void AGraphLinksAChildByNameWhenItCannotSeeTheChildsAccessors()
    {
        var run = GeneratorHarness.Run(BrokenInputCorpus.Cases["graph child whose boxes carry a type the graph cannot see"]);

        Assert.Empty(run.ErrorsAndWarnings);
        Assert.Contains("Link((First, \"outbox\"), (Second, \"inbox\"), global::Axon.Passthrough.None);", run.Source("Broken.Workshop.Graph.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void AnElementTypeTheComponentCannotSeeMakesTheGeneratorDecline()
    {
        var run = GeneratorHarness.Run(BrokenInputCorpus.Cases["element type from another class's private nested type"]);

        Assert.Empty(run.Sources);
        Assert.Contains(run.CompilationDiagnostics, d => d.Id == "CS0122");
    }

    private static List<(string Name, string Accessibility)> Accessors(string source) =>
        [.. CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<PropertyDeclarationSyntax>()
            .Where(p => p.ExpressionBody is not null && p.Identifier.ValueText != "Descriptor")
            .Select(p => (p.Identifier.ValueText, string.Join(" ", p.Modifiers.Where(m => SyntaxFacts.IsAccessibilityModifier(m.Kind())).Select(m => m.ValueText))))];
}
