using System.Collections.Immutable;
using Kamaelia.Gen.Generators;
using Kamaelia.Gen.Generators.Serialization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Kamaelia.Gen.Analyzers.Tests.Support;

/// <summary>
/// <see cref="KamaeliaVerifier"/> for code that uses the NATS link components: the compilation also references
/// Kamaelia.Nats (and the NATS client it exposes), and both generators run, so the serializers written for the
/// accepted message types must compile cleanly alongside the diagnostics expected for the refused ones.
/// </summary>
internal static class NatsVerifier
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using Axon;
        using Kamaelia.Nats;

        """;

    /// <summary>Verifies one source file (the usings are prepended).</summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Test();
        test.TestState.Sources.Add(Usings + source);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static readonly ImmutableArray<MetadataReference> s_references = LoadReferences();

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => string.Equals(Path.GetDirectoryName(p), runtimeDirectory, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        return
        [
            .. platform.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)),
            MetadataReference.CreateFromFile(typeof(Axon.Component).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Kamaelia.Chassis.Pipeline).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Kamaelia.Nats.NatsMessageTypes).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(NATS.Client.Core.NatsOpts).Assembly.Location),
        ];
    }

    private sealed class Test : CSharpAnalyzerTest<EmptyDiagnosticAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            TestState.AdditionalReferences.AddRange(s_references);
            TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => KamaeliaVerifier.Analyzers;

        protected override IEnumerable<Type> GetSourceGenerators() => [typeof(ComponentGenerator), typeof(MessageTypeGenerator)];

        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Latest);

        protected override CompilationOptions CreateCompilationOptions() =>
            ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
    }
}
