using System.Threading.Tasks;
using SmtpCodes.Analyzers.Tests.Infrastructure;
using SmtpCodes.CodeFixes;
using Xunit;

namespace SmtpCodes.Analyzers.Tests.Rules;

/// <summary>SMTP003: an enhanced status code written as a string where an enhanced code is expected.</summary>
public class Smtp003EnhancedStatusCodeStringTests
{
    public static TheoryData<string, string> Positives => new()
    {
        { "text of a MailKit exception", """
            class C { bool M(SmtpCommandException ex) => ex.Message.Contains({|SMTP003:"5.7.1"|}) || ex.Message.StartsWith({|SMTP003:"5.1.1"|}); }
            """ },
        { "text of a System.Net.Mail exception", """
            class C { bool M(NetMail.SmtpFailedRecipientException ex) => ex.Message.Contains({|SMTP003:"5.2.2"|}); }
            """ },
        { "home-grown type in an SMTP namespace", """
            namespace Mail.Smtp { class Reply { public string? EnhancedCode; } class C { bool M(Reply r) => r.EnhancedCode == {|SMTP003:"5.1.1"|}; } }
            """ },
        { "FluentAssertions on the text", """
            namespace T { using FluentAssertions; class C { void M(Demo.SmtpReply r) => r.EnhancedCode.Should().Be({|SMTP003:"5.1.1"|}); } }
            """ + Snippets.UserTypes + Snippets.TestFrameworks },
        { "Parse", """
            class C { object M() => SmtpCodes.SmtpEnhancedStatusCode.Parse({|SMTP003:"5.1.1"|}); }
            """ },
        { "TryParse", """
            class C { bool M() => SmtpCodes.SmtpEnhancedStatusCode.TryParse({|SMTP003:"4.2.2"|}, out var code); }
            """ },
        { "marked member", """
            class C { bool M(Demo.Bounce b) => b.Enhanced == {|SMTP003:"5.1.1"|}; }
            """ + Snippets.UserTypes },
        { "EnhancedCode on an SMTP-named type", """
            class C { bool M(Demo.SmtpReply r) => {|SMTP003:"5.7.1"|} != r.EnhancedCode; }
            """ + Snippets.UserTypes },
        { "ToString() of the generated struct", """
            class C { bool M(SmtpCodes.SmtpEnhancedStatusCode code) => code.ToString() == {|SMTP003:"5.1.1"|}; }
            """ },
        { "switch statement", """
            class C { int M(Demo.Bounce b) { switch (b.Enhanced) { case {|SMTP003:"5.1.1"|}: return 1; default: return 0; } } }
            """ + Snippets.UserTypes },
        { "switch expression", """
            class C { int M(Demo.Bounce b) => b.Enhanced switch { {|SMTP003:"5.2.2"|} => 1, _ => 0 }; }
            """ + Snippets.UserTypes },
        { "is ... or ...", """
            class C { bool M(Demo.Bounce b) => b.Enhanced is {|SMTP003:"5.1.1"|} or {|SMTP003:"5.1.2"|}; }
            """ + Snippets.UserTypes },
        { "string.Equals", """
            class C { bool M(Demo.Bounce b) => string.Equals(b.Enhanced, {|SMTP003:"5.1.1"|}) || b.Enhanced!.Equals({|SMTP003:"4.4.1"|}); }
            """ + Snippets.UserTypes },
        { "Assert.Equal", """
            class C { void M(Demo.Bounce b) => Assert.Equal({|SMTP003:"5.1.1"|}, b.Enhanced); }
            """ + Snippets.UserTypes },
        { "marked parameter", """
            class C { void M() => Demo.Ledger.RecordEnhanced({|SMTP003:"5.1.1"|}); }
            """ + Snippets.UserTypes },
        { "assignment", """
            class C { void M(Demo.Bounce b) => b.Enhanced = {|SMTP003:"5.1.1"|}; }
            """ + Snippets.UserTypes },
        { "copied local", """
            class C { bool M(Demo.Bounce b) { var enhanced = b.Enhanced; return enhanced == {|SMTP003:"5.1.1"|}; } }
            """ + Snippets.UserTypes },
        { "ternary", """
            class C { string M(Demo.Bounce b) => b.Enhanced == {|SMTP003:"4.4.1"|} ? "retry" : "drop"; }
            """ + Snippets.UserTypes },
        { "code the registry lacks", """
            class C { object M() => SmtpCodes.SmtpEnhancedStatusCode.Parse({|SMTP003:"5.7.606"|}); }
            """ },
        { "property pattern", """
            class C { bool M(Demo.Bounce b) => b is { Enhanced: {|SMTP003:"5.1.1"|} }; }
            """ + Snippets.UserTypes },
        { "object initializer", """
            class C { Demo.Bounce M() => new Demo.Bounce { Enhanced = {|SMTP003:"5.1.1"|} }; }
            """ + Snippets.UserTypes },
        { "marked return", """
            class C { [return: SmtpCodes.SmtpEnhancedStatusCode] string Pick() => {|SMTP003:"5.1.1"|}; }
            """ },
    };

