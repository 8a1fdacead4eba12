using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Kamaelia.Gen.Generators.Diagnostics;

/// <summary>
/// A place in a source file as plain values, so a pipeline step can carry it without keeping a syntax tree alive
/// and still compare equal between runs.
/// </summary>
/// <param name="FilePath">The path of the syntax tree.</param>
/// <param name="Span">The character span.</param>
/// <param name="LineSpan">The same span as lines and columns.</param>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public static LocationInfo? From(Location location) =>
        location.SourceTree is { } tree ? new LocationInfo(tree.FilePath, location.SourceSpan, location.GetLineSpan().Span) : null;

    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
}
