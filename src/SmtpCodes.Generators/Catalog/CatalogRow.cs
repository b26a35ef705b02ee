using System.Collections.Generic;
using SmtpCodes.Generators.Infrastructure;

namespace SmtpCodes.Generators.Catalog;

/// <summary>One CSV record seen through the header: values and places by column name.</summary>
internal sealed class CatalogRow
{
    private readonly string path;
    private readonly IReadOnlyList<CsvField> fields;
    private readonly IReadOnlyDictionary<string, int> columns;

    public CatalogRow(string path, IReadOnlyList<CsvField> fields, IReadOnlyDictionary<string, int> columns)
    {
        this.path = path;
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
}
