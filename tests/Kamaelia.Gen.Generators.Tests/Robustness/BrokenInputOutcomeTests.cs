using Kamaelia.Gen.Generators.Tests.Support;

namespace Kamaelia.Gen.Generators.Tests.Robustness;

/// <summary>
/// For each broken input the generator writes exactly what is still valid: nothing for a class it cannot complete,
/// the boxes alone when only the handlers or links are unusable, everything when the oddity is legal C#.
/// </summary>
public sealed class BrokenInputOutcomeTests
{
    public static TheoryData<string> Declined =>
    [
        "truncated generic attribute",
        "truncated attribute at end of file",
        "inbox with no arguments",
        "generic inbox with no arguments",
        "unknown element type",
        "null name",
        "empty name",
        "zero-width joiner name",
        "duplicate box names",
        "names that make the same accessor",
        "accessor collides with a user member",
        "accessor collides with Component members",
        "accessor collides with generated members",
        "accessor collides with the class name",
        "accessor collides with a type parameter",
        "accessor collides with a nested type",
        "not partial",
        "containing type not partial",
        "not a component",
        "struct",
        "static class",
        "record deriving from Component",
        "interface",
        "file-local class",
        "handles on a class without boxes that is not a component",
        "graphline that is not a component",
        "half-typed attribute list",
        "ref struct element type",
        "pointer element type",
        "element type from another class's private nested type",
        "generic component with constraints and a box of a type parameter",
    ];

