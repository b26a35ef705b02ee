using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SmtpCodes.Generators.Diagnostics;
using SmtpCodes.Generators.Infrastructure;

namespace SmtpCodes.Generators.Catalog;

/// <summary>
/// Parses one catalog CSV file into validated entries and diagnostics. Never throws on bad input: each
/// problem becomes a diagnostic at the file, line and column it concerns, and the row is skipped.
/// Duplicates across rows and files are found later, when the model is built from all files.
/// </summary>
internal static class CatalogParser
{
    public static ParsedCatalogFile Parse(string path, string text, CancellationToken cancellationToken) =>
        Parse(path, text, legacyEncoding: null, cancellationToken);

    /// <param name="legacyEncoding">The single-byte code page the compiler read the file with, if it did (see <see cref="CatalogText"/>).</param>
    public static ParsedCatalogFile Parse(string path, string text, string? legacyEncoding, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        if (CatalogEncodingCheck.Check(path, text, legacyEncoding) is { } misread)
        {
            diagnostics.Add(misread);
        }

        var entries = new List<LocatedEntry>();
        Dictionary<string, int>? columns = null;
        var headerWidth = 0;

        foreach (var record in CsvReader.Read(text, cancellationToken))
        {
            if (record.Error is not null)
            {
                var location = new FileLocation(path, record.ErrorOffset, 1, record.ErrorLine, record.ErrorColumn);
                diagnostics.Add(DiagnosticInfo.Create(CatalogDiagnostics.MalformedCsv, location, record.Error));
                continue;
            }

            if (record.IsBlank)
            {
                continue;
            }

            if (columns is null)
            {
                columns = ReadHeader(path, record, diagnostics);
                if (columns is null)
                {
                    return Result(path, entries, diagnostics);
                }

                headerWidth = record.Fields.Count;
                continue;
            }

            if (record.Fields.Count != headerWidth)
            {
                var first = record.Fields[0];
                var location = new FileLocation(path, first.Start, Math.Max(first.Length, 1), first.Line, first.Column);
                diagnostics.Add(DiagnosticInfo.Create(
                    CatalogDiagnostics.WrongFieldCount,
                    location,
                    record.Fields.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    headerWidth.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                continue;
            }

            var entry = CatalogRowValidator.Validate(new CatalogRow(path, text, record.Fields, columns), diagnostics);
            if (entry is not null)
            {
                entries.Add(entry);
            }
        }

        if (columns is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(CatalogDiagnostics.EmptyCatalog, new FileLocation(path, 0, 0, 0, 0)));
        }

        return Result(path, entries, diagnostics);
    }

    private static Dictionary<string, int>? ReadHeader(string path, CsvRecord header, List<DiagnosticInfo> diagnostics)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < header.Fields.Count; index++)
        {
            var field = header.Fields[index];
            var name = field.Value.Trim().TrimStart('\uFEFF').ToLowerInvariant();
            var location = new FileLocation(path, field.Start, Math.Max(field.Length, 1), field.Line, field.Column);
            if (!CatalogColumns.All.Contains(name))
            {
                diagnostics.Add(DiagnosticInfo.Create(CatalogDiagnostics.UnknownColumn, location, field.Value, string.Join(", ", CatalogColumns.All)));
                continue;
            }

            if (columns.ContainsKey(name))
            {
                diagnostics.Add(DiagnosticInfo.Create(CatalogDiagnostics.DuplicateName, location, "column", name, "column " + (columns[name] + 1)));
                continue;
            }

            columns[name] = index;
        }

        foreach (var required in CatalogColumns.Required)
        {
            if (!columns.ContainsKey(required))
            {
                var first = header.Fields[0];
                var location = new FileLocation(path, first.Start, Math.Max(first.Length, 1), first.Line, first.Column);
                diagnostics.Add(DiagnosticInfo.Create(CatalogDiagnostics.MissingColumn, location, required, string.Join(", ", CatalogColumns.Required)));
                return null;
            }
        }

        return columns;
    }

    private static ParsedCatalogFile Result(string path, List<LocatedEntry> entries, List<DiagnosticInfo> diagnostics) =>
        new(path, entries.ToEquatableArray(), diagnostics.ToEquatableArray());
}
