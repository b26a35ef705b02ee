using System.Collections.Generic;

namespace SmtpCodes.Generators.Catalog;

/// <summary>
/// One CSV record, or the reason it could not be read. A malformed record still says where it starts so
/// that the reader's caller can point a diagnostic at it and go on with the next record.
/// </summary>
internal sealed class CsvRecord
{
    public CsvRecord(IReadOnlyList<CsvField> fields, int line, string? error, int errorOffset, int errorLine, int errorColumn)
    {
        Fields = fields;
        Line = line;
        Error = error;
        ErrorOffset = errorOffset;
        ErrorLine = errorLine;
        ErrorColumn = errorColumn;
    }

    public IReadOnlyList<CsvField> Fields { get; }

    /// <summary>Zero-based line on which the record starts.</summary>
    public int Line { get; }

    /// <summary>Why the record is malformed, or null.</summary>
    public string? Error { get; }

    public int ErrorOffset { get; }

    public int ErrorLine { get; }

    public int ErrorColumn { get; }

    public bool IsBlank => Error is null && Fields.Count == 1 && Fields[0].Value.Length == 0;
}
