using System.Text;

namespace Kamaelia.Gen.Generators.Emitting;

/// <summary>An indent-aware text builder for generated C#; lines end with \n whatever the platform.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public SourceWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _indent * 4);
            _text.Append(line);
        }

        _text.Append('\n');
        return this;
    }

    public SourceWriter Open(string line)
    {
        Line(line);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
        return this;
    }

    /// <summary>Writes a line (such as a case label) and indents what follows it, without a brace.</summary>
    public SourceWriter Label(string line)
    {
        Line(line);
        _indent++;
        return this;
    }

    /// <summary>Ends the indentation a <see cref="Label"/> began.</summary>
    public SourceWriter EndLabel()
    {
        _indent--;
        return this;
    }

    public override string ToString() => _text.ToString();
}
