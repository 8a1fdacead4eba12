using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Kamaelia.Gen.Benchmarks.Compilation;

/// <summary>
/// The two edits a user makes between builds, applied as an editor does (a text change, the tree reparsed
/// incrementally): one inside a method body, which the generator must not regenerate anything for, and one
/// that renames a box, which changes one component's generated code.
/// </summary>
internal static class ProjectEdits
{
    /// <summary>What <see cref="ComponentTemplates.BodyEditMarker"/> becomes.</summary>
    public const string EditedBodyStatement = "_lines += 2;";

    /// <summary>Changes a statement in the first Measure component's handler.</summary>
    public static SyntaxTree EditMethodBody(SyntaxTree tree) =>
        Replace(tree, ComponentTemplates.BodyEditMarker, EditedBodyStatement);

    /// <summary>Renames the first Sieve component's "log" outbox to "trace".</summary>
    public static SyntaxTree RenameBox(SyntaxTree tree) =>
        Replace(tree, ComponentTemplates.RenamedBoxMarker, ComponentTemplates.RenamedBoxMarker.Replace("\"log\"", "\"trace\"", StringComparison.Ordinal));

    private static SyntaxTree Replace(SyntaxTree tree, string oldText, string newText)
    {
        var text = tree.GetText();
        var at = text.ToString().IndexOf(oldText, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"{tree.FilePath} has no '{oldText}' to edit.");
        }

        return tree.WithChangedText(text.WithChanges(new TextChange(new TextSpan(at, oldText.Length), newText)));
    }
}
