namespace Kamaelia.Gen.Generators.Model;

/// <summary>One generated source file.</summary>
/// <param name="HintName">The file's name, unique in the compilation.</param>
/// <param name="Text">The C# text.</param>
internal sealed record GeneratedFile(string HintName, string Text);
