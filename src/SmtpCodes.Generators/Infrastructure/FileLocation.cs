using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SmtpCodes.Generators.Infrastructure;

/// <summary>
/// A place in a catalog file, kept as plain values: a <see cref="Location"/> in a pipeline value would
/// defeat caching. Line and column are zero-based, as in <see cref="LinePosition"/>.
/// </summary>
internal sealed record FileLocation(string Path, int Start, int Length, int Line, int Column)
{
    public Location ToLocation()
    {
        var start = new LinePosition(Line, Column);
        var end = new LinePosition(Line, Column + Length);
        return Location.Create(Path, new TextSpan(Start, Length), new LinePositionSpan(start, end));
    }

    public override string ToString() => $"{Path}({Line + 1},{Column + 1})";
}
