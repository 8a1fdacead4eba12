using Kamaelia.Gen.Generators.Tests.Support;

namespace Kamaelia.Gen.Generators.Tests;

/// <summary>
/// The serializers written for the element types of NATS links, pinned as golden files. Each run also compiles
/// the generated file with the user's code: no error and no warning.
/// </summary>
public sealed class MessageTypeSnapshotTests
{
    [Fact]
    public void PrimitiveElementTypesUseTheBuiltInConverters()
    {
        var run = MessageTypeGeneratorHarness.Run("""
            using System;
            using Kamaelia.Nats;

            namespace Demo;

            public static class Links
            {
                public static Type[] All() =>
                [
                    typeof(NatsPublishTo<int>),
                    typeof(NatsSubscribeTo<string>),
                    typeof(NatsDurablePublishTo<Guid>),
                    typeof(NatsPublishTo<byte[]>),
                    typeof(NatsPublishTo<DateTimeOffset>),
                ];
            }
            """);

        AssertCleanAndMatches(run, nameof(PrimitiveElementTypesUseTheBuiltInConverters));
    }

    [Fact]
    public void APositionalRecordIsReadThroughItsConstructor()
    {
        var run = MessageTypeGeneratorHarness.Run("""
            using Kamaelia.Nats;

            namespace Demo;

            public sealed record Reading(string Sensor, double Value, int Retries = 3, string? Note = null);

            public static class Links
            {
                public static NatsPublishTo<Reading> Publisher() => new("readings");
            }
            """);

        AssertCleanAndMatches(run, nameof(APositionalRecordIsReadThroughItsConstructor));
    }

    [Fact]
    public void AClassWithInitAndSettablePropertiesIsReadThroughItsInitializer()
    {
        var run = MessageTypeGeneratorHarness.Run("""
            using System;
            using Kamaelia.Nats;

            namespace Demo;

            public sealed class Order
            {
                public required string Customer { get; init; }
                public Guid Id { get; init; }
                public decimal Total { get; set; }
                public int Lines => 0;
            }

            public static class Links
            {
                public static NatsSubscribeTo<Order> Subscriber() => new("orders");
            }
            """);

        AssertCleanAndMatches(run, nameof(AClassWithInitAndSettablePropertiesIsReadThroughItsInitializer));
    }

    [Fact]
    public void NestedAndRecursiveTypesGetOneReaderAndWriterEach()
    {
        var run = MessageTypeGeneratorHarness.Run("""
            using System;
            using Kamaelia.Nats;

            namespace Demo;

            public sealed record Address(string Street, string Town);
            public sealed record Customer(string Name, Address Home, Address? Work);
            public sealed class TreeNode
            {
                public string Label { get; set; } = "";
                public TreeNode? Left { get; set; }
                public TreeNode? Right { get; set; }
            }
            public struct Point
            {
                public int X { get; set; }
                public int Y { get; set; }
            }

            public static class Links
            {
                public static Type[] All() =>
                [
                    typeof(NatsPublishTo<Customer>),
                    typeof(NatsPublishTo<TreeNode>),
                    typeof(NatsPublishTo<Point>),
                ];
            }
            """);

        AssertCleanAndMatches(run, nameof(NestedAndRecursiveTypesGetOneReaderAndWriterEach));
    }

    [Fact]
    public void ListsAndArraysAreJsonArrays()
    {
        var run = MessageTypeGeneratorHarness.Run("""
            using System;
            using System.Collections.Generic;
            using Kamaelia.Nats;

            namespace Demo;

            public sealed record Basket(
                List<string> Items,
                int[] Counts,
                IReadOnlyList<Basket> Children,
                IEnumerable<long> Codes,
                IList<List<double>> Grid);

            public static class Links
            {
                public static Type[] All() =>
                [
                    typeof(NatsPublishTo<Basket>),
                    typeof(NatsPublishTo<List<int>>),
                ];
            }
            """);

        AssertCleanAndMatches(run, nameof(ListsAndArraysAreJsonArrays));
    }

    [Fact]
    public void EnumsAreWrittenAsTheirUnderlyingNumber()
    {
        var run = MessageTypeGeneratorHarness.Run("""
            using System;
            using Kamaelia.Nats;

            namespace Demo;

            public enum Colour { Red, Green, Blue }
            public enum Size : byte { Small = 1, Large = 200 }
            public sealed record Paint(Colour Colour, Size Size = Size.Large);

            public static class Links
            {
                public static Type[] All() =>
                [
                    typeof(NatsPublishTo<Paint>),
                    typeof(NatsPublishTo<Colour>),
                ];
            }
            """);

        AssertCleanAndMatches(run, nameof(EnumsAreWrittenAsTheirUnderlyingNumber));
    }

    [Fact]
    public void NullableValuesAreNullOrTheValue()
    {
        var run = MessageTypeGeneratorHarness.Run("""
            using System;
            using Kamaelia.Nats;

            namespace Demo;

            public readonly record struct Sample(int? Count, DateTime? Taken, TimeSpan Elapsed);

            public static class Links
            {
                public static Type[] All() =>
                [
                    typeof(NatsPublishTo<Sample>),
                    typeof(NatsPublishTo<Sample?>),
                    typeof(NatsPublishTo<long?>),
                ];
            }
            """);

        AssertCleanAndMatches(run, nameof(NullableValuesAreNullOrTheValue));
    }

    private static void AssertCleanAndMatches(GeneratorRun run, string snapshotName)
    {
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.True(run.ErrorsAndWarnings.Count == 0, string.Join("\n", run.ErrorsAndWarnings) + "\n" + string.Join("\n", run.Sources.Select(s => s.Text)));
        var source = Assert.Single(run.Sources);
        Assert.Equal("Kamaelia.Nats.MessageTypes.g.cs", source.HintName);
        Snapshot.Match(run, snapshotName);
    }
}
