using Kamaelia.Gen.Generators.Tests.Support;

namespace Kamaelia.Gen.Generators.Tests.Robustness;

/// <summary>Names the user spelled with @ (keywords and contextual keywords) keep their @ in generated code, and never reach a hint name.</summary>
public sealed class KeywordIdentifierTests
{
    [Fact]
    public void AClassNamedWithAKeywordIsRedeclaredWithItsAt()
    {
        var run = GeneratorHarness.Run(BrokenInputCorpus.Cases["class named with a keyword"]);

        Assert.Empty(run.ErrorsAndWarnings);
        Assert.Contains("    partial class @class\n", run.Source("Broken.class.Boxes.g.cs"), StringComparison.Ordinal);
        Assert.Contains("    partial class @class\n", run.Source("Broken.class.Handlers.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void KeywordNamespacesContainingTypesAndTypeParametersKeepTheirAt()
    {
        var run = GeneratorHarness.Run(BrokenInputCorpus.Cases["keyword namespace and containing types"]);

        Assert.Empty(run.ErrorsAndWarnings);
        var boxes = run.Source("namespace.event.struct`1.object.Boxes.g.cs");
        Assert.Contains("namespace @namespace.@event\n", boxes, StringComparison.Ordinal);
        Assert.Contains("partial class @struct<@int>\n", boxes, StringComparison.Ordinal);
        Assert.Contains("partial class @object\n", boxes, StringComparison.Ordinal);
    }

    [Fact]
    public void ClassesNamedWithContextualKeywordsKeepTheirAt()
    {
        var run = GeneratorHarness.Run(BrokenInputCorpus.Cases["class named with a contextual keyword"]);

        Assert.Empty(run.ErrorsAndWarnings);
        Assert.Contains("partial class @record\n", run.Source("Broken.record.Boxes.g.cs"), StringComparison.Ordinal);
        Assert.Contains("partial class @file\n", run.Source("Broken.file.Boxes.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void HandlersAndGraphChildrenNamedWithKeywordsAreCalledWithTheirAt()
    {
        var handlers = GeneratorHarness.Run(BrokenInputCorpus.Cases["handler named with a keyword"]);
        var graph = GeneratorHarness.Run(BrokenInputCorpus.Cases["graphline children with keyword names"]);

        Assert.Empty(handlers.ErrorsAndWarnings);
        Assert.Empty(graph.ErrorsAndWarnings);
        var loop = handlers.Source("Broken.KeywordHandler.Handlers.g.cs");
        Assert.Contains("@class(__message);", loop, StringComparison.Ordinal);
        Assert.Contains("@event(__message);", loop, StringComparison.Ordinal);
        Assert.Contains("@object(__control);", loop, StringComparison.Ordinal);
        Assert.Contains("Link(@class.Outbox, @event.Inbox);", graph.Source("Broken.KeywordChildren.Graph.g.cs"), StringComparison.Ordinal);
        Assert.Contains("return RunGraph(@class, @event);", graph.Source("Broken.KeywordChildren.Graph.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void ABoxWhoseAccessorWouldShadowATypeParameterMakesTheGeneratorDecline()
    {
        var run = GeneratorHarness.Run(BrokenInputCorpus.Cases["accessor collides with a type parameter"]);

        Assert.Empty(run.Sources);
        Assert.Empty(run.ErrorsAndWarnings);
    }
}
