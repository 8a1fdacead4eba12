using Kamaelia.Gen.Generators.Tests.Support;

namespace Kamaelia.Gen.Generators.Tests;

/// <summary>Boxes declared on partial properties, the form whose element type may be a type parameter.</summary>
public sealed class PartialPropertyBoxesSnapshotTests
{
    [Fact]
    public void AGenericComponentTypesItsBoxesWithItsTypeParameterThroughPartialProperties()
    {
        var run = GeneratorHarness.Run("""
            using Axon;

            namespace Demo;

            public partial class Relay<T> : Component
            {
                [Inbox("inbox", "Items")] public partial Inbox<T> Input { get; }

                [Inbox("control")] public partial Inbox<object> Control { get; }

                [Outbox("outbox", "The same items")] public partial Outbox<T> Output { get; }

                [Outbox("signal")] public partial Outbox<object> Signal { get; }

                [Handles("inbox")] void OnItem(T item) => Output.Send(item);
            }
            """);

        Assert.Empty(run.ErrorsAndWarnings);
        var boxes = run.Source("Demo.Relay`1.Boxes.g.cs");
        Assert.Contains("public partial global::Axon.Inbox<T> Input { get => __box_Input; }", boxes, StringComparison.Ordinal);
        Assert.Contains("public partial global::Axon.Outbox<T> Output { get => __box_Output; }", boxes, StringComparison.Ordinal);
        Assert.Contains("global::Axon.BoxDescriptor.Inbox<T>(\"inbox\", \"Items\")", boxes, StringComparison.Ordinal);
        Assert.Contains("[global::Axon.BoxUse(new[] { \"inbox\" }, new[] { \"outbox\" })]", boxes, StringComparison.Ordinal);
        var handlers = run.Source("Demo.Relay`1.Handlers.g.cs");
        Assert.Contains("foreach (var __message in Input.Batch())", handlers, StringComparison.Ordinal);
        Snapshot.Match(run, nameof(AGenericComponentTypesItsBoxesWithItsTypeParameterThroughPartialProperties));
    }

    [Fact]
    public void ClassAttributesAndPartialPropertiesDeclareBoxesTogether()
    {
        var run = GeneratorHarness.Run("""
            using Axon;

            namespace Demo;

            [Inbox("control")] [Outbox("signal")]
            public sealed partial class Pick<TItem> : Component
            {
                [Inbox("inbox")] public partial Inbox<string> Commands { get; }

                [Outbox("outbox")] internal partial Outbox<TItem> Chosen { get; }
            }
            """);

        Assert.Empty(run.ErrorsAndWarnings);
        var boxes = run.Source("Demo.Pick`1.Boxes.g.cs");
        Assert.Contains("internal partial global::Axon.Outbox<TItem> Chosen { get => __box_Chosen; }", boxes, StringComparison.Ordinal);
        Assert.Contains("public global::Axon.Inbox<object> Control => __box_Control;", boxes, StringComparison.Ordinal);
    }

    [Fact]
    public void ABoxPropertyMayImplementItsBasesAbstractAccessorAndTheBasesBoxUseCounts()
    {
        var run = GeneratorHarness.Run("""
            using Axon;

            namespace Demo;

            public abstract class Source<T> : Component
            {
                public abstract Outbox<T> Output { get; }

                public abstract Inbox<object> Control { get; }

                protected void Emit(T item) => Output.Send(item);

                protected bool Stopping() => GetInbox<object>("control").Count > 0;

                public string Signal => "hidden by the subclass's box";
            }

            public sealed partial class Numbers : Source<int>
            {
                [Inbox("control")] public override partial Inbox<object> Control { get; }

                [Outbox("outbox")] public sealed override partial Outbox<int> Output { get; }

                [Outbox("signal")] public new partial Outbox<object> Signal { get; }
            }
            """);

        Assert.Empty(run.ErrorsAndWarnings);
        var boxes = run.Source("Demo.Numbers.Boxes.g.cs");
        Assert.Contains("public override partial global::Axon.Inbox<object> Control { get => __box_Control; }", boxes, StringComparison.Ordinal);
        Assert.Contains("public sealed override partial global::Axon.Outbox<int> Output { get => __box_Output; }", boxes, StringComparison.Ordinal);
        Assert.Contains("public new partial global::Axon.Outbox<object> Signal { get => __box_Signal; }", boxes, StringComparison.Ordinal);
        Assert.Contains("[global::Axon.BoxUse(new[] { \"control\" }, new[] { \"outbox\" })]", boxes, StringComparison.Ordinal);
    }

    [Fact]
    public void ASubclassOfABaseDeclaredOnPropertiesHidesItsDescriptorOnPurpose()
    {
        var run = GeneratorHarness.Run("""
            using Axon;

            namespace Demo;

            public partial class Relay<T> : Component
            {
                [Inbox("inbox")] public partial Inbox<T> Input { get; }

                [Outbox("outbox")] public partial Outbox<T> Output { get; }
            }

            [Inbox<string>("lines")] [Outbox<string>("shouts")]
            public sealed partial class Shouter : Relay<string>
            {
                [Handles("lines")] void OnLine(string line) => Shouts.Send(line.ToUpperInvariant());
            }
            """);

        Assert.Empty(run.ErrorsAndWarnings);
        Assert.Contains("public static new global::Axon.ComponentDescriptor Declaration", run.Source("Demo.Shouter.Boxes.g.cs"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[Inbox(\"inbox\")] public partial Outbox<T> Wrong { get; }")]
    [InlineData("[Inbox(\"inbox\")] public partial Inbox<T> Settable { get; set; }")]
    [InlineData("[Inbox(\"inbox\")] public Inbox<T> NotPartial => null!;")]
    [InlineData("[Outbox(\"outbox\")] public partial System.Collections.Generic.List<T> NotABox { get; }")]
    public void APropertyThatCannotBeABoxGetsNothingGeneratedAndNoCrash(string property)
    {
        var run = GeneratorHarness.Run($$"""
            using Axon;

            namespace Demo;

            public partial class Odd<T> : Component
            {
                {{property}}
            }
            """);

        Assert.DoesNotContain(run.Sources, source => source.HintName.Contains("Odd", StringComparison.Ordinal));
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "KAM009");
    }
}
