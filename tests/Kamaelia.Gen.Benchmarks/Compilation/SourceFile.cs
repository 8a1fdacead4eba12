namespace Kamaelia.Gen.Benchmarks.Compilation;

/// <summary>One source file of a project: its path and its text.</summary>
internal sealed record SourceFile(string Path, string Text);
