namespace Presentation;

/// <summary>A slide: its name and its lines of text, read when the show starts.</summary>
/// <param name="Name">The slide's name.</param>
/// <param name="Lines">Its text.</param>
public sealed record Slide(string Name, IReadOnlyList<string> Lines)
{
    /// <summary>Reads a slide from a text file.</summary>
    public static Slide Load(string path) => new(Path.GetFileNameWithoutExtension(path), File.ReadAllLines(path));
}
