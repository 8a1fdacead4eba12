using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Kamaelia.Gen.Generators.Emitting;

/// <summary>Safe spellings of user text in generated code: string literals and XML doc text.</summary>
internal static class Literals
{
    /// <summary>A C# string literal; a box name can never escape it, whatever it contains.</summary>
    public static string String(string? value) => value is null ? "null" : SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>Text for an XML doc comment: one line, markup escaped.</summary>
    public static string Doc(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            switch (c)
            {
                case '&':
                    text.Append("&amp;");
                    break;
                case '<':
                    text.Append("&lt;");
                    break;
                case '>':
                    text.Append("&gt;");
                    break;
                default:
                    text.Append(char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085' ? ' ' : c);
                    break;
            }
        }

        return text.ToString();
    }
}
