using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SmtpCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Generators.Tests.Robustness;

/// <summary>
/// Catalog text is data: whatever a row's strings hold (quotes, backslashes, the line terminators C# knows,
/// comment and preprocessor tokens, format placeholders, XML, right-to-left marks, very long text), the generated
/// code compiles without a warning, with XML documentation checked, and returns every string exactly as the
/// catalog wrote it; no catalog can add a type or a member. A CR or LF cannot be catalog text (a quoted field
/// that holds one is SMTPGEN001, see <see cref="StrayQuoteTests"/>), so the strings break C# lines with
/// U+2028, U+2029 and U+0085 instead.
/// </summary>
public sealed class HostileCatalogTests
{
    private const string InjectionAttempt = "\"; } } class Evil { static string X = \"";

    /// <summary>Strings that would break naive emission; none starts or ends with white space, which the reader trims.</summary>
    public static readonly string[] HostileStrings =
    {
        "He said \"stop\", then \"\"twice\"\" and \\\"escaped\\\"",
        "C:\\temp\\new\\x41\\u0041\\",
        "line one\u2028line two\u2029line three\u0085line four",
        "*/ closes a comment /* opens one // and a line comment",
        "first\u2028#endif\u2028#if false\u0085second\u2029#error injected\u2028#region x",
        "{0} {1:N2} {{ }} $\"{code}\" %s %d",
        "<summary>&amp; </remarks> <![CDATA[ x ]]> & < > <see cref=\"Evil\"/>",
        "Zürich 東京 Ελλάδα emoji 😀 combining e\u0301",
        "left\u202Ethgir-ot-tfel\u202C and isolate \u2067x\u2069",
        "line\u2028separator and paragraph\u2029separator and next\u0085line",
        "zero\u200Bwidth, bom \uFEFF, nul \0 and bell \a",
        "lone surrogate \uD800 here",
        InjectionAttempt,
        "\\\"; } } namespace Evil { class Evil { } } //",
        "''' \"\"\" raw \"\"\"\"\"\" @\"verbatim\" u8 'c'",
        "A long text: " + string.Concat(Enumerable.Repeat("\"quoted\", \\back\\slash\\, <xml> & {0}\u2028", 4_000)) + "end",
    };

    public static TheoryData<string> Targets => new() { "net10.0-latest", "netstandard2.0-csharp7.3", "net472-csharp7.3" };

    [Theory]
    [MemberData(nameof(Targets))]
    public void Hostile_strings_compile_without_warnings_with_documentation_checked(string targetName)
    {
        var run = RunWithDocumentation(ReplyAndEnhancedCatalog(), TargetProfile.Named(targetName));

        AssertNone(run.GeneratorDiagnostics);
        AssertNone(run.CompilationProblems);
    }

    [Fact]
    public void Every_hostile_string_round_trips_exactly()
    {
        var run = GeneratorRun.Run([ReplyAndEnhancedCatalog()], Fixtures.ProjectCatalogOnly);
        AssertNone(run.GeneratorDiagnostics);

        var generated = new GeneratedAssembly(run);
        var replyCodeType = generated.Type("SmtpCodes.SmtpReplyCode");
        var enhancedType = generated.Type("SmtpCodes.SmtpEnhancedStatusCode");
        for (var index = 0; index < HostileStrings.Length; index++)
        {
            var (title, description, resolution) = Texts(index);
            var code = Enum.ToObject(replyCodeType, ReplyCode(index));
            Assert.Equal(title, generated.Call("SmtpCodes.SmtpReplyCodeExtensions", "GetTitle", code));
            Assert.Equal(description, generated.Call("SmtpCodes.SmtpReplyCodeExtensions", "GetDescription", code));
            Assert.Equal(resolution, generated.Call("SmtpCodes.SmtpReplyCodeExtensions", "GetResolution", code));
            Assert.Equal("Hostile" + index, generated.Call("SmtpCodes.SmtpReplyCodeExtensions", "ToStringFast", code));

            var enhanced = generated.Call("SmtpCodes.SmtpEnhancedStatusCode", "Parse", "5.7." + EnhancedDetail(index))!;
            Assert.Equal(title, enhancedType.GetMethod("GetTitle")!.Invoke(enhanced, null));
            Assert.Equal(description, enhancedType.GetMethod("GetDescription")!.Invoke(enhanced, null));
            Assert.Equal(resolution, enhancedType.GetMethod("GetResolution")!.Invoke(enhanced, null));
        }
    }

