using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// The held-out part of the corpus measures replies the catalog was not tuned to, so no catalog row may cite a
/// held-out source: neither its text, nor the document id or address it names.
/// </summary>
public sealed class CatalogIndependenceTests
{
    [Fact]
    public void No_catalog_row_cites_a_held_out_source()
    {
        var catalogSources = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Catalog"), "*.csv")
            .SelectMany(file =>
            {
                var records = Csv.Read(File.ReadAllText(file));
                var source = records[0].IndexOf("source");
                return records.Skip(1).Select(row => (File: Path.GetFileName(file), Source: row[source]));
            })
            .ToList();
        Assert.True(catalogSources.Count > 300, "the catalog files are copied beside the tests");

        foreach (var heldOut in CorpusReply.HeldOutSources())
        {
            // A find_string citation is identified by its index id; a URL or repo:path by itself.
            var id = Regex.Match(heldOut, @"index id (\d+)");
            var key = id.Success ? "index id " + id.Groups[1].Value : heldOut;
            var citing = catalogSources.Where(row => row.Source.Contains(key, StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(citing.Count == 0, $"{string.Join(", ", citing.Select(row => row.File))} cite the held-out source {heldOut}");
        }
    }
}
