using System;
using System.IO;
using System.Linq;
using Xunit;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// catalog/text-evidence.csv, the generic phrases that classify replies no vendor row knows: every row follows the
/// catalog schema (the generator reads it without a diagnostic), has a source, and each phrase classifies a reply.
/// </summary>
public sealed class TextEvidenceTests
{
    private static readonly string FilePath = Path.Combine(AppContext.BaseDirectory, "Catalog", "text-evidence.csv");

    [Fact]
    public void The_generator_reads_every_row_without_a_diagnostic()
    {
        var generated = GeneratorRun.Run([("/project/text-evidence.csv", File.ReadAllText(FilePath))], userCode: "namespace Consumer { }");

        Assert.Empty(generated.Problems);
    }

    [Fact]
    public void Every_row_is_generic_sourced_evidence_without_codes()
    {
        var records = Csv.Read(File.ReadAllText(FilePath));
        var header = records[0];
        string Field(System.Collections.Generic.List<string> row, string name) => row[header.IndexOf(name)];

        Assert.True(records.Count > 20);
        foreach (var row in records.Skip(1))
        {
            var name = Field(row, "name");
            Assert.Equal("vendor", Field(row, "kind"));
            Assert.True(Field(row, "code").Length == 0 && Field(row, "enhanced").Length == 0, name + ": text evidence is not scoped to codes");
            // The bounce a permanent reply gets from the row: hard only when the text says the address does not work.
            Assert.Equal(Field(row, "reason") is "UserUnknown" or "HostUnknown" or "HasMoved" or "NotAccept" ? "hard" : "soft", Field(row, "bounce"));
            Assert.False(string.IsNullOrWhiteSpace(Field(row, "source")), name + " has a source");
            Assert.DoesNotContain(string.Empty, Field(row, "match").Split('|'));
        }
    }

    [Fact]
    public void Each_phrase_alone_classifies_a_reply_without_a_code()
    {
        var records = Csv.Read(File.ReadAllText(FilePath));
        var header = records[0];
        foreach (var row in records.Skip(1))
        {
            var name = row[header.IndexOf("name")];
            foreach (var phrase in row[header.IndexOf("match")].Split('|'))
            {
                var diagnosis = SmtpReply.Diagnose("Delivery failed: " + phrase.ToUpperInvariant() + ".");
                Assert.True(diagnosis.Basis == SmtpDiagnosisBasis.CatalogMessage, $"{name}: '{phrase}' matched nothing");
                Assert.True(string.Equals(row[header.IndexOf("reason")], diagnosis.Reason.ToString(), StringComparison.OrdinalIgnoreCase), $"{name}: '{phrase}' gave {diagnosis.Reason} by {diagnosis.CatalogEntry}");
            }
        }
    }
}
