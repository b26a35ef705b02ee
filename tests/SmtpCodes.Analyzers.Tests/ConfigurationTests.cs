using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SmtpCodes.Analyzers.Tests.Infrastructure;
using SmtpCodes.CodeFixes;
using Xunit;

namespace SmtpCodes.Analyzers.Tests;

/// <summary>The generated namespace option, the messages, and what the rules do when the generator did not run.</summary>
public class ConfigurationTests
{
    private static readonly SmtpVerifier.Options WithoutGenerator = new() { WithGenerator = false };

    [Fact]
    public Task The_generated_namespace_comes_from_the_build_property()
        => SmtpVerifier.FixAsync<ReplyCodeLiteralCodeFixProvider>(
            "class C { bool M([Acme.Mail.SmtpReplyCode] int code) => code == {|SMTP001:550|} || code == {|SMTP004:505|}; }",
            "class C { bool M([Acme.Mail.SmtpReplyCode] int code) => code == (int)SmtpReplyCode.MailboxUnavailable || code == {|SMTP004:505|}; }",
            new SmtpVerifier.Options
            {
                GeneratedNamespace = "Acme.Mail",
                FixedHeader = SmtpVerifier.Header.Replace("using MailKit.Net.Smtp;", "using Acme.Mail;\nusing MailKit.Net.Smtp;"),
            });

    /// <summary>
    /// An invalid namespace makes the generator warn (SMTPGEN017) and emit into SmtpCodes; the analyzers read the option
    /// through the same validation, so they find the types there and keep naming codes and offering fixes.
    /// </summary>
    [Fact]
    public Task An_invalid_namespace_falls_back_to_the_default_as_in_the_generator()
        => SmtpVerifier.FixAsync<ReplyCodeLiteralCodeFixProvider>(
            "class C { bool M([SmtpCodes.SmtpReplyCode] int code) => code == {|SMTP001:550|} || code == {|SMTP004:505|}; }",
            "class C { bool M([SmtpCodes.SmtpReplyCode] int code) => code == (int)SmtpReplyCode.MailboxUnavailable || code == {|SMTP004:505|}; }",
            new SmtpVerifier.Options { GeneratedNamespace = "Acme.class.Mail", FixedHeader = SmtpVerifier.HeaderWithSmtpCodes });

    [Fact]
    public async Task Messages_name_the_code_and_the_replacement()
    {
        var diagnostics = await SmtpVerifier.DiagnosticsAsync(
            "class C { bool M(SmtpCommandException ex) => (int)ex.StatusCode == 550 || (int)ex.StatusCode == 5500 || (int)ex.StatusCode == 505 || (int)ex.StatusCode >= 500; }");
        Assert.Equal(
            new[]
            {
                "SMTP001: SMTP reply code 550 is written as a number: use SmtpStatusCode.MailboxUnavailable",
                "SMTP004: 5500 is not an SMTP reply code (a reply code has three digits, the first 1 to 5): most likely a typo",
                "SMTP004: No RFC and no catalog row defines SMTP reply code 505: most likely a typo",
                "SMTP002: Hand-written class check on an SMTP reply code: use IsPermanent()",
            },
            diagnostics.Select(d => d.Id + ": " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Enhanced_message_names_the_member()
    {
        var diagnostics = await SmtpVerifier.DiagnosticsAsync("class C { object M() => SmtpCodes.SmtpEnhancedStatusCode.Parse(\"5.1.1\"); }");
        Assert.Equal(
            "Enhanced status code \"5.1.1\" is written as a string: use SmtpEnhancedStatusCode.Permanent.BadDestinationMailboxAddress",
            diagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public Task Without_the_generator_the_carrier_enum_still_names_the_code()
        => SmtpVerifier.FixAsync<ReplyCodeLiteralCodeFixProvider>(
            "class C { bool M(SmtpCommandException ex) => (int)ex.StatusCode == {|SMTP001:550|} || (int)ex.StatusCode == {|SMTP001:556|}; }",
            "class C { bool M(SmtpCommandException ex) => ex.StatusCode == SmtpStatusCode.MailboxUnavailable || (int)ex.StatusCode == {|SMTP001:556|}; }",
            WithoutGenerator);

    [Fact]
    public async Task Without_the_generator_no_name_means_no_fix()
    {
        Diagnostic diagnostic = (await SmtpVerifier.DiagnosticsAsync("class C { bool M(SmtpCommandException ex) => (int)ex.StatusCode == 556; }", WithoutGenerator)).Single();
        Assert.Equal("SMTP reply code 556 is written as a number: use a named reply code", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(diagnostic.Properties);
    }

    [Fact]
    public Task Without_the_catalog_only_impossible_numbers_are_undefined()
        => SmtpVerifier.AnalyzeAsync(
            "class C { bool M(SmtpCommandException ex) => (int)ex.StatusCode == {|SMTP001:505|} || (int)ex.StatusCode == {|SMTP004:600|}; }",
            WithoutGenerator);

    [Fact]
    public Task Without_the_generator_class_checks_are_reported_without_a_fix()
        => SmtpVerifier.FixAsync<ClassCheckCodeFixProvider>(
            "class C { bool M(SmtpCommandException ex) => {|SMTP002:(int)ex.StatusCode >= 500|}; }",
            "class C { bool M(SmtpCommandException ex) => {|SMTP002:(int)ex.StatusCode >= 500|}; }",
            WithoutGenerator);

    [Fact]
    public Task Nothing_is_reported_where_no_carrier_exists()
        => SmtpVerifier.AnalyzeAsync(
            "class C { bool M(int code, string text) => code == 550 || code >= 500 || text == \"5.1.1\"; }",
            new SmtpVerifier.Options { WithGenerator = false, WithHeader = false });
}
