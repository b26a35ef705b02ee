namespace SmtpCodes.Generators.Catalog;

/// <summary>One field of a CSV record with the place it starts (zero-based, as the compiler counts).</summary>
internal readonly struct CsvField
{
    public CsvField(string value, int start, int length, int line, int column)
    {
        Value = value;
        Start = start;
        Length = length;
        Line = line;
        Column = column;
    }

    public string Value { get; }

    /// <summary>Offset of the field's first character (its opening quote, if quoted) in the file.</summary>
    public int Start { get; }

    /// <summary>Length of the field as written in the file, quotes included.</summary>
    public int Length { get; }

    public int Line { get; }

    public int Column { get; }
}
