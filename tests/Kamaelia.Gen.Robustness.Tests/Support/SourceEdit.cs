using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Kamaelia.Gen.Robustness.Tests.Support;

/// <summary>The kinds of random edit, in the order CsCheck shrinks towards (the first is the simplest).</summary>
public enum EditKind
{
    DeleteToken,
    Truncate,
    SwapTokens,
    InsertJunk,
    DuplicateAttribute,
    RenameBox,
    InjectName,
}

/// <summary>
/// One random edit of one corpus file. The numbers are reduced modulo what the file offers (its tokens, its
/// length, its attributes, its string literals), so every generated value is a valid edit and shrinking moves
/// towards the first file, the first token and the simplest junk.
/// </summary>
public sealed record SourceEdit(int File, EditKind Kind, int A, int B, int Variant)
{
    /// <summary>Junk typed at a random place: quotes, braces, comment and directive openers, unicode, control characters.</summary>
    public static IReadOnlyList<string> Junk { get; } =
    [
        "\"", "'", "{", "}", "(", ")", "[", "]", "<", ">", ";", ",", ".", "@", "#", "$", "\\", "?", "!", "=>", "::",
        "/*", "*/", "//", "///", "\"\"\"", "$\"", "@\"", "'\\u", "\n#if X\n", "\n#else\n", "\n#endif\n", "\n#region\n",
        "\n#nullable disable\n", "\u00e9", "\u200b", "\u202e", "\uFEFF", "\uD835\uDD18", "\uD800", "\u0000", "\r", "\n", "\t",
        "partial ", "class ", "static ", "yield return null;", "return;", "await ", "async ", "ref ", "out ", "params ",
        "[Inbox(\"", "[Outbox<int>(\"x\")]", "[Inbox<string>(\"inbox\")]", "[Handles(\"inbox\")]", "[Graphline]", "[Link(\"a\", \"outbox\", \"b\", \"inbox\")]",
        "\"inbox\"", "\"outbox\"", "\"control\"", "\"signal\"", "nameof(", "typeof(", "default", "null", "int", "object", "dynamic",
        "x\"); System.Environment.Exit(1); //",
    ];

    /// <summary>Box names, as C# literals, that try to break out of the string they end up in.</summary>
    public static IReadOnlyList<string> HostileLiterals { get; } =
    [
        "\"x\\\"); System.Environment.Exit(1); //\"",
        "@\"x\"\"); System.Environment.Exit(1); //\"",
        "\"\\\"; System.Environment.Exit(1); //\"",
        "\"*/ System.Environment.Exit(1); /*\"",
        "\"x\\n#error boom\\nSystem.Environment.Exit(1);\"",
        "\"\"\"x\"); System.Environment.Exit(1); //\"\"\"",
        "\"}\\n}\\nclass Evil { static void M() { System.Environment.Exit(1); } }\"",
        "\"x</summary><![CDATA[ System.Environment.Exit(1);\"",
        "\"\\u0022); System.Environment.Exit(1); //\"",
        "\"\\\\\"",
        "\"\"",
        "\"in box\"",
        "\"\\u00e9t\\u00e9\"",
        "\"\\uD800\"",
        "\"class\"",
        "\"Inbox\"",
    ];

    private static readonly string[] s_renames = ["{0}2", "{0}x", "X{0}", "", "in box", "{0}.", "@{0}", "{0}\u00e9"];

    /// <summary>Applies the edit to a file's text; returns the new text and a line describing what changed.</summary>
    public (string Text, string Description) Apply(SyntaxTree tree)
    {
        var text = tree.GetText();
        var source = text.ToString();
        var root = tree.GetRoot();
        var tokens = root.DescendantTokens().Where(t => t.Span.Length > 0).ToList();

        switch (Kind)
        {
            case EditKind.DeleteToken when tokens.Count > 0:
            {
                var token = tokens[A % tokens.Count];
                return (Replace(text, token.Span, ""), $"delete token '{token.Text}' at {Where(tree, token.Span)}");
            }

            case EditKind.Truncate:
            {
                var at = A % (source.Length + 1);
                return (source[..at], $"truncate at offset {at} of {source.Length}");
            }

            case EditKind.SwapTokens when tokens.Count > 1:
            {
                var first = tokens[A % tokens.Count];
                var second = tokens[B % tokens.Count];
                if (first.SpanStart > second.SpanStart)
                {
                    (first, second) = (second, first);
                }

                if (first == second)
                {
                    return (source, $"swap token '{first.Text}' with itself");
                }

                var swapped = text.WithChanges(new TextChange(second.Span, first.Text), new TextChange(first.Span, second.Text)).ToString();
                return (swapped, $"swap '{first.Text}' at {Where(tree, first.Span)} with '{second.Text}' at {Where(tree, second.Span)}");
            }

            case EditKind.DuplicateAttribute:
            {
                var lists = root.DescendantNodes().OfType<AttributeListSyntax>().ToList();
                if (lists.Count == 0)
                {
                    goto default;
                }

                var list = lists[A % lists.Count];
                var copy = list.ToFullString();
                return (Replace(text, new TextSpan(list.FullSpan.End, 0), copy), $"duplicate '{list}' at {Where(tree, list.Span)}");
            }

            case EditKind.RenameBox:
            {
                var literals = NameLiterals(root);
                if (literals.Count == 0)
                {
                    goto default;
                }

                var literal = literals[A % literals.Count];
                var renamed = string.Format(System.Globalization.CultureInfo.InvariantCulture, s_renames[Variant % s_renames.Length], literal.ValueText);
                var replacement = SymbolDisplay.FormatLiteral(renamed, quote: true);
                return (Replace(text, literal.Span, replacement), $"rename {literal.Text} to {replacement} at {Where(tree, literal.Span)}");
            }

            case EditKind.InjectName:
            {
                var literals = NameLiterals(root);
                if (literals.Count == 0)
                {
                    goto default;
                }

                var literal = literals[A % literals.Count];
                var hostile = HostileLiterals[Variant % HostileLiterals.Count];
                return (Replace(text, literal.Span, hostile), $"replace {literal.Text} by {hostile} at {Where(tree, literal.Span)}");
            }

            default:
            {
                var at = (Kind == EditKind.InsertJunk ? A : A ^ B) % (source.Length + 1);
                var junk = Junk[Variant % Junk.Count];
                return (Replace(text, new TextSpan(at, 0), junk), $"insert {SymbolDisplay.FormatLiteral(junk, quote: true)} at {Where(tree, new TextSpan(at, 0))}");
            }
        }
    }

    /// <summary>
    /// String literals that name boxes, children or handlers: those in attribute arguments first, then any literal
    /// that is a plain name (as in <c>Link((a, "outbox"), (b, "inbox"))</c>).
    /// </summary>
    internal static List<SyntaxToken> NameLiterals(SyntaxNode root) =>
        [.. root.DescendantTokens()
            .Where(t => t.IsKind(SyntaxKind.StringLiteralToken))
            .Where(t => t.Parent?.FirstAncestorOrSelf<AttributeSyntax>() is not null || SyntaxFacts.IsValidIdentifier(t.ValueText))];

    private static string Replace(SourceText text, TextSpan span, string replacement) =>
        text.WithChanges(new TextChange(span, replacement)).ToString();

    private static string Where(SyntaxTree tree, TextSpan span)
    {
        var position = tree.GetLineSpan(span).StartLinePosition;
        return $"({position.Line + 1},{position.Character + 1})";
    }
}
