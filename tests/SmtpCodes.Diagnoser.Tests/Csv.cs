using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SmtpCodes.Generators.Catalog;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>The test data read with the generator's own RFC 4180 reader: one reader for catalog and corpus.</summary>
public static class Csv
{
    public static List<List<string>> Read(string text) =>
        CsvReader.Read(text, CancellationToken.None)
            .Where(record => !record.IsBlank)
            .Select(record => record.Fields.Select(field => field.Value).ToList())
            .ToList();
}
