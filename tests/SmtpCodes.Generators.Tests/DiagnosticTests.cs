using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SmtpCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Generators.Tests;

/// <summary>
/// One test per SMTPGEN diagnostic: its id, the catalog file, the line and the column (1-based, as an IDE
/// shows them), and that the rest of the catalog still generates.
/// </summary>
public sealed class DiagnosticTests
{
    private const string Path = "/project/our-codes.csv";
    private const string GoodRow = "reply,551,,,,UserNotLocal,permanent,User not local,HasMoved,hard,sender,correct-address,,The user is not local.,Use the forwarding address.,RFC 5321,RFC 5321";

    [Fact]
    public void SMTPGEN001_unterminated_quote_points_at_the_quote_and_later_rows_still_generate()
    {
        var diagnostic = Single("SMTPGEN001", "reply,552,,,,\"Exceeded storage,permanent,Title,,,,,,d,,,", GoodRow);
        AssertAt(diagnostic, line: 2, column: 14);
    }

    [Fact]
    public void SMTPGEN001_text_after_a_closing_quote()
    {
        var diagnostic = Single("SMTPGEN001", "reply,552,,,,\"Exceeded\"storage,permanent,Title,,,,,,d,,,", GoodRow);
        AssertAt(diagnostic, line: 2, column: 24);
    }

