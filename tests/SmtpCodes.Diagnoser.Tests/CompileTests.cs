using System;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static SmtpCodes.Testing.ProjectCatalog;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// The generated diagnoser as consumers get it: C# 7.3 on netstandard2.0 and net472 (no nullable annotations,
/// no spans) and the latest C# on net10.0, compiled with nullable on where the language has it and every warning
/// an error. Both emitted variants must answer exactly as the engine this test project references (SmtpCodes.Runtime).
/// </summary>
public sealed class CompileTests
{
    private const string Consumer = """
        namespace Consumer
        {
            using SmtpCodes;

            public static class Triage
            {
                public static string Explain(string text)
                {
                    SmtpReply reply;
                    var found = SmtpReply.TryParse(text, out reply);
                    var diagnosis = SmtpReply.Diagnose(text);
                    var code = reply.BasicCode.HasValue ? reply.BasicCode.Value.GetTitle() : string.Empty;
                    return found + code + reply.Text + reply.Class + diagnosis.Class + diagnosis.ClassConflict + diagnosis.Reason
                        + diagnosis.IsHardBounce + diagnosis.Party + diagnosis.Action + diagnosis.Basis + diagnosis.Title
                        + diagnosis.Description + diagnosis.Resolution + (diagnosis.Vendor ?? string.Empty)
                        + (diagnosis.CatalogEntry ?? string.Empty) + (diagnosis.Blocklist ?? string.Empty) + diagnosis.BlocklistType
                        + diagnosis.EnhancedCode + diagnosis.BasicCode + diagnosis.ToString() + default(SmtpDiagnosis).Title;
                }
            }
        }
        """;

    private const string SpanConsumer = """
        namespace Consumer
        {
            using SmtpCodes;

            public static class SpanTriage
            {
                public static bool Explain(System.ReadOnlySpan<char> text) =>
                    SmtpReply.TryParse(text, out var reply) && SmtpReply.Diagnose(text).Reason == SmtpReply.Diagnose(reply.ToString()).Reason;
            }
        }
        """;

    private const string CatalogHeader = ProjectCatalog.Header + "\n";

    public static TheoryData<TargetProfile> CSharp73Targets => new() { TargetProfile.NetStandard20CSharp73, TargetProfile.Net472CSharp73 };

    [Theory]
    [MemberData(nameof(CSharp73Targets))]
    public void Compiles_warning_free_for_csharp73(TargetProfile target)
    {
        var generated = GeneratorRun.Run(target: target, userCode: Consumer);

        Assert.Empty(generated.Problems);
        Assert.Contains(generated.Output.SyntaxTrees, tree => tree.FilePath.EndsWith("SmtpReply.CatalogMessages.g.cs", StringComparison.Ordinal));
        // The string variant: no member of the parser takes a span (the span branches of the engine files are inactive).
        var reply = generated.Output.GetTypeByMetadataName("SmtpCodes.SmtpReply")!;
        Assert.DoesNotContain(reply.GetMembers().OfType<Microsoft.CodeAnalysis.IMethodSymbol>(), method => method.Parameters.Any(parameter => parameter.Type.Name == "ReadOnlySpan"));
    }

    [Fact]
    public void Compiles_warning_free_for_the_latest_csharp_with_nullable_and_spans()
    {
        var generated = GeneratorRun.Run(target: TargetProfile.Net100Latest, userCode: Consumer + SpanConsumer);

        Assert.Empty(generated.Problems);
    }

    [Fact]
    public void Public_accessibility_and_another_namespace_compile_warning_free()
    {
        var properties = new System.Collections.Generic.Dictionary<string, string>
        {
            ["build_property.SmtpCodesNamespace"] = "Contoso.Mail",
            ["build_property.SmtpCodesAccessibility"] = "public",
        };
        var consumer = Consumer.Replace("using SmtpCodes;", "using Contoso.Mail;", StringComparison.Ordinal);

        var generated = GeneratorRun.Run(properties: properties, target: TargetProfile.NetStandard20CSharp73, userCode: consumer);

        Assert.Empty(generated.Problems);
        Assert.True(generated.Output.GetTypeByMetadataName("Contoso.Mail.SmtpDiagnosis")?.DeclaredAccessibility == Microsoft.CodeAnalysis.Accessibility.Public);
    }

    public static TheoryData<TargetProfile> EmittedVariants => new() { TargetProfile.NetStandard20CSharp73, TargetProfile.Net100Latest };

