using Kamaelia.Gen.Generators.Tests.Support;
using Microsoft.CodeAnalysis.CSharp;

namespace Kamaelia.Gen.Generators.Tests.Serialization;

/// <summary>
/// What the message-type generator writes, and what it declines: it registers exactly the element types the
/// rules accept, stays silent for the rest (KAM040 reports them), and never throws on broken, half-typed code.
/// </summary>
public sealed class MessageTypeOutcomeTests
{
    public static TheoryData<string> BrokenCaseNames => [.. BrokenCases.Keys];

    private static readonly Dictionary<string, string> BrokenCases = new()
    {
        ["unclosed type argument"] = "using Kamaelia.Nats; class C { object M() => new NatsPublishTo<",
        ["missing type argument"] = "using Kamaelia.Nats; class C { System.Type T => typeof(NatsPublishTo<>); }",
        ["unknown element type"] = "using Kamaelia.Nats; class C { System.Type T => typeof(NatsPublishTo<Missing>); }",
        ["half-typed constructor call"] = "using Kamaelia.Nats; public record R(string A); class C { object M() => new NatsPublishTo<R>(\"s\", ",
        ["half-typed member type"] = "using Kamaelia.Nats; public record R(Strin A, int B); class C { System.Type T => typeof(NatsPublishTo<R>); }",
        ["member type still being typed"] = "using Kamaelia.Nats; public class R { public List< Items { get; set; } } class C { System.Type T => typeof(NatsPublishTo<R>); }",
        ["two type arguments"] = "using Kamaelia.Nats; class C { System.Type T => typeof(NatsPublishTo<int, string>); }",
        ["element type without a name"] = "using Kamaelia.Nats; public record (int A); class C { System.Type T => typeof(NatsPublishTo<>); }",
        ["record without a closing parenthesis"] = "using Kamaelia.Nats; public record R(int A; class C { System.Type T => typeof(NatsSubscribeTo<R>); }",
        ["recursive generic"] = "using Kamaelia.Nats; public class Box<T> { public Box<Box<T>>? Inner { get; set; } } class C { System.Type T => typeof(NatsPublishTo<Box<int>>); }",
        ["type parameter"] = "using Kamaelia.Nats; class C<T> { System.Type L => typeof(NatsPublishTo<T>); }",
    };

    [Fact]
    public void NothingIsWrittenWithoutAReferenceToKamaeliaNats()
    {
        var run = MessageTypeGeneratorHarness.Run(MessageTypeGeneratorHarness.Compile(includeNats: false, """
            namespace Mine
            {
                public sealed class NatsPublishTo<T> { }
                public sealed record Reading(int Value);
                public static class Links { public static System.Type T => typeof(NatsPublishTo<Reading>); }
            }
            """));

        Assert.Empty(run.Sources);
        Assert.Empty(run.ErrorsAndWarnings);
    }

    [Fact]
    public void ATypeOfTheSameNameOutsideKamaeliaNatsIsIgnored()
    {
        var run = MessageTypeGeneratorHarness.Run("""
            namespace Mine
            {
                public sealed class NatsPublishTo<T> { }
                public sealed record Reading(int Value);
                public static class Links { public static System.Type T => typeof(NatsPublishTo<Reading>); }
            }
            """);

        Assert.Empty(run.Sources);
    }

