using Kamaelia.Gen.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis.Testing;

namespace Kamaelia.Gen.Analyzers.Tests;

/// <summary>
/// KAM040: the element type of a NATS link must be one the generated serializer can read and write. The
/// diagnostic sits on the type argument and names the member at fault, from the message type down.
/// </summary>
public sealed class MessageTypeTests
{
    private static DiagnosticResult Kam040(int location, string type, string reason) =>
        KamaeliaVerifier.Diagnostic("KAM040").WithLocation(location).WithArguments(type, reason);

    [Fact]
    public async Task SupportedMessageTypesReportNothingAndTheirSerializersCompile()
    {
        await NatsVerifier.VerifyAsync("""
            public enum Colour { Red, Green }
            public sealed record Address(string Street, string? Town);
            public sealed record Customer(string Name, Address Home, List<Address> Others, Colour Favourite, int? Age = null);
            public sealed class Basket
            {
                public required Guid Id { get; init; }
                public IReadOnlyList<Customer> Owners { get; set; } = [];
                public byte[] Photo { get; set; } = [];
                public DateTimeOffset When { get; set; }
                public int Count => Owners.Count;
            }
            public struct Point { public int X { get; set; } public int Y { get; set; } }

            public static class Links
            {
                public static object Publisher() => new NatsPublishTo<Customer>("customers");
                public static Type[] All => [typeof(NatsSubscribeTo<Basket>), typeof(NatsDurablePublishTo<Point?>), typeof(NatsDurableSubscribeTo<string>)];
            }
            """);
    }

    [Fact]
    public async Task ADelegateMemberIsReportedOnTheTypeArgument()
    {
        await NatsVerifier.VerifyAsync("""
            public sealed record Job(string Name, Action Callback);

            public static class Links
            {
                public static object Publisher() => new NatsPublishTo<{|#0:Job|}>("jobs");
            }
            """,
            Kam040(0, "Job", "member 'Callback' of type 'Action' is not supported"));
    }

    [Fact]
    public async Task ObjectIsNotAMessageType()
    {
        await NatsVerifier.VerifyAsync("""
            public static class Links
            {
                public static Type Subscriber => typeof(NatsSubscribeTo<{|#0:object|}>);
            }
            """,
            Kam040(0, "object", "the type is not supported"));
    }

    [Fact]
    public async Task AProblemDeepInsideIsNamedByItsPathFromTheMessageType()
    {
        await NatsVerifier.VerifyAsync("""
            public sealed record Order(string Id, Customer Customer);
            public sealed record Customer(string Name, Func<int> Score);

            public static class Links
            {
                public static Type Publisher => typeof(NatsDurablePublishTo<{|#0:Order|}>);
            }
            """,
            Kam040(0, "Order", "member 'Customer.Score' of type 'Func<int>' is not supported"));
    }

    [Fact]
    public async Task CollectionsOtherThanArraysAndListsAndUnsupportedElementsAreReported()
    {
        await NatsVerifier.VerifyAsync("""
            public sealed record Counts(Dictionary<string, int> ByName);
            public sealed record Bag(List<object> Items);

            public static class Links
            {
                public static Type[] All => [typeof(NatsPublishTo<{|#0:Counts|}>), typeof(NatsPublishTo<{|#1:Bag|}>)];
            }
            """,
            Kam040(0, "Counts", "member 'ByName' of type 'Dictionary<string, int>' is not supported"),
            Kam040(1, "Bag", "member 'Items' of type 'List<object>' is not supported"));
    }

    [Fact]
    public async Task ATypeWithNoUsableConstructorIsReported()
    {
        await NatsVerifier.VerifyAsync("""
            public sealed class Reading
            {
                public Reading(int raw) { Value = raw * 2; }
                public int Value { get; set; }
            }
            public abstract class Shape { public int Sides { get; set; } }
            public sealed record Drawing(Shape Outline);

            public static class Links
            {
                public static Type[] All => [typeof(NatsPublishTo<{|#0:Reading|}>), typeof(NatsSubscribeTo<{|#1:Drawing|}>)];
            }
            """,
            Kam040(0, "Reading", "the type has no usable constructor (it needs a public parameterless one, or a public one whose parameters match its properties by name)"),
            Kam040(1, "Drawing", "member 'Outline' of type 'Shape' has no usable constructor (it needs a public parameterless one, or a public one whose parameters match its properties by name)"));
    }

    [Fact]
    public async Task APrivateNestedTypeIsReportedAsInaccessible()
    {
        await NatsVerifier.VerifyAsync("""
            public class Outer
            {
                private sealed record Secret(int Code);

                public static Type Publisher => typeof(NatsPublishTo<{|#0:Secret|}>);
            }
            """,
            Kam040(0, "Outer.Secret", "the type is not accessible to generated code (it is private, protected or file-local)"));
    }

    [Fact]
    public async Task APublicFieldIsReportedBecauseItWouldBeLost()
    {
        await NatsVerifier.VerifyAsync("""
            public sealed class Sample
            {
                public int Value;
                public string Name { get; set; } = "";
            }

            public static class Links
            {
                public static Type Publisher => typeof(NatsPublishTo<{|#0:Sample|}>);
            }
            """,
            Kam040(0, "Sample", "member 'Value' is a public field, which would not be serialized (make it a property)"));
    }

    [Fact]
    public async Task AnOpenTypeParameterIsNotJudged()
    {
        await NatsVerifier.VerifyAsync("""
            public static class Links<T>
            {
                public static Type Publisher => typeof(NatsPublishTo<T>);
            }
            """);
    }

    [Fact]
    public async Task ATypeOfTheSameNameOutsideKamaeliaNatsIsNotJudged()
    {
        await NatsVerifier.VerifyAsync("""
            namespace Mine
            {
                public sealed class NatsPublishTo<T> { }

                public static class Links
                {
                    public static Type Publisher => typeof(NatsPublishTo<object>);
                }
            }
            """);
    }
}