    [Fact]
    public void A_catalog_adds_no_type_and_no_member_beyond_its_own_rows()
    {
        var benign = GeneratorRun.Run([Fixtures.Inline("/project/benign.csv", HostileCsv.Reply(501, "Hostile0", "Plain", "Plain.", "Plain."), HostileCsv.EnhancedDetail(7, 100, "Hostile0", "Plain", "Plain.", "Plain."))], Fixtures.ProjectCatalogOnly);
        var hostile = GeneratorRun.Run([ReplyAndEnhancedCatalog()], Fixtures.ProjectCatalogOnly);

        Assert.Equal(Shape(benign.Output), Shape(hostile.Output));
        Assert.Equal(HostileStrings.Select((_, index) => "Hostile" + index), EnumMembers(hostile.Output, "SmtpCodes.SmtpReplyCode"));
        Assert.DoesNotContain(hostile.Output.GetSymbolsWithName(name => name.Contains("Evil"), SymbolFilter.All), symbol => true);
    }

    [Fact]
    public void Hostile_vendor_and_blocklist_rows_compile_without_warnings()
    {
        var rows = HostileStrings.Select((text, index) => index % 2 == 0
            ? HostileCsv.Vendor("Vendor " + text, "match " + text, "HostileVendor" + index, text, text, text)
            : HostileCsv.Blocklist("List " + text, "zone" + index + ".example.org", "HostileList" + index, text, text, text));
        var run = RunWithDocumentation(HostileCsv.Catalog("/project/hostile-vendors.csv", rows), TargetProfile.Net100Latest);

        AssertNone(run.GeneratorDiagnostics);
        AssertNone(run.CompilationProblems);
    }

    [Fact]
    public void Hostile_vendor_strings_round_trip_through_the_diagnoser()
    {
        var rows = HostileStrings.Select((_, index) =>
        {
            var (title, description, resolution) = Texts(index);
            return HostileCsv.Vendor("Vendor " + title, VendorToken(index), "HostileVendor" + index, title, description, resolution);
        });
        var run = GeneratorRun.Run([HostileCsv.Catalog("/project/hostile-vendors.csv", rows)], Fixtures.ProjectCatalogOnly);
        AssertNone(run.GeneratorDiagnostics);

        var generated = new GeneratedAssembly(run);
        var diagnosisType = generated.Type("SmtpCodes.SmtpDiagnosis");
        for (var index = 0; index < HostileStrings.Length; index++)
        {
            var (title, description, resolution) = Texts(index);
            var diagnosis = generated.Call("SmtpCodes.SmtpReply", "Diagnose", "550 5.7.1 rejected: " + VendorToken(index) + " (policy)")!;
            string? Property(string name) => (string?)diagnosisType.GetProperty(name)!.GetValue(diagnosis);
            Assert.Equal("HostileVendor" + index, Property("CatalogEntry"));
            Assert.Equal(title, Property("Title"));
            Assert.Equal(description, Property("Description"));
            Assert.Equal(resolution, Property("Resolution"));
            Assert.Equal("Vendor " + title, Property("Vendor"));
        }
    }

    /// <summary>Hostile text as match text: a reply that holds it is recognised, whatever characters it has.</summary>
    [Fact]
    public void Hostile_match_text_is_found_in_a_reply_that_holds_it()
    {
        // Line breaks are left out: a reply's line break starts a new reply line, which is parsing, not matching.
        var matchable = HostileStrings.Select((text, index) => (Text: "q" + index + "z " + text, Index: index))
            .Where(pair => pair.Text.IndexOfAny(['\n', '\r', '\u2028', '\u2029', '\u0085']) < 0 && !pair.Text.Contains('|'))
            .ToList();
        var rows = matchable.Select(pair => HostileCsv.Vendor("Vendor", pair.Text, "HostileMatch" + pair.Index, "Title", "Description.", "Resolution."));
        var run = GeneratorRun.Run([HostileCsv.Catalog("/project/hostile-matches.csv", rows)], Fixtures.ProjectCatalogOnly);
        AssertNone(run.GeneratorDiagnostics);
        AssertNone(run.CompilationProblems);

        var generated = new GeneratedAssembly(run);
        var diagnosisType = generated.Type("SmtpCodes.SmtpDiagnosis");
        Assert.True(matchable.Count >= 8, "too few hostile strings without line breaks: " + matchable.Count);
        foreach (var (text, index) in matchable)
        {
            var diagnosis = generated.Call("SmtpCodes.SmtpReply", "Diagnose", "550 5.7.1 " + text + " end")!;
            Assert.Equal("HostileMatch" + index, diagnosisType.GetProperty("CatalogEntry")!.GetValue(diagnosis));
        }
    }

