using System.Collections.Immutable;
using Kamaelia.Gen.Analyzers;
using Kamaelia.Gen.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Kamaelia.Gen.Analyzers.Tests.Support;

/// <summary>
/// Runs every Kamaelia.Gen analyzer over test sources, the way a user's build does: the component generator
/// runs first (so the sources may use generated accessors such as <c>Outbox.Send</c>), the compilation
/// references the running runtime plus Axon.dll and Kamaelia.dll, and nothing is downloaded. The expected
/// diagnostics are the complete list: markup (<c>{|KAM010:"inbx"|}</c>) and <see cref="DiagnosticResult"/>s
/// together must name every diagnostic any analyzer reports, and the code must otherwise compile cleanly.
/// </summary>
internal static class KamaeliaVerifier
{
    /// <summary>The usings every test source starts with, so that tests show only what they are about.</summary>
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using Axon;
        using Kamaelia.Chassis;
        using Kamaelia.Util;

        """;

    /// <summary>An expected diagnostic of the given ID, to be given a location and arguments.</summary>
    public static DiagnosticResult Diagnostic(string id) => new(Descriptor(id));

    /// <summary>Verifies one source file (the usings are prepended).</summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        VerifyAsync([source], expected);

    /// <summary>Verifies several source files (the usings are prepended to each).</summary>
    public static Task VerifyAsync(string[] sources, params DiagnosticResult[] expected)
    {
        var test = new Test();
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(Usings + source);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>The descriptor of an ID, as the analyzers declare it.</summary>
    public static DiagnosticDescriptor Descriptor(string id) =>
        Analyzers.SelectMany(a => a.SupportedDiagnostics).First(d => d.Id == id);

    /// <summary>Every analyzer in the analyzer assembly.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } =
        [.. typeof(DiagnosticDescriptors).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(DiagnosticAnalyzer)) && !t.IsAbstract)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];

    /// <summary>
    /// No reference-assembly package: the running runtime's own assemblies stand in for the framework (they are
    /// on disk wherever the tests run), with Axon.dll and Kamaelia.dll beside them.
    /// </summary>
    private static readonly ImmutableArray<MetadataReference> s_references = LoadReferences();

    private static readonly ReferenceAssemblies s_noPackages = new("net10.0");

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
        ];
    }

    private sealed class Test : CSharpAnalyzerTest<EmptyDiagnosticAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = s_noPackages;
            TestState.AdditionalReferences.AddRange(s_references);

            // The generator's output is pinned by the generator's own snapshot tests; here it only has to run.
            TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;

            // Several analyzers share one descriptor (KAM010, KAM011, KAM020): markup may name it by ID.
            MarkupOptions = MarkupOptions.UseFirstDescriptor;
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => Analyzers;

        protected override IEnumerable<Type> GetSourceGenerators() => [typeof(ComponentGenerator)];

        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Latest);

        protected override CompilationOptions CreateCompilationOptions() =>
            ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
    }
}
