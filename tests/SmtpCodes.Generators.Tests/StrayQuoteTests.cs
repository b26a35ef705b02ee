using System.Linq;
using SmtpCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Generators.Tests;

/// <summary>
/// A stray '"' that opens a catalog field mid-file (a source written as <c>"Postfix docs</c>). Read as RFC 4180, the
/// quoted field would run on over the next lines until some later '"' that a ',' or a line end follows.
/// </summary>
public sealed class StrayQuoteTests
{
    private const string Path = "/project/our-codes.csv";

    // Rows 2 to 6 of the file; row 3's source opens with a stray quote, row 5's source ends with one.
    private static readonly string[] Rows =
    {
        Row(551, "UserNotLocal", "RFC 5321"),
        Row(552, "StorageExceeded", "\"Postfix docs"),
        Row(553, "NameNotAllowed", "RFC 5321"),
        Row(554, "TransactionFailed", "Postfix docs\""),
        Row(555, "ParametersNotRecognized", "RFC 5321"),
    };

    [Fact]
    public void Today_a_stray_quote_swallows_the_next_rows_without_a_diagnostic()
    {
        var run = GeneratorRun.Run([Fixtures.Inline(Path, Rows)], Fixtures.ProjectCatalogOnly);
        var replyCodes = run.Sources["SmtpReplyCode.g.cs"];

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Contains("StorageExceeded = 552", replyCodes);
        Assert.DoesNotContain("NameNotAllowed = 553", replyCodes);
        Assert.DoesNotContain("TransactionFailed = 554", replyCodes);
        Assert.Contains("ParametersNotRecognized = 555", replyCodes);
    }

    [Fact]
    public void Today_a_stray_quote_before_a_quoted_field_is_reported_at_the_next_row()
    {
        var rows = Rows.ToArray();
        rows[2] = rows[2].Replace("Name not allowed", "\"Name, not allowed\"");
        var run = GeneratorRun.Run([Fixtures.Inline(Path, rows)], Fixtures.ProjectCatalogOnly);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("SMTPGEN001", diagnostic.Id);
        Assert.Equal(4 - 1, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.DoesNotContain("StorageExceeded = 552", run.Sources["SmtpReplyCode.g.cs"]);
        Assert.Contains("NameNotAllowed = 553", run.Sources["SmtpReplyCode.g.cs"]);
    }

    private static string Row(int code, string name, string source) =>
        $"reply,{code},,,,{name},permanent,{Title(name)},Undefined,soft,sender,do-not-retry,,The description.,The resolution.,RFC 5321,{source}";

    private static string Title(string name) => name switch
    {
        "NameNotAllowed" => "Name not allowed",
        _ => name,
    };
}
