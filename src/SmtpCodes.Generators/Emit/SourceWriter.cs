using System.Text;

namespace SmtpCodes.Generators.Emit;

/// <summary>A small indented writer: generated code stays readable, and line endings are always LF.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder builder = new();
    private int indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            builder.Append(' ', indent * 4);
        }

        builder.Append(text).Append('\n');
        return this;
    }

    public SourceWriter Open(string header)
    {
        Line(header);
        Line("{");
        indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        indent--;
        return Line("}" + suffix);
    }

    /// <summary>Writes a <c>&lt;summary&gt;</c> (and <c>&lt;remarks&gt;</c> when given) from catalog text.</summary>
    public SourceWriter Doc(string summary, string? remarks = null)
    {
        Line("/// <summary>" + Literals.XmlDoc(summary) + "</summary>");
        if (!string.IsNullOrWhiteSpace(remarks))
        {
            Line("/// <remarks>" + Literals.XmlDoc(remarks!) + "</remarks>");
        }

        return this;
    }

    public override string ToString() => builder.ToString();
}
