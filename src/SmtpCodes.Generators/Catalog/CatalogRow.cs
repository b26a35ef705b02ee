using System.Collections.Generic;
using SmtpCodes.Generators.Infrastructure;

namespace SmtpCodes.Generators.Catalog;

/// <summary>One CSV record seen through the header: values and places by column name.</summary>
internal sealed class CatalogRow
{
    private readonly string path;
    private readonly string text;
    private readonly IReadOnlyList<CsvField> fields;
    private readonly IReadOnlyDictionary<string, int> columns;

    /// <param name="text">The whole file, which the places of <paramref name="fields"/> are in.</param>
    public CatalogRow(string path, string text, IReadOnlyList<CsvField> fields, IReadOnlyDictionary<string, int> columns)
    {
        this.path = path;
        this.text = text;
        this.fields = fields;
        this.columns = columns;
    }

    /// <summary>The trimmed value of a column, or an empty string when the file has no such column.</summary>
    public string this[string column] => columns.TryGetValue(column, out var index) && index < fields.Count ? fields[index].Value.Trim() : string.Empty;

    /// <summary>Where a column's field is; the start of the row when the file has no such column.</summary>
    public FileLocation LocationOf(string column)
    {
        var field = columns.TryGetValue(column, out var index) && index < fields.Count ? fields[index] : fields[0];
        return new FileLocation(path, field.Start, field.Length, field.Line, field.Column);
    }

    /// <summary>
    /// Where <paramref name="length"/> characters of a column's trimmed value, from <paramref name="index"/>, are in the file: the
    /// value is walked as the CSV reader read it (after an opening quote a doubled quote is one character; a field never
    /// holds a line break, so the line is the field's), so a diagnostic points at the very characters it is about.
    /// </summary>
    public FileLocation LocationWithin(string column, int index, int length)
    {
        if (!columns.TryGetValue(column, out var at) || at >= fields.Count)
        {
            return LocationOf(column);
        }

        var field = fields[at];
        var quoted = field.Start < text.Length && text[field.Start] == '"';
        var first = (Offset: field.Start + (quoted ? 1 : 0), Column: field.Column + (quoted ? 1 : 0));
        var start = Walk(first, index + field.Value.Length - field.Value.TrimStart().Length, quoted);
        var end = Walk(start, length, quoted);
        return new FileLocation(path, start.Offset, end.Offset - start.Offset, field.Line, start.Column);
    }

    private (int Offset, int Column) Walk((int Offset, int Column) place, int characters, bool quoted)
    {
        var (offset, column) = place;
        for (var read = 0; read < characters && offset < text.Length; read++)
        {
            var width = quoted && text[offset] == '"' ? 2 : 1;
            column += width;
            offset += width;
        }

        return (offset, column);
    }
}