    public static TheoryData<string, string[]> Completed => new()
    {
        { "keyword name", ["Broken.KeywordNames.Boxes.g.cs"] },
        { "name with a space", ["Broken.SpacedName.Boxes.g.cs"] },
        { "code injected through a name", ["Broken.Injected.Boxes.g.cs"] },
        { "code injected through a description", ["Broken.InjectedDescription.Boxes.g.cs"] },
        { "unicode escapes and surrogates in names", ["Broken.Unicode.Boxes.g.cs"] },
        { "handles an unknown inbox", ["Broken.UnknownInbox.Boxes.g.cs"] },
        { "handles an outbox", ["Broken.HandlesOutbox.Boxes.g.cs"] },
        { "handler with two parameters", ["Broken.TwoParameters.Boxes.g.cs"] },
        { "handler with no parameter, a ref parameter, or a generic parameter", ["Broken.OddHandlers.Boxes.g.cs"] },
        { "handler whose parameter cannot take the box type", ["Broken.WrongParameter.Boxes.g.cs"] },
        { "handler with an unknown parameter type", ["Broken.UnknownParameter.Boxes.g.cs"] },
        { "two handlers for one inbox", ["Broken.TwoHandlers.Boxes.g.cs"] },
        { "handles with a null or non-constant name", ["Broken.NonConstantHandles.Boxes.g.cs"] },
        { "handles with no argument", ["Broken.HandlesNoArgument.Boxes.g.cs"] },
        { "Main and handlers together", ["Broken.MainAndHandlers.Boxes.g.cs"] },
        { "Step and handlers together", ["Broken.StepAndHandlers.Boxes.g.cs"] },
        { "handler named with a keyword", ["Broken.KeywordHandler.Boxes.g.cs", "Broken.KeywordHandler.Handlers.g.cs"] },
        { "handler hooks without handlers", ["Broken.HooksOnly.Boxes.g.cs"] },
        { "link to unknown children", ["Broken.UnknownChildren.Boxes.g.cs", "Broken.UnknownChildren.Graph.g.cs"] },
        { "link with non-constant arguments", ["Broken.NonConstantLinks.Boxes.g.cs"] },
        { "link with unknown boxes", ["Broken.Child.Boxes.g.cs", "Broken.Child.Handlers.g.cs", "Broken.UnknownBoxes.Boxes.g.cs", "Broken.UnknownBoxes.Graph.g.cs"] },
        { "graphline children with keyword names", ["Broken.KChild.Boxes.g.cs", "Broken.KChild.Handlers.g.cs", "Broken.KeywordChildren.Boxes.g.cs", "Broken.KeywordChildren.Graph.g.cs"] },
        { "graphline with a user Main", ["Broken.GraphWithMain.Boxes.g.cs", "Broken.GraphWithMain.Graph.g.cs"] },
        { "half-typed class body", ["Broken.Half.Boxes.g.cs", "Broken.Half.Handlers.g.cs"] },
        { "class named with a keyword", ["Broken.class.Boxes.g.cs", "Broken.class.Handlers.g.cs"] },
        { "keyword namespace and containing types", ["namespace.event.struct`1.object.Boxes.g.cs", "namespace.event.struct`1.object.Handlers.g.cs"] },
        { "internal element type on a public component", ["Broken.JobRunner.Boxes.g.cs", "Broken.JobRunner.Handlers.g.cs"] },
        { "private nested element type", ["Broken.Secret.Boxes.g.cs"] },
        { "dynamic element type", ["Broken.DynamicBox.Boxes.g.cs"] },
        { "graph child whose boxes carry a type the graph cannot see", ["Broken.Worker.Boxes.g.cs", "Broken.Workshop.Boxes.g.cs", "Broken.Workshop.Graph.g.cs"] },
        { "graph children in nullable properties", ["Broken.Maybe.Boxes.g.cs", "Broken.MaybeGraph.Boxes.g.cs", "Broken.MaybeGraph.Graph.g.cs"] },
        { "protected and internal element types", ["Broken.Derived.Boxes.g.cs", "Broken.SealedDerived.Boxes.g.cs"] },
        { "class named with a contextual keyword", ["Broken.file.Boxes.g.cs", "Broken.record.Boxes.g.cs", "Broken.var.Boxes.g.cs"] },
        { "tuple, nullable and array element types", ["Broken.RichTypes.Boxes.g.cs", "Broken.RichTypes.Handlers.g.cs"] },
        { "derived from a component that declares the same boxes", ["Broken.BaseStage.Boxes.g.cs", "Broken.BaseStage.Handlers.g.cs", "Broken.DerivedStage.Boxes.g.cs", "Broken.DerivedStage.Handlers.g.cs"] },
        { "derived from a handler component without boxes", ["Broken.PlainRelay.Boxes.g.cs", "Broken.PlainRelay.Handlers.g.cs", "Broken.PlainRelayChild.Handlers.g.cs"] },
        { "component nested in a generic type", ["Broken.Holder`1.Nested.Boxes.g.cs", "Broken.Holder`1.Nested.Handlers.g.cs"] },
        { "many partial parts", ["Broken.Parts.Boxes.g.cs", "Broken.Parts.Handlers.g.cs"] },
    };

    /// <summary>
    /// Cases whose outcome is deliberately not pinned. A misplaced [Inbox] on a method reaches the generator through
    /// the [Handles] pipeline's method filter and currently yields the standard boxes; writing nothing would be
    /// equally right, and the user's code does not compile either way (CS0592).
    /// </summary>
    public static IReadOnlyList<string> Unpinned => ["attribute on a method instead of a class"];

    [Theory]
    [MemberData(nameof(Declined))]
    public void TheGeneratorWritesNothingForAClassItCannotComplete(string caseName)
    {
        var run = GeneratorHarness.Run(BrokenInputCorpus.Cases[caseName]);

        Assert.Empty(run.Sources);
    }

    [Theory]
    [MemberData(nameof(Completed))]
    public void TheGeneratorWritesTheFilesThatAreStillValid(string caseName, string[] hintNames)
    {
        var run = GeneratorHarness.Run(BrokenInputCorpus.Cases[caseName]);

        Assert.Equal(hintNames, run.Sources.Select(s => s.HintName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryCaseOfTheCorpusHasAnExpectedOutcome()
    {
        var covered = ((IEnumerable<object[]>)Declined).Concat(Completed).Select(row => (string)row[0]).Concat(Unpinned);

        Assert.Equal(BrokenInputCorpus.Cases.Keys.Order(StringComparer.Ordinal), covered.Order(StringComparer.Ordinal));
    }
}
