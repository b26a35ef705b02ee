using System.Collections.Generic;
using System.Text;
using System.Threading;

namespace SmtpCodes.Generators.Catalog;

/// <summary>
/// Reads RFC 4180 CSV (quoted fields with commas and doubled quotes; CRLF, LF or a lone CR) and keeps the line and
/// column of every field, which the catalog diagnostics point at. Unlike RFC 4180, a quoted field may not hold
/// a line break: catalog fields are single-line data, so a quoted field that reaches the end of its line is a
/// stray or missing '"', and reading it on would swallow the next rows up to some later '"' into one record that
/// may even be accepted. It never throws on bad input: a malformed record is returned with its error at the
/// quote that opened the field, and reading resumes on the next line, so one broken quote costs one row.
/// </summary>
internal static class CsvReader
{
    private static readonly char[] LineEnds = { '\r', '\n' };

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

                    if (c is '\n' or '\r')
                    {
                        break;
                    }

                    value.Append(c);
                    position++;
                }

                if (!closed)
                {
                    return Malformed(fields, recordLine, "the quoted field is not closed on its line: a '\"' is missing or stray (a catalog field holds no line break)", fieldStart, fieldLine, fieldColumn);
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

    // A record ends at CRLF, LF or a lone CR (ReadRecord's separators), so the next line starts after the first of them;
    // looking for LF alone would skip every row of a CR-only file after a broken record.
    private static int NextLineStart(string text, int from)
    {
        var index = text.IndexOfAny(LineEnds, from);
        if (index < 0)
        {
            return text.Length;
        }

        return text[index] == '\r' && index + 1 < text.Length && text[index + 1] == '\n' ? index + 2 : index + 1;
    }
}
