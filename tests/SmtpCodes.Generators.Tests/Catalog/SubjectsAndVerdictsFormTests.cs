using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using SmtpCodes.Generators.Catalog;
using SmtpCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Generators.Tests.Catalog;

/// <summary>
/// Session 23's six subject-and-verdict rows of catalog/text-evidence.csv (<c>TextClientRefusedInWords</c> to
/// <c>TextThreatFoundInWords</c>) were cross products written out by hand; session 24 wrote them again with groups
/// (<c>[ip/client]{...}[blocked/refused]</c>). Fixtures/subjects-and-verdicts-by-hand.csv holds the six rows as they were
/// (main cda842b), the record of that rewrite: with their hand-written match columns put back, the catalog reads into the
/// same entries and generates the same tables, so the rewrite changed nothing the diagnoser does. A later change of one
/// of these rows' words is written out by hand in its fixture line too (session 28: TextSpoofedSenderInWords'
/// anti-spoofing pairs; session 29: TextSendingRateInWords' <c>number of ... exceeded</c> and <c>send limit</c> pieces;
/// session 31: TextAttachmentRefusedInWords' verdict <c>blacklisted</c> after each kind of file;
/// session 33: TextSendingRateInWords' <c>number of ... connections ... exceeded</c> and <c>daily ... limit ... exceeded</c>
/// or <c>reached</c>;
/// session 44: TextSendingRateInWords' <c>recipient limit</c> and <c>outgoing limit</c> pieces;
/// each expanded in the order the groups expand), so the record keeps its six rows.
/// </summary>
public sealed class SubjectsAndVerdictsFormTests
{
    private const string CatalogPath = "/project/text-evidence.csv";

    [Fact]
    public void The_rows_written_with_groups_read_into_the_entries_their_hand_written_form_read_into()
    {
        var catalog = File.ReadAllText(Path.Combine(RepositoryPaths.Catalog, "text-evidence.csv"));
        var byHand = WithMatchColumns(catalog, HandWrittenMatchColumns());

        var rewritten = Parse(catalog);
        var written = Parse(byHand);

        Assert.NotEqual(catalog, byHand);
        Assert.Empty(rewritten.Diagnostics);
        Assert.Empty(written.Diagnostics);
        Assert.Equal(written.Entries.Select(located => located.Entry), rewritten.Entries.Select(located => located.Entry));
        Assert.All(HandWrittenMatchColumns().Values, match => Assert.DoesNotContain("[", match, System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_rows_written_with_groups_generate_the_tables_their_hand_written_form_generated()
    {
        var catalog = File.ReadAllText(Path.Combine(RepositoryPaths.Catalog, "text-evidence.csv"));
        var byHand = WithMatchColumns(catalog, HandWrittenMatchColumns());

        Assert.Equal(Tables(byHand), Tables(catalog));
    }

    private static ParsedCatalogFile Parse(string text) => CatalogParser.Parse(CatalogPath, text, CancellationToken.None);

    private static string Tables(string text)
    {
        var run = GeneratorRun.Run([(CatalogPath, text)], Fixtures.ProjectCatalogOnly);
        Assert.Empty(run.GeneratorDiagnostics);
        return run.Sources["SmtpReply.CatalogMessages.g.cs"];
    }

    /// <summary>The fixture's match column by row name.</summary>
    private static Dictionary<string, string> HandWrittenMatchColumns()
    {
        var records = CsvReader.Read(Fixtures.Catalog("subjects-and-verdicts-by-hand.csv").Text, CancellationToken.None).Where(record => !record.IsBlank).ToList();
        var (name, match) = Columns(records[0]);
        var columns = records.Skip(1).ToDictionary(record => record.Fields[name].Value, record => record.Fields[match].Value);
        Assert.Equal(6, columns.Count);
        return columns;
    }

    /// <summary>The catalog text with the match column of each named row replaced, every other character as it was.</summary>
    private static string WithMatchColumns(string catalog, Dictionary<string, string> matches)
    {
        var records = CsvReader.Read(catalog, CancellationToken.None).Where(record => !record.IsBlank).ToList();
        var (name, match) = Columns(records[0]);
        var fields = records.Skip(1).Where(record => matches.ContainsKey(record.Fields[name].Value)).ToList();
        Assert.Equal(matches.Count, fields.Count);

        var text = catalog;
        foreach (var record in fields.OrderByDescending(record => record.Fields[match].Start))
        {
            var field = record.Fields[match];
            text = text.Substring(0, field.Start) + Quoted(matches[record.Fields[name].Value]) + text.Substring(field.Start + field.Length);
        }

        return text;
    }

    private static (int Name, int Match) Columns(CsvRecord header)
    {
        var names = header.Fields.Select(field => field.Value).ToList();
        return (names.IndexOf("name"), names.IndexOf("match"));
    }

    private static string Quoted(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
}