    [Fact]
    public void SMTPGEN002_missing_required_column_points_at_the_header()
    {
        var run = GeneratorRun.Run([(Path, "kind,code,name,title\nreply,550,MailboxUnavailable,Mailbox unavailable\n")], Fixtures.ProjectCatalogOnly);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("SMTPGEN002", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("'description'", diagnostic.GetMessage());
        AssertAt(diagnostic, line: 1, column: 1);
    }

    [Fact]
    public void SMTPGEN003_unknown_column_points_at_its_header_field()
    {
        var run = GeneratorRun.Run([(Path, "kind,code,name,title,description,colour\nreply,251,UserNotLocalWillForward,User not local; will forward,The server will forward the message.,red\n")], Fixtures.ProjectCatalogOnly);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("SMTPGEN003", diagnostic.Id);
        AssertAt(diagnostic, line: 1, column: 34);
    }

    [Theory]
    [InlineData("650")]
    [InlineData("55")]
    [InlineData("5500")]
    [InlineData("5x0")]
    public void SMTPGEN004_invalid_basic_code(string code)
    {
        var diagnostic = Single("SMTPGEN004", GoodRow, $"reply,{code},,,,Broken,permanent,Title,Undefined,soft,sender,do-not-retry,,d,r,,");
        AssertAt(diagnostic, line: 3, column: 7);
    }

    [Theory]
    [InlineData("enhanced,6.1.1,,,,Broken,,Title,UserUnknown,hard,sender,remove-address,,d,r,,", 10)]
    [InlineData("enhanced,X.8.1,,,,Broken,,Title,UserUnknown,hard,sender,remove-address,,d,r,,", 10)]
    [InlineData("enhanced,5.1.1,,,,Broken,,Title,UserUnknown,hard,sender,remove-address,,d,r,,", 10)]
    [InlineData("vendor,550,5.7.649-606,Contoso,,Broken,,Title,Blocked,soft,sender-admin,request-delisting,,d,r,,", 12)]
    public void SMTPGEN005_invalid_enhanced_code_or_range(string row, int column)
    {
        var diagnostic = Single("SMTPGEN005", GoodRow, row);
        AssertAt(diagnostic, line: 3, column: column);
    }

    [Fact]
    public void SMTPGEN006_duplicate_code_names_the_first_definition()
    {
        var diagnostic = Single("SMTPGEN006", GoodRow, GoodRow.Replace("UserNotLocal", "UserNotLocalAgain"));
        AssertAt(diagnostic, line: 3, column: 7);
        Assert.Contains("our-codes.csv(2,7)", diagnostic.GetMessage());
    }

    [Fact]
    public void SMTPGEN007_duplicate_name()
    {
        var diagnostic = Single("SMTPGEN007", GoodRow, GoodRow.Replace("551", "559"));
        AssertAt(diagnostic, line: 3, column: 14);
    }

    [Theory]
    [InlineData("class")]
    [InlineData("1stCode")]
    [InlineData("!!!")]
    public void SMTPGEN008_name_that_is_no_identifier(string name)
    {
        var diagnostic = Single("SMTPGEN008", GoodRow, GoodRow.Replace("551", "559").Replace("UserNotLocal", name));
        AssertAt(diagnostic, line: 3, column: 14);
    }

    [Fact]
    public void SMTPGEN009_unknown_reason()
    {
        var diagnostic = Single("SMTPGEN009", GoodRow, GoodRow.Replace("551", "559").Replace("UserNotLocal", "Other").Replace("HasMoved", "Moved"));
        Assert.Contains("UserUnknown", diagnostic.GetMessage());
        AssertAt(diagnostic, line: 3, column: 45);
    }

    [Fact]
    public void SMTPGEN010_unknown_party()
    {
        var diagnostic = Single("SMTPGEN010", GoodRow, GoodRow.Replace("551", "559").Replace("UserNotLocal", "Other").Replace("sender,", "postmaster,"));
        AssertAt(diagnostic, line: 3, column: 59);
    }

    [Fact]
    public void SMTPGEN011_unknown_action()
    {
        var diagnostic = Single("SMTPGEN011", GoodRow, GoodRow.Replace("551", "559").Replace("UserNotLocal", "Other").Replace("correct-address", "panic"));
        AssertAt(diagnostic, line: 3, column: 66);
    }

    [Fact]
    public void SMTPGEN012_invalid_kind()
    {
        var diagnostic = Single("SMTPGEN012", GoodRow, "replies,559,,,,Other,permanent,Title,Undefined,soft,sender,do-not-retry,,d,r,,");
        AssertAt(diagnostic, line: 3, column: 1);
    }

    [Theory]
    [InlineData("enhanced,X.2.2,,,,MailboxFull,,Mailbox full,MailboxFull,soft,recipient,retry-later,,d,r,,,2|3")]
    [InlineData("enhanced,X.2.2,,,,MailboxFull,,Mailbox full,MailboxFull,soft,recipient,retry-later,,d,r,,,4|4")]
    [InlineData("enhanced,X.2.2,,,,MailboxFull,,Mailbox full,MailboxFull,soft,recipient,retry-later,,d,r,,,4;5")]
    [InlineData("enhanced,X.2.2,,,,MailboxFull,,Mailbox full,MailboxFull,soft,recipient,retry-later,,d,r,,,4|")]
    [InlineData("enhanced,X.2.X,,,,MailboxStatus,,Mailbox status,,,,,,d,,,,4|5")]
    public void SMTPGEN012_malformed_classes_point_at_the_field(string row)
    {
        var run = GeneratorRun.Run([(Path, Fixtures.Header + ",classes\n" + GoodRow + ",\n" + row + "\n")], Fixtures.ProjectCatalogOnly);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("SMTPGEN012", diagnostic.Id);
        Assert.Contains("classes", diagnostic.GetMessage());
        AssertAt(diagnostic, line: 3, column: row.LastIndexOf(',') + 2);
        Assert.Contains("UserNotLocal = 551", run.Sources["SmtpReplyCode.g.cs"]);
    }

    [Theory]
    [InlineData("{contxt}heading after greeting:")]
    [InlineData("refused|{Context}heading after greeting:")]
    [InlineData("refused|{context}")]
    [InlineData("refused|{fallbak}junk")]
    [InlineData("refused|{fallback}")]
    [InlineData("refused|{scoped}")]
    [InlineData("refused|{scopd}junk")]
    public void SMTPGEN012_a_misspelt_or_empty_context_marker_points_at_the_match_field(string match)
    {
        var diagnostic = Single("SMTPGEN012", GoodRow, "vendor,,,Contoso," + match + ",ContosoHeading,,Heading,Blocked,soft,sender-admin,request-delisting,,d,r,,");
        Assert.Contains("match", diagnostic.GetMessage());
        AssertAt(diagnostic, line: 3, column: 18);
    }

    [Fact]
    public void A_context_marker_marks_its_phrase_and_no_other_in_the_generated_tables()
    {
        var row = "vendor,,,Contoso,refused|{context} heading after greeting:,ContosoHeading,,Heading,Blocked,soft,sender-admin,request-delisting,,d,r,,";
        var run = GeneratorRun.Run([Fixtures.Inline(Path, GoodRow, row)], Fixtures.ProjectCatalogOnly);
        Assert.Empty(run.GeneratorDiagnostics);
        var tables = run.Sources["SmtpReply.CatalogMessages.g.cs"];

        Assert.Matches(@"TerminalRuleIsContext =>? new bool\[\]\s*\{\s*(true, false|false, true),\s*\}", tables);
    }

    [Fact]
    public void A_fallback_marker_marks_its_cause_word_and_no_other_in_the_generated_tables()
    {
        var row = "vendor,,,Contoso,refused by filter|{fallback}junk,ContosoJunk,,Junk,SpamDetected,soft,sender,fix-content,,d,r,,";
        var run = GeneratorRun.Run([Fixtures.Inline(Path, GoodRow, row)], Fixtures.ProjectCatalogOnly);
        Assert.Empty(run.GeneratorDiagnostics);
        var tables = run.Sources["SmtpReply.CatalogMessages.g.cs"];

        Assert.Matches(@"TerminalRuleIsFallback =>? new bool\[\]\s*\{\s*(true, false|false, true),\s*\}", tables);
        Assert.Matches(@"TerminalRuleIsContext =>? new bool\[\]\s*\{\s*false, false,\s*\}", tables);
    }

    [Fact]
    public void A_scoped_marker_marks_its_phrase_and_no_other_in_the_generated_tables()
    {
        var row = "vendor,501,,Contoso,refused by filter|{scoped}invalid sender,ContosoSenderSyntax,,Sender syntax,SyntaxError,soft,sender-admin,fix-client,,d,r,,";
        var run = GeneratorRun.Run([Fixtures.Inline(Path, GoodRow, row)], Fixtures.ProjectCatalogOnly);
        Assert.Empty(run.GeneratorDiagnostics);
        var tables = run.Sources["SmtpReply.CatalogMessages.g.cs"];

        Assert.Matches(@"TerminalRuleIsScoped =>? new bool\[\]\s*\{\s*(true, false|false, true),\s*\}", tables);
        Assert.Matches(@"TerminalRuleIsContext =>? new bool\[\]\s*\{\s*false, false,\s*\}", tables);
    }

    [Fact]
    public void SMTPGEN012_a_scoped_phrase_of_a_row_without_codes_points_at_the_match_field()
    {
        var diagnostic = Single("SMTPGEN012", GoodRow, "vendor,,,Contoso,refused|{scoped}invalid sender,ContosoSenderSyntax,,Sender syntax,SyntaxError,soft,sender-admin,fix-client,,d,r,,");
        Assert.Contains("{scoped}", diagnostic.GetMessage());
        AssertAt(diagnostic, line: 3, column: 18);
    }

    [Theory]
    [InlineData("refused|user{...}")]
    [InlineData("refused|{...}does not exist")]
    [InlineData("refused|user{...}{...}does not exist")]
    [InlineData("refused|{context}user{...}does not exist")]
    [InlineData("refused|user{...}{fallback}unknown")]
    [InlineData("refused|user{...}\u0001\u007f")]
    public void SMTPGEN012_malformed_aligned_pieces_point_at_the_match_field(string match)
    {
        var diagnostic = Single("SMTPGEN012", GoodRow, "vendor,,,Contoso," + match + ",ContosoUnknown,,Unknown user,UserUnknown,hard,sender,remove-address,,d,r,,");
        Assert.Contains("aligned pieces", diagnostic.GetMessage());
        AssertAt(diagnostic, line: 3, column: 18);
    }

    [Fact]
    public void Aligned_pieces_are_parsed_into_one_entry_of_ordered_pieces_in_the_generated_tables()
    {
        var row = "vendor,,,Contoso,refused|The IP {...} is   blacklisted{...}by us,ContosoListed,,Listed,Blocked,soft,sender-admin,request-delisting,,d,r,,";
        var run = GeneratorRun.Run([Fixtures.Inline(Path, GoodRow, row)], Fixtures.ProjectCatalogOnly);
        Assert.Empty(run.GeneratorDiagnostics);
        var tables = run.Sources["SmtpReply.CatalogMessages.g.cs"];

        // One entry of three pieces, "the ip", "is blacklisted" and "by us" (folded: 6 + 14 + 5 characters), of the one row;
        // the pieces are match strings of their own beside "refused", each the piece of its place in the entry.
        Assert.Contains("AlignedCount = 1;", tables);
        Assert.Matches(@"AlignedRules =>? new byte\[\]\s*\{\s*0,\s*\}", tables);
        Assert.Matches(@"AlignedPieceCounts =>? new byte\[\]\s*\{\s*3,\s*\}", tables);
        Assert.Matches(@"AlignedLengths =>? new byte\[\]\s*\{\s*25,\s*\}", tables);
        Assert.Contains("TerminalCount = 4;", tables);
        Assert.Matches(@"PieceOrder =>? new byte\[\]\s*\{\s*\d, \d, \d,\s*\}", tables);
        Assert.Matches(@"TerminalRules =>? new byte\[\]\s*\{\s*0,\s*\}", tables);
    }

    [Theory]
    [InlineData("refused|[ip/client{...}blocked", 3, 26, 1)]
    [InlineData("refused|ip{...}[blocked//refused]", 3, 42, 1)]
    [InlineData("refused|ip{...}[blocked]", 3, 33, 9)]
    [InlineData("refused|ip]{...}blocked", 3, 28, 1)]
    [InlineData("\"say \"\"no\"\"|ip{...}[blocked]\"", 3, 37, 9)]
    [InlineData("\"refused, no|[ip]{...}blocked\"", 3, 31, 4)]
    [InlineData("refused|[blocked/refused] by policy", 3, 26, 17)]
    public void SMTPGEN019_a_malformed_group_of_alternatives_points_at_its_characters(string match, int line, int column, int length)
    {
        var diagnostic = Single("SMTPGEN019", GoodRow, "vendor,,,Contoso," + match + ",ContosoBlocked,,Blocked,Blocked,soft,sender-admin,request-delisting,,d,r,,");
        AssertAt(diagnostic, line, column);
        Assert.Equal(length, diagnostic.Location.SourceSpan.Length);
    }

    [Fact]
    public void A_group_of_alternatives_generates_the_same_tables_as_its_alternatives_written_out()
    {
        static string Tables(string match) => GeneratorRun.Run(
            [Fixtures.Inline(Path, GoodRow, "vendor,,,Contoso,refused|" + match + ",ContosoBlocked,,Blocked,Blocked,soft,sender-admin,request-delisting,,d,r,,")],
            Fixtures.ProjectCatalogOnly).Sources["SmtpReply.CatalogMessages.g.cs"];

        Assert.Equal(
            Tables("your ip{...}is blocked|your ip{...}is listed|client{...}is blocked|client{...}is listed"),
            Tables("[your ip/client]{...}is [blocked/listed]"));
    }

    [Theory]
    [InlineData("4|5", "Transient|Permanent")]
    [InlineData("5", "Permanent")]
    [InlineData("", "Success|Transient|Permanent")]
    public void A_detail_code_is_a_member_of_the_classes_its_row_gives_and_of_every_class_without(string classes, string holders)
    {
        var row = "enhanced,X.2.2,,,,MailboxFull,,Mailbox full,MailboxFull,soft,recipient,retry-later,,d,r,,," + classes;
        var run = GeneratorRun.Run([(Path, Fixtures.Header + ",classes\n" + row + "\n")], Fixtures.ProjectCatalogOnly);
        Assert.Empty(run.GeneratorDiagnostics);
        var source = run.Sources["SmtpEnhancedStatusCode.g.cs"];
        var withMember = new[] { "Success", "Transient", "Permanent" }
            .Where(holder => System.Text.RegularExpressions.Regex.IsMatch(source, "class " + holder + @"\s*\{[^}]*MailboxFull"));
        Assert.Equal(holders, string.Join("|", withMember));
    }

    [Fact]
    public void SMTPGEN013_class_contradicting_the_first_digit()
    {
        var diagnostic = Single("SMTPGEN013", GoodRow, "reply,459,,,,Other,permanent,Title,Undefined,soft,sender,do-not-retry,,d,r,,");
        AssertAt(diagnostic, line: 3, column: 20);
    }

    [Fact]
    public void SMTPGEN014_failure_row_without_reason()
    {
        var diagnostic = Single("SMTPGEN014", GoodRow, "reply,559,,,,Other,permanent,Title,,soft,sender,do-not-retry,,d,r,,");
        Assert.Contains("'reason'", diagnostic.GetMessage());
        AssertAt(diagnostic, line: 3, column: 36);
    }

    [Fact]
    public void SMTPGEN015_wrong_number_of_fields()
    {
        var diagnostic = Single("SMTPGEN015", GoodRow, "reply,559,Other");
        AssertAt(diagnostic, line: 3, column: 1);
    }

    [Fact]
    public void SMTPGEN016_empty_file()
    {
        var run = GeneratorRun.Run([(Path, "\n\n")], Fixtures.ProjectCatalogOnly);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("SMTPGEN016", diagnostic.Id);
        Assert.Equal(Path, diagnostic.Location.GetLineSpan().Path);
    }

    [Fact]
    public void SMTPGEN017_invalid_option_falls_back_to_the_default()
    {
        var properties = new Dictionary<string, string> { ["build_property.SmtpCodesAccessibility"] = "protected" };
        var run = GeneratorRun.Run(properties: properties);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("SMTPGEN017", diagnostic.Id);
        Assert.Contains("internal enum SmtpReplyCode", run.Sources["SmtpReplyCode.g.cs"]);
    }

    [Fact]
    public void SMTPGEN018_a_byte_the_compiler_replaced_points_at_the_replacement_character()
    {
        // How Linux and macOS compilers read a Windows-1252 'ü' in a UTF-8 file (more cases: CatalogEncodingTests).
        var diagnostic = Single("SMTPGEN018", GoodRow, "vendor,550,,Generic,postfach voll,GermanMailboxFull,,Mailbox full,MailboxFull,soft,recipient,retry-later,,Das Postfach ist \uFFFDbervoll.,Retry.,,test");
        AssertAt(diagnostic, line: 3, column: 124);
    }

    [Theory]
    [InlineData("Reverse Dns", 27)]
    [InlineData("class", 27)]
    [InlineData("1stName", 27)]
    [InlineData("UserNotLocal", 27)]
    [InlineData("Old; Old", 32)]
    [InlineData("Old;value__", 31)]
    public void SMTPGEN020_a_bad_former_name_points_at_it_and_only_it_is_dropped(string formerNames, int column)
    {
        var (diagnostic, run) = SingleWithFormerNames("SMTPGEN020", FormerNameTests.InsertAfterName(GoodRow, formerNames));
        AssertAt(diagnostic, line: 2, column: column);
        var source = run.Sources["SmtpReplyCode.g.cs"];
        Assert.Contains("UserNotLocal = 551,", source);
        Assert.Equal(formerNames.StartsWith("Old", System.StringComparison.Ordinal) ? 1 : 0, source.Split(" = 551,").Length - 2);
    }

    [Fact]
    public void SMTPGEN020_a_former_name_on_a_row_that_is_no_member()
    {
        var row = FormerNameTests.InsertAfterName("vendor,,,Contoso,refused,ContosoRefused,,Refused,Blocked,soft,sender-admin,request-delisting,,d,r,,", "ContosoOld");
        var (diagnostic, run) = SingleWithFormerNames("SMTPGEN020", FormerNameTests.InsertAfterName(GoodRow, string.Empty), row);
        AssertAt(diagnostic, line: 3, column: 41);
        Assert.Contains("ContosoRefused", run.Sources["SmtpReply.CatalogMessages.g.cs"]);
    }

    [Theory]
    [InlineData("reply,559,,,,Other,UserNotLocal,permanent,Title,Undefined,soft,sender,do-not-retry,,d,r,,", 3, 20)]
    [InlineData("reply,559,,,,Other,Old,permanent,Title,Undefined,soft,sender,do-not-retry,,d,r,,", 3, 20)]
    public void SMTPGEN021_a_former_name_that_another_row_has_is_dropped_where_it_is_given_later(string row, int line, int column)
    {
        var (diagnostic, run) = SingleWithFormerNames("SMTPGEN021", FormerNameTests.InsertAfterName(GoodRow, "Old"), row);
        AssertAt(diagnostic, line, column);
        var source = run.Sources["SmtpReplyCode.g.cs"];
        Assert.Contains("UserNotLocal = 551,", source);
        Assert.Contains("Other = 559,", source);
        Assert.Contains("Old = 551,", source);
        Assert.DoesNotContain("= 559,\n", source.Replace("Other = 559,\n", string.Empty));
    }

    [Fact]
    public void SMTPGEN021_a_project_member_named_as_a_built_in_former_name_keeps_its_name_and_is_the_place_reported()
    {
        var run = GeneratorRun.Run([Fixtures.Inline(Path, "reply,599,,,,ReverseDnsRequired,permanent,Ours,PolicyViolation,soft,sender-admin,contact-postmaster,,d,r,,")]);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("SMTPGEN021", diagnostic.Id);
        Assert.Equal(Path, diagnostic.Location.GetLineSpan().Path);
        AssertAt(diagnostic, line: 2, column: 14);
        var source = run.Sources["SmtpReplyCode.g.cs"];
        Assert.Contains("ReverseDnsRequired = 599,", source);
        Assert.Contains("DeliveryNotAuthorized = 571,", source);
        Assert.DoesNotContain("ReverseDnsRequired = 571,", source);
    }

    [Fact]
    public void A_project_row_overrides_the_built_in_row_with_the_same_code()
    {
        var run = GeneratorRun.Run([Fixtures.Inline(Path, "reply,550,,,,RejectedByPolicy,permanent,Rejected by our policy,PolicyViolation,soft,sender-admin,contact-postmaster,,Ours.,Call us.,,")]);
        Assert.Empty(run.GeneratorDiagnostics);
        var source = run.Sources["SmtpReplyCode.g.cs"];
        Assert.Contains("RejectedByPolicy = 550,", source);

        // The package's name stays as an obsolete alias after the project's member (FormerNameTests).
        Assert.Matches(@"RejectedByPolicy = 550,\s*///[^\n]*\n\s*\[global::System.Obsolete\(""MailboxUnavailable was renamed RejectedByPolicy", source);
    }

    [Fact]
    public void Every_diagnostic_is_in_release_tracking_and_documented()
    {
        var ids = typeof(SmtpCodesGenerator).Assembly.GetType("SmtpCodes.Generators.Diagnostics.CatalogDiagnostics")!
            .GetFields()
            .Select(field => ((DiagnosticDescriptor)field.GetValue(null)!).Id)
            .ToList();
        var tracking = System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryPaths.Root, "src", "SmtpCodes.Generators", "AnalyzerReleases.Unshipped.md"));
        var docs = System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryPaths.Root, "docs", "generator-diagnostics.md"));
        Assert.Equal(21, ids.Count);
        Assert.All(ids, id => Assert.Contains(id + " |", tracking));
        Assert.All(ids, id => Assert.Contains("## " + id, docs));
    }

    private static readonly string FormerNamesHeader = FormerNameTests.InsertAfterName(Fixtures.Header, "former_names");

    // The one diagnostic of a file whose header has the former_names column after name, and the run, for what it generated.
    private static (Diagnostic Diagnostic, GeneratorRun Run) SingleWithFormerNames(string id, params string[] rows)
    {
        var run = GeneratorRun.Run([(Path, FormerNamesHeader + "\n" + string.Join("\n", rows) + "\n")], Fixtures.ProjectCatalogOnly);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(id, diagnostic.Id);
        return (diagnostic, run);
    }

    private static Diagnostic Single(string id, params string[] rows)
    {
        var run = GeneratorRun.Run([Fixtures.Inline(Path, rows)], Fixtures.ProjectCatalogOnly);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == id);
        Assert.Equal(Path, diagnostic.Location.GetLineSpan().Path);

        // The good row still generates.
        Assert.Contains("UserNotLocal = 551", run.Sources["SmtpReplyCode.g.cs"]);
        return diagnostic;
    }

    private static void AssertAt(Diagnostic diagnostic, int line, int column)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((line, column), (start.Line + 1, start.Character + 1));
    }
}