    public static TheoryData<string, string> Negatives => new()
    {
        { "reply text with a code inside", """
            class C { bool M(Demo.Bounce b, string line) => b.Enhanced == "550 5.1.1 User unknown" || line.Contains("5.1.1"); }
            """ + Snippets.UserTypes },
        { "versions", """
            class C { object M() => Version.Parse("5.1.1"); }
            """ },
        { "unrelated string member", """
            class Settings { public string? Version { get; set; } }
            class C { bool M(Settings s) => s.Version == "5.1.1"; }
            """ },
        { "four parts", """
            class C { bool M(Demo.Bounce b) => b.Enhanced == "5.1.1.1"; }
            """ + Snippets.UserTypes },
        { "class 3 does not exist", """
            class C { bool M(Demo.Bounce b) => b.Enhanced == "3.1.1"; }
            """ + Snippets.UserTypes },
        { "HTTP-named type", """
            class HttpSmtpReply { public string? EnhancedCode { get; set; } }
            class C { bool M(HttpSmtpReply r) => r.EnhancedCode == "5.1.1"; }
            """ },
        { "named member already", """
            class C { bool M(SmtpCodes.SmtpEnhancedStatusCode code) => code == SmtpCodes.SmtpEnhancedStatusCode.Permanent.BadDestinationMailboxAddress; }
            """ },
        { "text of a named member", """
            class C { void M() => Assert.Equal("5.1.1", SmtpCodes.SmtpEnhancedStatusCode.Permanent.BadDestinationMailboxAddress.ToString()); }
            """ },
        { "string parameter of an unrelated method", """
            class C { bool Is(string s) => s == "5.1.1"; }
            """ },
        { "text of an exception that is no SMTP one", """
            class C { bool M(Exception ex) => ex.Message.Contains("5.7.1"); }
            """ },
        { "dictionary key", """
            class C { string M(Dictionary<string, string> map) => map["5.1.1"]; }
            """ },
        { "log message", """
            class C { void M() => Console.WriteLine("5.1.1"); }
            """ },
        { "local that no carrier initializes", """
            class C { bool M(string[] parts) { var text = parts[0]; return text == "5.1.1"; } }
            """ },
        { "a const gives the text a name", """
            class C { const string UserUnknown = "5.1.1"; bool M(Demo.Bounce b) => b.Enhanced == UserUnknown; }
            """ + Snippets.UserTypes },
        { "non-code member of an SMTP-named type", """
            class SmtpServerInfo { public string? Version { get; set; } }
            class C { bool M(SmtpServerInfo s) => s.Version == "5.1.1"; }
            """ },
    };

    [Theory]
    [MemberData(nameof(Positives))]
    public Task Every_positive_shape_is_reported(string shape, string source) => SmtpVerifier.AnalyzeShapeAsync(shape, source);

