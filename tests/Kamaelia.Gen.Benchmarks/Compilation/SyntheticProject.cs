using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Kamaelia.Gen.Benchmarks.Compilation;

/// <summary>
/// A made-up Kamaelia.Gen project of a given size: files of ten components each (one of every kind in
/// <see cref="ComponentTemplates"/>), one namespace per file, each file's Pipeline using a component of the file
/// before, so that files depend on each other as in a real project.
/// </summary>
internal sealed class SyntheticProject
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Globalization;
        using Axon;
        using Kamaelia.Chassis;

        """;

    private SyntheticProject(ImmutableArray<SourceFile> files, int componentCount)
    {
        Files = files;
        ComponentCount = componentCount;
    }

    public ImmutableArray<SourceFile> Files { get; }

    public int ComponentCount { get; }

    /// <summary>The file that <see cref="ProjectEdits"/> edits.</summary>
    public SourceFile EditedFile => Files[0];

    public static SyntheticProject Create(int components)
    {
        if (components <= 0 || components % ComponentTemplates.Kinds != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(components), components, $"A multiple of {ComponentTemplates.Kinds} components.");
        }

        var files = ImmutableArray.CreateBuilder<SourceFile>();
        for (var file = 0; file < components / ComponentTemplates.Kinds; file++)
        {
            var first = file * ComponentTemplates.Kinds;
            var earlier = file == 0 ? first : first - ComponentTemplates.Kinds;
            var accumulator = $"global::{Namespace(earlier / ComponentTemplates.Kinds)}.{ComponentTemplates.Name(2, earlier + 2)}";
            var text = new StringBuilder(Usings)
                .AppendLine(CultureInfo.InvariantCulture, $"namespace {Namespace(file)};")
                .AppendLine();
            for (var kind = 0; kind < ComponentTemplates.Kinds; kind++)
            {
                text.Append(ComponentTemplates.Write(kind, first + kind, first, accumulator));
            }

            files.Add(new SourceFile($"Area{file:D3}/Components.cs", text.ToString()));
        }

        return new SyntheticProject(files.ToImmutable(), components);
    }

    private static string Namespace(int file) => $"Synthetic.Area{file:D3}";
}
