using System.Collections.Generic;
using System.Text;
using System.Threading;

namespace SmtpCodes.Generators.Catalog;

/// <summary>
/// Reads RFC 4180 CSV (quoted fields with commas, doubled quotes and line breaks; CRLF or LF) and keeps the
/// line and column of every field, which the catalog diagnostics point at. It never throws on bad input:
/// a malformed record is returned with its error, and reading resumes on the line after the record's start,
/// so one broken quote costs one row, not the rest of the file.
/// </summary>
internal static class CsvReader
{
    public static IEnumerable<CsvRecord> Read(string text, CancellationToken cancellationToken)
    {
        var position = 0;
        var line = 0;
        var lineStart = 0;
        while (position < text.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var recordStart = position;
            var recordLine = line;
            var record = ReadRecord(text, ref position, ref line, ref lineStart);
            if (record.Error is not null)
            {
                // Resume at the line after the one the broken record started on.
                position = NextLineStart(text, recordStart);
                line = recordLine + 1;
                lineStart = position;
            }

            yield return record;
        }
    }

    private static CsvRecord ReadRecord(string text, ref int position, ref int line, ref int lineStart)
    {
        var fields = new List<CsvField>();
        var recordLine = line;
        var value = new StringBuilder();
        while (true)
        {
            var fieldStart = position;
            var fieldLine = line;
            var fieldColumn = position - lineStart;
            value.Clear();
            if (position < text.Length && text[position] == '"')
            {
                position++;
                var closed = false;
                while (position < text.Length)
                {
                    var c = text[position];
                    if (c == '"')
                    {
                        if (position + 1 < text.Length && text[position + 1] == '"')
                        {
                            value.Append('"');
                            position += 2;
                            continue;
                        }

                        position++;
                        closed = true;
                        break;
                    }

                    if (c == '\n')
                    {
                        line++;
                        lineStart = position + 1;
                    }

                    value.Append(c);
                    position++;
                }

                if (!closed)
                {
                    return Malformed(fields, recordLine, "the quoted field is never closed: a '\"' is missing", fieldStart, fieldLine, fieldColumn);
                }

                if (position < text.Length && text[position] != ',' && text[position] != '\r' && text[position] != '\n')
                {
                    return Malformed(fields, recordLine, "a closing '\"' must be followed by ',' or the end of the line (write a quote inside a quoted field as '\"\"')", position, line, position - lineStart);
                }
            }
            else
            {
                while (position < text.Length && text[position] != ',' && text[position] != '\r' && text[position] != '\n')
                {
                    value.Append(text[position]);
                    position++;
                }
            }

            fields.Add(new CsvField(value.ToString(), fieldStart, position - fieldStart, fieldLine, fieldColumn));
            if (position >= text.Length)
            {
                return new CsvRecord(fields, recordLine, null, 0, 0, 0);
            }

            var separator = text[position];
            position++;
            if (separator == ',')
            {
                continue;
            }

            if (separator == '\r' && position < text.Length && text[position] == '\n')
            {
                position++;
            }

            line++;
            lineStart = position;
            return new CsvRecord(fields, recordLine, null, 0, 0, 0);
        }
    }

    private static CsvRecord Malformed(List<CsvField> fields, int recordLine, string error, int offset, int errorLine, int errorColumn) =>
        new(fields, recordLine, error, offset, errorLine, errorColumn);

    private static int NextLineStart(string text, int from)
    {
        var index = text.IndexOf('\n', from);
        return index < 0 ? text.Length : index + 1;
    }
}