    [Theory]
    [MemberData(nameof(Negatives))]
    public Task No_negative_shape_is_reported(string shape, string source) => SmtpVerifier.AnalyzeShapeAsync(shape, source);

    [Fact]
    public Task Member_named_in_EditorConfig_is_a_carrier()
        => SmtpVerifier.AnalyzeAsync(
            "class C { bool M(Demo.Line line) => line.Dsn == {|SMTP003:\"5.1.1\"|}; }" + Snippets.UserTypes,
            new SmtpVerifier.Options { EditorConfig = "smtpcodes.enhanced_code_members = P:Demo.Line.Dsn" });

    [Fact]
    public Task Inference_from_type_names_can_be_switched_off()
        => SmtpVerifier.AnalyzeAsync(
            "class C { bool M(Demo.SmtpReply r) => r.EnhancedCode == \"5.1.1\"; }" + Snippets.UserTypes,
            new SmtpVerifier.Options { EditorConfig = "smtpcodes.infer_from_type_names = false" });

    [Fact]
    public async Task Unregistered_code_says_what_is_wrong()
    {
        string Message(System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostic> found) => Assert.Single(found).GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        string unknownSubject = Message(await SmtpVerifier.DiagnosticsAsync("class C { bool M(Demo.SmtpReply r) => r.EnhancedCode == \"5.9.99\"; }" + Snippets.UserTypes));
        string unknownDetail = Message(await SmtpVerifier.DiagnosticsAsync("class C { bool M(Demo.SmtpReply r) => r.EnhancedCode == \"5.1.99\"; }" + Snippets.UserTypes));
        Assert.StartsWith("Enhanced status code \"5.9.99\" is not a registered code (subject 9 does not exist; the subjects are 0, 1, ", unknownSubject);
        Assert.Equal("Enhanced status code \"5.1.99\" is not a registered code (detail 99 of subject 1 does not exist): use SmtpEnhancedStatusCode", unknownDetail);
    }

    [Fact]
    public Task Fix_of_a_negated_exception_text_check_keeps_the_negation()
        => SmtpVerifier.FixAsync<EnhancedStatusCodeCodeFixProvider>(
            "class C { bool M(SmtpCommandException ex) => !ex.Message.Contains({|SMTP003:\"5.1.1\"|}); }",
            "class C { bool M(SmtpCommandException ex) => !(ex.Diagnose().EnhancedCode == SmtpEnhancedStatusCode.Permanent.BadDestinationMailboxAddress); }",
            SmtpVerifier.ImportsSmtpCodes);

    [Fact]
    public Task Fix_calls_the_diagnose_extension()
        => SmtpVerifier.FixAsync<EnhancedStatusCodeCodeFixProvider>(
            "class C { bool M(SmtpCommandException ex) => ex.Message.Contains({|SMTP003:\"5.1.1\"|}); }",
            "class C { bool M(SmtpCommandException ex) => ex.Diagnose().EnhancedCode == SmtpEnhancedStatusCode.Permanent.BadDestinationMailboxAddress; }",
            SmtpVerifier.ImportsSmtpCodes);

    /// <summary>
    /// An SMTP exception of the project's own has no generated <c>Diagnose()</c> extension (only MailKit's and
    /// System.Net.Mail's exceptions get one): the fix diagnoses the text with <c>SmtpReply.Diagnose(ex.Message)</c>.
    /// </summary>
    [Fact]
    public Task Fix_diagnoses_the_message_where_the_exception_has_no_Diagnose_extension()
        => SmtpVerifier.FixAsync<EnhancedStatusCodeCodeFixProvider>(
            "class C { bool M(Relay.Smtp.RelayRejectedException ex) => ex.Message.Contains({|SMTP003:\"5.1.1\"|}); }" + RelayException,
            "class C { bool M(Relay.Smtp.RelayRejectedException ex) => SmtpReply.Diagnose(ex.Message).EnhancedCode == SmtpEnhancedStatusCode.Permanent.BadDestinationMailboxAddress; }" + RelayException,
            SmtpVerifier.ImportsSmtpCodes);