    [Fact]
    public void RefusedAndInaccessibleTypesAreLeftOutAndTheRestIsRegistered()
    {
        var run = MessageTypeGeneratorHarness.Run("""
            using System;
            using System.Collections.Generic;
            using Kamaelia.Nats;

            namespace Demo;

            public sealed record Good(string Name);
            public sealed record WithCallback(string Name, Action Callback);
            public sealed record WithObject(object Payload);
            public sealed record WithDictionary(Dictionary<string, int> Counts);
            public abstract class Shape { public int Sides { get; set; } }
            public sealed class NoConstructor { public NoConstructor(int other) { } public int Value { get; set; } }
            public sealed class WithField { public int Value; }

            public class Outer
            {
                private sealed record Secret(int Code);
                public static Type Link => typeof(NatsPublishTo<Secret>);
            }

            public static class Links
            {
                public static Type[] All =>
                [
                    typeof(NatsPublishTo<Good>),
                    typeof(NatsPublishTo<WithCallback>),
                    typeof(NatsPublishTo<WithObject>),
                    typeof(NatsPublishTo<WithDictionary>),
                    typeof(NatsPublishTo<Shape>),
                    typeof(NatsPublishTo<NoConstructor>),
                    typeof(NatsPublishTo<WithField>),
                    typeof(NatsPublishTo<object>),
                    typeof(NatsPublishTo<(int, string)>),
                ];
            }
            """);

        Assert.Empty(run.ErrorsAndWarnings);
        var text = Assert.Single(run.Sources).Text;
        Assert.Contains("Register<global::Demo.Good>(options);", text, StringComparison.Ordinal);
        Assert.Single(text.Split('\n'), line => line.Contains("Register<global::", StringComparison.Ordinal) && line.TrimStart().StartsWith("Register<", StringComparison.Ordinal));
        Assert.DoesNotContain("Secret", text, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyRefusedTypesMeanNoFile()
    {
        var run = MessageTypeGeneratorHarness.Run("""
            using Kamaelia.Nats;
            public sealed record WithCallback(System.Action Callback);
            public static class Links { public static System.Type T => typeof(NatsPublishTo<WithCallback>); }
            """);

        Assert.Empty(run.Sources);
        Assert.Empty(run.ErrorsAndWarnings);
    }

    [Fact]
    public void TypesWithKeywordNamesAndTheSameShortNameInTwoNamespacesCompile()
    {
        var run = MessageTypeGeneratorHarness.Run("""
            using Kamaelia.Nats;

            namespace A { public sealed record Item(int @class, string @event); }
            namespace B { public sealed record Item(A.Item Inner, B.@record Other); public sealed record @record(int @int); }

            public static class Links
            {
                public static System.Type[] All => [typeof(NatsPublishTo<A.Item>), typeof(NatsPublishTo<B.Item>)];
            }
            """);

        Assert.Empty(run.ErrorsAndWarnings);
        var text = Assert.Single(run.Sources).Text;
        Assert.Contains("Read_Item(", text, StringComparison.Ordinal);
        Assert.Contains("Read_Item_2(", text, StringComparison.Ordinal);
        Assert.Contains("value.@class", text, StringComparison.Ordinal);
    }

    [Fact]
    public void GenericInheritedAndRequiredMemberShapesCompile()
    {
        var run = MessageTypeGeneratorHarness.Run("""
            using System.Collections.Generic;
            using System.Diagnostics.CodeAnalysis;
            using Kamaelia.Nats;

            namespace Demo;

            public sealed record Envelope<T>(string Topic, T Payload, List<T> History);
            public record Animal(string Name);
            public sealed record Dog(string Name, bool Barks) : Animal(Name);
            public readonly record struct Pair(int Left, int Right);
            public sealed class Account
            {
                [SetsRequiredMembers]
                public Account(string owner) { Owner = owner; }
                public required string Owner { get; init; }
                public required decimal Balance { get; init; }
            }
            public sealed class Claimed
            {
                public Claimed(string owner) { Owner = owner; }
                public required string Owner { get; init; }
            }

            public static class Links
            {
                public static System.Type[] All =>
                [
                    typeof(NatsPublishTo<Envelope<Dog>>),
                    typeof(NatsPublishTo<Envelope<Pair>>),
                    typeof(NatsPublishTo<Account>),
                    typeof(NatsPublishTo<Claimed>),
                ];
            }
            """);

        Assert.Empty(run.ErrorsAndWarnings);
        var registered = Assert.Single(run.Sources).Text.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("Register<", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(
            ["Register<global::Demo.Account>(options);", "Register<global::Demo.Envelope<global::Demo.Dog>>(options);", "Register<global::Demo.Envelope<global::Demo.Pair>>(options);"],
            registered);
    }

    [Theory]
    [MemberData(nameof(BrokenCaseNames))]
    public void BrokenInputNeitherThrowsNorReportsNorAddsErrorsOfItsOwn(string caseName)
    {
        var compilation = MessageTypeGeneratorHarness.Compile(BrokenCases[caseName]);
        var run = MessageTypeGeneratorHarness.Run(compilation);

        Assert.Null(Assert.Single(run.Driver.GetRunResult().Results).Exception);
        Assert.Empty(run.GeneratorDiagnostics);
        foreach (var (hintName, text) in run.Sources)
        {
            var parsed = CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions);
            Assert.True(!parsed.GetDiagnostics().Any(), $"{hintName} does not parse:\n{text}");
        }

        var generated = run.OutputCompilation.SyntaxTrees.Skip(compilation.SyntaxTrees.Length).ToHashSet();
        var inGenerated = run.ErrorsAndWarnings.Where(d => d.Location.SourceTree is { } tree && generated.Contains(tree)).ToList();
        Assert.True(inGenerated.Count == 0, string.Join("\n", inGenerated));
    }
}