    /// <summary>Names C# allows although they look dangerous: contextual keywords, inherited member names, type names, other scripts.</summary>
    public static TheoryData<string> AllowedNames => new()
    {
        "var", "nameof", "value", "record", "global", "async", "await", "dynamic", "yield", "when", "file", "required", "field",
        "Finalize", "HasFlag", "CompareTo", "GetTypeCode",
        "System", "String", "SmtpReplyCode", "SmtpReplyClass", "SmtpEnhancedStatusCode", "Class", "Subject", "Detail", "IsKnown", "Key",
        "_", "__arglist_like", "Zürich", "東京", "Ελλάδα", "e\u0301clair",
    };

    [Theory]
    [MemberData(nameof(AllowedNames))]
    public void A_name_csharp_allows_compiles_as_reply_and_enhanced_member(string name)
    {
        var run = RunWithDocumentation(ReplyAndEnhancedNamed(name), TargetProfile.Net100Latest);

        AssertNone(run.GeneratorDiagnostics);
        AssertNone(run.CompilationProblems);
    }

    /// <summary>Names that cannot be members: each row is reported with its line and left out, and the rest still compiles.</summary>
    public static TheoryData<string> RejectedNames => new()
    {
        "class", "int", "return", "5xx", "!!!", "value__",
    };

    /// <summary>Names of object's members: fine in the reply enum, reported for an enhanced code (its member would hide object's).</summary>
    public static TheoryData<string> ObjectMemberNames => new() { "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals" };

    [Theory]
    [MemberData(nameof(ObjectMemberNames))]
    public void An_object_member_name_is_a_reply_code_but_reported_for_an_enhanced_code(string name)
    {
        var run = RunWithDocumentation(ReplyAndEnhancedNamed(name), TargetProfile.Net100Latest);

        AssertSecondRowReported(run, "SMTPGEN008");
        Assert.Equal([name], EnumMembers(run.Output, "SmtpCodes.SmtpReplyCode"));
    }

    [Theory]
    [MemberData(nameof(RejectedNames))]
    public void A_name_that_cannot_be_a_member_is_reported_on_its_line_and_left_out(string name)
    {
        var run = RunWithDocumentation(NameCatalog(Reply(250, "Fine"), Reply(550, name)), TargetProfile.Net100Latest);

        AssertSecondRowReported(run, "SMTPGEN008");
        Assert.Equal(["Fine"], EnumMembers(run.Output, "SmtpCodes.SmtpReplyCode"));
    }

    [Fact]
    public void Names_that_collide_after_normalisation_keep_the_first_and_report_the_others()
    {
        var run = RunWithDocumentation(NameCatalog(Reply(550, "MailboxFull"), Reply(552, "mailbox full"), Reply(554, "Mailbox-Full!"), Reply(555, "Mailbox\u200BFull")), TargetProfile.Net100Latest);

        Assert.Equal([2, 3, 4], run.GeneratorDiagnostics.Select(diagnostic => diagnostic.Location.GetLineSpan().StartLinePosition.Line).Order());
        Assert.All(run.GeneratorDiagnostics, diagnostic => Assert.Equal("SMTPGEN007", diagnostic.Id));
        AssertNone(run.CompilationProblems);
        Assert.Equal(["MailboxFull"], EnumMembers(run.Output, "SmtpCodes.SmtpReplyCode"));
    }

    /// <summary>MSBuild option values are user input too: each is used as written, or refused with SMTPGEN017 for the default.</summary>
    public static TheoryData<string, string, bool> HostileOptions => new()
    {
        { "SmtpCodesNamespace", "Evil; } class Injected { //", false },
        { "SmtpCodesNamespace", "Contoso\n#error injected", false },
        { "SmtpCodesNamespace", "A..B", false },
        { "SmtpCodesNamespace", "Contoso.class", false },
        { "SmtpCodesNamespace", "global::Contoso", false },
        { "SmtpCodesNamespace", "global", true },
        { "SmtpCodesNamespace", "System", true },
        { "SmtpCodesNamespace", "Consumer", true },
        { "SmtpCodesNamespace", "SmtpCodes.SmtpReplyCode", true },
        { "SmtpCodesNamespace", "Zürich.名前", true },
        { "SmtpCodesAccessibility", "public static", false },
        { "SmtpCodesAccessibility", "private", false },
        { "SmtpCodesAccessibility", "file", false },
        { "SmtpCodesAccessibility", "internal\n#error injected", false },
        { "SmtpCodesAccessibility", " PUBLIC ", true },
    };