    /// <summary>
    /// The engine files as the generator emits them (the C# 7.3 string variant and the span variant) answer every
    /// corpus reply exactly as the engine compiled from source in SmtpCodes.Runtime, which the other tests use.
    /// </summary>
    [Theory]
    [MemberData(nameof(EmittedVariants))]
    public void The_emitted_engine_answers_as_the_engine_compiled_from_source(TargetProfile target)
    {
        var diagnose = DiagnoseOf(GeneratorRun.Run(target: target, userCode: Consumer).Load());

        foreach (var reply in CorpusAccuracyTests.Corpus)
        {
            var expected = SmtpReply.Diagnose(reply.Text);
            var actual = diagnose(reply.Text);
            Assert.Equal(Describe(expected), Describe(actual));
        }
    }

    /// <summary>
    /// The bounce reader as the generator emits it reads every message of the bounce corpus, from its bytes (the text in
    /// per-thread buffers, searched by SmtpMimeText's own ordinal-ignore-case search in the C# 7.3 variant) and as a
    /// string, exactly as the engine compiled from source reads it.
    /// </summary>
    [Theory]
    [MemberData(nameof(EmittedVariants))]
    public void The_emitted_engine_reads_bounces_as_the_engine_compiled_from_source(TargetProfile target)
    {
        Type bounce = GeneratorRun.Run(target: target, userCode: Consumer).Load().GetType("SmtpCodes.SmtpBounce", throwOnError: true)!;
        MethodInfo fromBytes = bounce.GetMethod("Read", [typeof(byte[])])!;
        MethodInfo fromString = bounce.GetMethod("Read", [typeof(string)])!;
        string[] files = System.IO.Directory.GetFiles(RepositoryPaths.Combine("tests", "SmtpCodes.Bounces.Tests", "Corpus"), "*.eml", System.IO.SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (string file in files)
        {
            byte[] bytes = System.IO.File.ReadAllBytes(file);
            string expected = DescribeBounce(SmtpBounce.Read(bytes));
            Assert.Equal(expected, DescribeBounce(fromBytes.Invoke(null, [bytes])!));
            Assert.Equal(expected, DescribeBounce(fromString.Invoke(null, [System.Text.Encoding.Latin1.GetString(bytes)])!));
        }
    }

    // Every public property of a reading and of its recipients and their diagnoses, by reflection (the emitted types are not this engine's).
    private static string DescribeBounce(object reading)
    {
        var text = new System.Text.StringBuilder(Properties(reading));
        foreach (object recipient in (System.Collections.IEnumerable)reading.GetType().GetProperty("Recipients")!.GetValue(reading)!)
        {
            text.Append('\n').Append(Properties(recipient)).Append(" | ").Append(Properties(recipient.GetType().GetProperty("Diagnosis")!.GetValue(recipient)!));
        }

        return text.ToString();
    }

    private static string Properties(object value) =>
        string.Join(";", value.GetType().GetProperties().Where(property => property.Name is not "Recipients" and not "Diagnosis").OrderBy(property => property.Name, StringComparer.Ordinal)
            .Select(property => property.Name + "=" + property.GetValue(value)));

    private const string LibraryConsumer = """
        namespace Consumer
        {
            using SmtpCodes;

            public static class LibraryTriage
            {
                public static bool Explain(MailKit.Net.Smtp.SmtpCommandException mailKit, System.Net.Mail.SmtpFailedRecipientException netMail) =>
                    mailKit.Diagnose().IsHardBounce == true && mailKit.StatusCode.IsPermanent() && mailKit.StatusCode.GetClass() == SmtpReplyClass.Permanent
                    && mailKit.StatusCode.ToSmtpReplyCode().IsPermanent() && mailKit.StatusCode.GetTitle().Length > 0 && !mailKit.StatusCode.IsSuccess()
                    && !mailKit.StatusCode.IsTransient() && netMail.Diagnose().Recipient == netMail.FailedRecipient
                    && ((System.Net.Mail.SmtpException)netMail).Diagnose().IsHardBounce == true && netMail.StatusCode.IsPermanent();
            }
        }
        """;

    public static TheoryData<LanguageVersion> LanguageVersions => new() { LanguageVersion.CSharp7_3, LanguageVersion.Latest };

    [Theory]
    [MemberData(nameof(LanguageVersions))]
    public void The_MailKit_and_System_Net_Mail_extensions_compile_warning_free_where_the_libraries_are_referenced(LanguageVersion language)
    {
        // MailKit's own assemblies (as this test project restored them) beside net10.0's reference assemblies.
        var references = TargetProfile.Net100Latest.References
            .Append(MetadataReference.CreateFromFile(typeof(MailKit.Net.Smtp.SmtpCommandException).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(MimeKit.MailboxAddress).Assembly.Location))
            .ToArray();
        var target = new TargetProfile("net10.0 with MailKit, " + language, references, language);

        var generated = GeneratorRun.Run(target: target, userCode: Consumer + LibraryConsumer);

        Assert.Empty(generated.Problems);
        Assert.NotNull(generated.Output.GetTypeByMetadataName("SmtpCodes.MailKitSmtpExtensions"));
        Assert.NotNull(generated.Output.GetTypeByMetadataName("SmtpCodes.SystemNetMailSmtpExtensions"));
    }

    [Fact]
    public void Without_MailKit_no_MailKit_extension_is_generated()
    {
        var generated = GeneratorRun.Run(target: TargetProfile.Net100Latest, userCode: Consumer);

        Assert.Empty(generated.Problems);
        Assert.Null(generated.Output.GetTypeByMetadataName("SmtpCodes.MailKitSmtpExtensions"));
        // net10.0 has System.Net.Mail: its extensions are there.
        Assert.NotNull(generated.Output.GetTypeByMetadataName("SmtpCodes.SystemNetMailSmtpExtensions"));
    }

    [Fact]
    public void A_project_row_wins_a_tie_with_a_built_in_row()
    {
        var catalog = CatalogHeader + "vendor,550,5.1.10,Contoso,RecipientNotFound,ContosoRecipientNotFound,,Contoso recipient not found,Suspend,soft,recipient-admin,contact-postmaster,,Contoso's gateway says the mailbox is parked.,Ask Contoso's postmaster.,,test\n";
        var generated = GeneratorRun.Run([("/project/our-codes.csv", catalog)], userCode: Consumer);
        Assert.Empty(generated.Problems);

        var diagnosis = DiagnoseOf(generated.Load())("550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup");

        Assert.Equal("ContosoRecipientNotFound", Property(diagnosis, "CatalogEntry"));
        Assert.Equal("Contoso", Property(diagnosis, "Vendor"));
        Assert.Equal("Suspend", Property(diagnosis, "Reason"));
    }

    [Fact]
    public void A_catalog_without_messages_still_generates_a_working_diagnoser()
    {
        var catalog = CatalogHeader + "vendor,550,,Contoso,contoso says no,ContosoSaysNo,,Contoso says no,Blocked,soft,sender-admin,request-delisting,,Contoso blocks the sender.,Ask Contoso.,,test\n";
        var generated = GeneratorRun.Run([("/project/a.csv", catalog)], target: TargetProfile.NetStandard20CSharp73, userCode: Consumer);
        Assert.Empty(generated.Problems);

        var diagnosis = DiagnoseOf(generated.Load())("550 CONTOSO SAYS NO to you");

        Assert.Equal("ContosoSaysNo", Property(diagnosis, "CatalogEntry"));
    }

    [Theory]
    [MemberData(nameof(EmittedVariants))]
    public void Match_text_beyond_ASCII_is_found_in_either_case_by_both_variants(TargetProfile target)
    {
        var catalog = CatalogHeader
            + "vendor,550,,Contoso,Empf\u00e4nger unbekannt,ContosoEmpfaengerUnbekannt,,Recipient unknown,UserUnknown,hard,sender,remove-address,,Contoso's German gateway.,Remove the address.,,test\n"
            + "vendor,550,,Contoso,\u7528\u6237\u4e0d\u5b58\u5728,ContosoUserMissing,,Recipient unknown,UserUnknown,hard,sender,remove-address,,Contoso's Chinese gateway.,Remove the address.,,test\n";
        var generated = GeneratorRun.Run([("/project/wide.csv", catalog)], target: target, userCode: Consumer);
        Assert.Empty(generated.Problems);
        var diagnose = DiagnoseOf(generated.Load());

        Assert.Equal("ContosoEmpfaengerUnbekannt", Property(diagnose("550 EMPF\u00c4NGER UNBEKANNT"), "CatalogEntry"));
        Assert.Equal("ContosoUserMissing", Property(diagnose("550 \u7528\u6237\u4e0d\u5b58\u5728 (mailbox)"), "CatalogEntry"));
        Assert.Null(Property(diagnose("550 Empf\u00e4nger bekannt"), "CatalogEntry"));
    }



    private static string Describe(object diagnosis) =>
        string.Join("|", new[] { "BasicCode", "EnhancedCode", "Class", "ClassConflict", "Reason", "IsHardBounce", "Party", "Action", "Basis", "Vendor", "CatalogEntry", "Blocklist", "Description" }
            .Select(name => Property(diagnosis, name)));
}
