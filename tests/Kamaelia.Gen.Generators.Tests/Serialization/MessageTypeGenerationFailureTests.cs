using Kamaelia.Gen.Generators.Diagnostics;
using Kamaelia.Gen.Generators.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Kamaelia.Gen.Generators.Tests.Serialization;

/// <summary>The message-type generator reports an exception of its own as KAM009 too, and writes nothing.</summary>
public sealed class MessageTypeGenerationFailureTests
{
    private const string Source = """
        using Kamaelia.Nats;

        public sealed record Reading(int Value);

        public static class Links
        {
            public static System.Type Readings => typeof(NatsPublishTo<Reading>);
        }
        """;

    [Fact]
    public void AFailureReadingALinkIsReportedOnTheLinkType()
    {
        var run = RunFailingAt(GenerationStage.Parsing);

        var failure = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("KAM009", failure.Id);
        Assert.Equal(
            "Kamaelia.Gen could not generate 'NatsPublishTo<Reading>'; please report it: System.InvalidOperationException: Failure injected while parsing",
            failure.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Source0.cs", failure.Location.GetLineSpan().Path);
        Assert.Equal(Source.IndexOf("NatsPublishTo<Reading>", StringComparison.Ordinal), failure.Location.SourceSpan.Start);
        Assert.Equal("NatsPublishTo<Reading>".Length, failure.Location.SourceSpan.Length);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void AFailureWritingTheSerializersIsReportedNamingTheRegistry()
    {
        var run = RunFailingAt(GenerationStage.Emitting);

        var failure = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("KAM009", failure.Id);
        Assert.Equal(DiagnosticSeverity.Error, failure.Severity);
        Assert.Equal(
            "Kamaelia.Gen could not generate 'Kamaelia.Nats.Generated.NatsMessageTypeRegistrations'; please report it: "
                + "System.InvalidOperationException: Failure injected while emitting",
            failure.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Location.None, failure.Location);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void WithoutAFailureTheSerializersAreWrittenAndNothingIsReported()
    {
        var run = MessageTypeGeneratorHarness.Run(Source);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Single(run.Sources);
    }

    private static GeneratorRun RunFailingAt(GenerationStage stage) => InjectedFailure.At(stage, () => MessageTypeGeneratorHarness.Run(Source));
}
