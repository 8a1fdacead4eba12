using Kamaelia.Gen.Generators.Model;
using Kamaelia.Gen.Generators.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Kamaelia.Gen.Generators.Tests.Incremental;

/// <summary>
/// Roslyn runs every attribute transform again after any edit, once per marked declaration: each class is read at
/// one of its sites only, and an edit inside one class's method body leaves every other class's outputs as they were.
/// </summary>
public sealed class OneReadPerClassTests
{
    private const string Counter = """
        using Axon;

        namespace Demo;

        [Inbox<int>("inbox")] [Inbox("control")] [Outbox<int>("outbox")] [Outbox("signal")]
        public partial class Counter : Component
        {
            private int _seen;

            [Handles("inbox")]
            void OnNumber(int n)
            {
                _seen++;
                Outbox.Send(n + _seen);
            }
        }
        """;

    private const string Others = """
        using Axon;

        namespace Demo;

        [Outbox("signal")] [Outbox<string>("outbox")] [Inbox<string>("inbox")]
        public partial class Labeller : Component
        {
            [Handles("inbox")] void OnText(string text) => Outbox.Send("#" + text);
            [Handles("control")] void OnControl(object message) { }
        }

        public partial class Relay : Component
        {
            [Handles("inbox")] void OnMessage(object message) => Send(message, "outbox");
        }
        """;

    private static readonly string[] Sources = [Counter, Others, .. IncrementalSources.All];

    private static readonly string[] KindSteps =
    [
        TrackingNames.InboxAttributes, TrackingNames.GenericInboxAttributes, TrackingNames.OutboxAttributes,
        TrackingNames.GenericOutboxAttributes, TrackingNames.Handlers, TrackingNames.Graphlines,
    ];

    [Fact]
    public void EachClassIsReadAtOneOfItsMarkedSitesOnly()
    {
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(GeneratorHarness.Compile(Sources));

        var sites = KindSteps.SelectMany(step => TrackedSteps.Result(driver).TrackedSteps[step])
            .SelectMany(s => s.Outputs)
            .Select(o => Assert.IsType<ComponentParse>(o.Value))
            .ToList();
        var reads = sites.Where(p => p.Model is not null).Select(p => p.Model!.MetadataName).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["Demo.Counter", "Demo.Doubler", "Demo.Labeller", "Demo.Pair", "Demo.Relay"], reads);
        Assert.True(sites.Count > 2 * reads.Count, $"{sites.Count} marked sites for {reads.Count} classes.");
    }

    [Fact]
    public void AMethodBodyEditInOneClassLeavesTheOtherClassesOutputsCachedOrUnchanged()
    {
        var compilation = GeneratorHarness.Compile(Sources);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == "Source0.cs");
        var edited = tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(tree.ToString().Replace("_seen++;", "_seen += 2;", StringComparison.Ordinal)));

        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, edited));

        var outputs = TrackedSteps.NamedOutputs(driver).Select(o => (o.Step, Class: ClassOf(o.Value), o.Reason)).ToList();
        var others = outputs.Where(o => o.Class is not (null or "Demo.Counter")).ToList();
        Assert.Equal(["Demo.Doubler", "Demo.Labeller", "Demo.Pair", "Demo.Relay"], others.Select(o => o.Class!).Distinct().Order(StringComparer.Ordinal));
        Assert.All(others, o => Assert.True(
            o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
            $"Step {o.Step} gave {o.Reason} for {o.Class}."));
        Assert.All(outputs.Where(o => o.Step is TrackingNames.Components or TrackingNames.Generated), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.All(TrackedSteps.SourceOutputReasons(driver), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    private static string? ClassOf(object value) => value switch
    {
        ComponentParse parse => parse.Model?.MetadataName,
        ComponentModel model => model.MetadataName,
        GeneratedComponent generated => generated.MetadataName,
        _ => null,
    };
}
