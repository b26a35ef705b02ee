using System.Linq;
using Microsoft.CodeAnalysis;
using SmtpCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Generators.Tests;

/// <summary>
/// A stray '"' that opens a catalog field mid-file (a source written as <c>"Postfix docs</c>). Read as RFC 4180, the
/// quoted field ran on over the next lines until some later '"' that a ',' or a line end follows: the rows between
/// were lost without a word, or SMTPGEN001 pointed at an innocent later row. Catalog fields hold no line break, so
/// the quote is reported where it opened the field, and only its own row is lost.
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
    public void A_stray_quote_is_reported_where_it_opened_the_field_and_costs_only_its_row()
    {
        AssertOnlyTheStrayRowIsLost(Rows);
    }

    [Fact]
    public void A_stray_quote_before_a_quoted_field_is_reported_at_its_own_row_not_the_next()
    {
        var rows = Rows.ToArray();
        rows[2] = rows[2].Replace("Name not allowed", "\"Name, not allowed\"");
        AssertOnlyTheStrayRowIsLost(rows);
    }

    [Fact]
    public void A_stray_quote_on_a_crlf_line_is_reported_the_same_way()
    {
        var (path, text) = Fixtures.Inline(Path, Rows);
        AssertOnlyTheStrayRowIsLost(GeneratorRun.Run([(path, text.Replace("\n", "\r\n"))], Fixtures.ProjectCatalogOnly));
    }

    [Fact]
    public void A_stray_quote_on_a_line_ended_by_a_lone_cr_costs_only_its_row()
    {
        // The reader ends a record at a lone CR as at LF, so resuming after a broken record must find that line end too,
        // not the next LF (in a CR-only file: the end of the file, every row below lost).
        var (path, text) = Fixtures.Inline(Path, Rows);
        AssertOnlyTheStrayRowIsLost(GeneratorRun.Run([(path, text.Replace("\n", "\r"))], Fixtures.ProjectCatalogOnly));
    }

    [Fact]
    public void A_quoted_field_that_holds_a_line_break_is_reported_and_the_next_line_is_read_as_a_row()
    {
        var run = GeneratorRun.Run([Fixtures.Inline(Path, Rows[0], Row(552, "StorageExceeded", "\"Postfix", "docs\""), Rows[2])], Fixtures.ProjectCatalogOnly);

        // The field's second line is read as a row of its own: one field, so SMTPGEN015 says so.
        Assert.Equal(["SMTPGEN001", "SMTPGEN015"], run.GeneratorDiagnostics.Select(diagnostic => diagnostic.Id));
        AssertAt(run.GeneratorDiagnostics[0], line: 3, column: StrayColumn);
        Assert.Contains("NameNotAllowed = 553", run.Sources["SmtpReplyCode.g.cs"]);
        Assert.DoesNotContain("StorageExceeded", run.Sources["SmtpReplyCode.g.cs"]);
    }

    [Fact]
    public void Well_formed_quoted_fields_give_no_diagnostic()
    {
        var rows = Rows.ToArray();
        rows[1] = Row(552, "StorageExceeded", "\"Postfix docs, \"\"bounce\"\" page\"");
        rows[3] = Row(554, "TransactionFailed", "\"\"");
        var run = GeneratorRun.Run([Fixtures.Inline(Path, rows)], Fixtures.ProjectCatalogOnly);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.All(new[] { "UserNotLocal = 551", "StorageExceeded = 552", "NameNotAllowed = 553", "TransactionFailed = 554", "ParametersNotRecognized = 555" }, member => Assert.Contains(member, run.Sources["SmtpReplyCode.g.cs"]));
    }

    // The column of the source field in row 3, where the stray quote stands (1-based).
    private static readonly int StrayColumn = Rows[1].LastIndexOf(',') + 2;

    private static void AssertOnlyTheStrayRowIsLost(string[] rows) =>
        AssertOnlyTheStrayRowIsLost(GeneratorRun.Run([Fixtures.Inline(Path, rows)], Fixtures.ProjectCatalogOnly));

    private static void AssertOnlyTheStrayRowIsLost(GeneratorRun run)
    {
        // The generator did not throw (that would be CS8785), and the quote is the one diagnostic.
        Assert.DoesNotContain(run.Problems, problem => problem.Id == "CS8785");
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("SMTPGEN001", diagnostic.Id);
        Assert.Equal(Path, diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("not closed on its line", diagnostic.GetMessage());
        AssertAt(diagnostic, line: 3, column: StrayColumn);

        var replyCodes = run.Sources["SmtpReplyCode.g.cs"];
        Assert.DoesNotContain("StorageExceeded", replyCodes);
        Assert.All(new[] { "UserNotLocal = 551", "NameNotAllowed = 553", "TransactionFailed = 554", "ParametersNotRecognized = 555" }, member => Assert.Contains(member, replyCodes));
        Assert.Empty(run.CompilationProblems);
    }

    private static void AssertAt(Diagnostic diagnostic, int line, int column)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((line, column), (start.Line + 1, start.Character + 1));
    }

    private static string Row(int code, string name, params string[] sourceLines) =>
        $"reply,{code},,,,{name},permanent,{Title(name)},Undefined,soft,sender,do-not-retry,,The description.,The resolution.,RFC 5321,{string.Join("\n", sourceLines)}";

    private static string Title(string name) => name switch
    {
        "NameNotAllowed" => "Name not allowed",
        _ => name,
    };
}