    [Theory]
    [MemberData(nameof(HostileOptions))]
    public void A_hostile_option_value_is_used_as_written_or_refused_and_the_code_compiles(string property, string value, bool accepted)
    {
        var properties = new Dictionary<string, string> { ["build_property." + property] = value };
        var run = GeneratorRun.Run([Fixtures.Catalog("small-catalog.csv")], properties);

        AssertNone(run.CompilationProblems);
        if (accepted)
        {
            AssertNone(run.GeneratorDiagnostics);
        }
        else
        {
            Assert.Equal("SMTPGEN017", Assert.Single(run.GeneratorDiagnostics).Id);
        }

        Assert.DoesNotContain(run.Output.GetSymbolsWithName(name => name.Contains("Injected"), SymbolFilter.All), symbol => true);
    }

    /// <summary>Fails with every diagnostic in full: xunit would cut a collection's items short.</summary>
    internal static void AssertNone(IEnumerable<Diagnostic> diagnostics)
    {
        var all = diagnostics.Select(diagnostic => diagnostic.ToString()).ToList();
        if (all.Count > 0)
        {
            Assert.Fail(all.Count + " unexpected diagnostics:" + Environment.NewLine + string.Join(Environment.NewLine, all));
        }
    }

    /// <summary>The catalog's second row (line 3, zero-based 2) is reported and nothing else; the rest compiles.</summary>
    private static void AssertSecondRowReported(DocumentedRun run, string id)
    {
        AssertNone(run.CompilationProblems);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    private static string Reply(int code, string name) => HostileCsv.Reply(code, name, "Title", "Description.", "Resolution.");

    private static (string Path, string Text) NameCatalog(params string[] rows) => HostileCsv.Catalog("/project/names.csv", rows);

    private static (string Path, string Text) ReplyAndEnhancedNamed(string name) =>
        NameCatalog(Reply(550, name), HostileCsv.EnhancedDetail(7, 100, name, "Title", "Description.", "Resolution."));

    private static (string Path, string Text) ReplyAndEnhancedCatalog()
    {
        var rows = new List<string>();
        for (var index = 0; index < HostileStrings.Length; index++)
        {
            var (title, description, resolution) = Texts(index);
            rows.Add(HostileCsv.Reply(ReplyCode(index), "Hostile" + index, title, description, resolution));
            rows.Add(HostileCsv.EnhancedDetail(7, EnhancedDetail(index), "Hostile" + index, title, description, resolution));
        }

        return HostileCsv.Catalog("/project/hostile.csv", rows);
    }

    // Each column gets a different hostile string, so a mix-up between columns is caught too.
    private static (string Title, string Description, string Resolution) Texts(int index) =>
        (HostileStrings[index], HostileStrings[(index + 1) % HostileStrings.Length], HostileStrings[(index + 2) % HostileStrings.Length]);

    private static int ReplyCode(int index) => 501 + index;

    private static string VendorToken(int index) => "hostile token q" + index + "z";

    private static int EnhancedDetail(int index) => 100 + index;

    /// <summary>Runs the generator as for a consumer with GenerateDocumentationFile: malformed XML docs are warnings (CS1570 and kin).</summary>
    private static DocumentedRun RunWithDocumentation((string Path, string Text) catalog, TargetProfile target) =>
        DocumentedRun.Run([catalog], Fixtures.ProjectCatalogOnly, target);


    /// <summary>Every generated type with its member names (enum members aside), as text.</summary>
    private static string[] Shape(Compilation compilation) =>
        compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type)
            .OfType<INamedTypeSymbol>()
            .Where(type => type.TypeKind != TypeKind.Enum || type.Name != "SmtpReplyCode")
            .Select(type => type.ToDisplayString() + ": " + string.Join(",", type.GetMembers().Select(member => member.Name).Where(name => !System.Text.RegularExpressions.Regex.IsMatch(name, "^Hostile[0-9]+$")).Distinct().Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static string[] EnumMembers(Compilation compilation, string enumName) =>
        compilation.GetTypeByMetadataName(enumName)!.GetMembers().OfType<IFieldSymbol>().Select(field => field.Name).ToArray();
}