    private const string RelayException = """

        namespace Relay.Smtp
        {
            public sealed class RelayRejectedException : System.Exception
            {
                public RelayRejectedException(string message) : base(message) { }
            }
        }
        """;

    [Fact]
    public Task Fix_replaces_Parse()
        => SmtpVerifier.FixAsync<EnhancedStatusCodeCodeFixProvider>(
            "class C { SmtpCodes.SmtpEnhancedStatusCode M() => SmtpCodes.SmtpEnhancedStatusCode.Parse({|SMTP003:\"5.1.1\"|}); }",
            "class C { SmtpCodes.SmtpEnhancedStatusCode M() => SmtpEnhancedStatusCode.Permanent.BadDestinationMailboxAddress; }",
            SmtpVerifier.ImportsSmtpCodes);

    [Fact]
    public Task Fix_compares_the_struct()
        => SmtpVerifier.FixAsync<EnhancedStatusCodeCodeFixProvider>(
            "class C { bool M(SmtpCodes.SmtpEnhancedStatusCode code) => code.ToString() == /* user unknown */ {|SMTP003:\"5.1.1\"|}; }",
            "class C { bool M(SmtpCodes.SmtpEnhancedStatusCode code) => code == /* user unknown */ SmtpEnhancedStatusCode.Permanent.BadDestinationMailboxAddress; }",
            SmtpVerifier.ImportsSmtpCodes);

    [Fact]
    public Task Fix_writes_the_text_of_the_member()
        => SmtpVerifier.FixAsync<EnhancedStatusCodeCodeFixProvider>(
            "class C { bool M(Demo.Bounce b) => b.Enhanced == {|SMTP003:\"4.2.2\"|}; }" + Snippets.UserTypes,
            "class C { bool M(Demo.Bounce b) => b.Enhanced == SmtpEnhancedStatusCode.Transient.MailboxFull.ToString(); }" + Snippets.UserTypes,
            SmtpVerifier.ImportsSmtpCodes);

    [Fact]
    public Task FixAll_leaves_what_has_no_fix()
        => SmtpVerifier.FixAsync<EnhancedStatusCodeCodeFixProvider>(
            new[]
            {
                """
                class C
                {
                    bool M(Demo.Bounce b)
                    {
                        var parsed = SmtpCodes.SmtpEnhancedStatusCode.Parse({|SMTP003:"5.7.1"|});
                        switch (b.Enhanced)
                        {
                            case {|SMTP003:"5.1.1"|}:
                                return true;
                        }

                        return SmtpCodes.SmtpEnhancedStatusCode.TryParse({|SMTP003:"4.4.1"|}, out var code) && b.Enhanced == {|SMTP003:"5.2.2"|};
                    }
                }
                """ + Snippets.UserTypes,
                "class D { object M() => SmtpCodes.SmtpEnhancedStatusCode.Parse({|SMTP003:\"2.0.0\"|}); }",
            },
            new[]
            {
                """
                class C
                {
                    bool M(Demo.Bounce b)
                    {
                        var parsed = SmtpEnhancedStatusCode.Permanent.DeliveryNotAuthorized;
                        switch (b.Enhanced)
                        {
                            case {|SMTP003:"5.1.1"|}:
                                return true;
                        }

                        return SmtpCodes.SmtpEnhancedStatusCode.TryParse({|SMTP003:"4.4.1"|}, out var code) && b.Enhanced == SmtpEnhancedStatusCode.Permanent.MailboxFull.ToString();
                    }
                }
                """ + Snippets.UserTypes,
                "class D { object M() => SmtpEnhancedStatusCode.Success.OtherUndefinedStatus; }",
            },
            SmtpVerifier.ImportsSmtpCodes);
}
