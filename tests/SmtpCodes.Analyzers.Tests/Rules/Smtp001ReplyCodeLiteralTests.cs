using System.Threading.Tasks;
using SmtpCodes.Analyzers.Tests.Infrastructure;
using SmtpCodes.CodeFixes;
using Xunit;

namespace SmtpCodes.Analyzers.Tests.Rules;

/// <summary>SMTP001: a defined reply code written as a number where a reply code is expected.</summary>
public class Smtp001ReplyCodeLiteralTests
{
    public static TheoryData<string, string> Positives => new()
    {
        { "catch filter on MailKit", """
            class C { void M(Func<Task> send) { try { send(); } catch (SmtpCommandException e) when (e.StatusCode == (SmtpStatusCode){|SMTP001:550|}) { } } }
            """ },
        { "int cast of MailKit status", """
            class C { bool M(SmtpCommandException ex) => (int)ex.StatusCode == {|SMTP001:550|}; }
            """ },
        { "System.Net.Mail SmtpException", """
            class C { bool M(NetMail.SmtpException ex) => (int)ex.StatusCode != {|SMTP001:552|}; }
            """ },
        { "SmtpFailedRecipientException", """
            class C { bool M(NetMail.SmtpFailedRecipientException ex) => ex.StatusCode == (NetMail.SmtpStatusCode){|SMTP001:550|}; }
            """ },
        { "switch on a copied local", """
            class C { string M(SmtpCommandException ex) { var code = (int)ex.StatusCode; switch (code) { case {|SMTP001:550|}: return "gone"; case {|SMTP001:452|}: return "full"; default: return "other"; } } }
            """ },
        { "switch expression", """
            class C { string M(SmtpResponse r) => (int)r.StatusCode switch { {|SMTP001:250|} => "ok", _ => "other" }; }
            """ },
        { "property pattern on SmtpResponse", """
            class C { bool M(SmtpResponse r) => r is { StatusCode: (SmtpStatusCode){|SMTP001:550|} }; }
            """ },
        { "is ... or ...", """
            class C { bool M(SmtpCommandException ex) => (int)ex.StatusCode is {|SMTP001:550|} or {|SMTP001:551|}; }
            """ },
        { "ternary", """
            class C { string M(SmtpResponse r) => (int)r.StatusCode == {|SMTP001:421|} ? "retry" : "fail"; }
            """ },
        { "Assert.Equal against a response", """
            class C { void M(SmtpResponse response) => Assert.Equal({|SMTP001:550|}, (int)response.StatusCode); }
            """ },
        { "cast in throw new SmtpCommandException", """
            class C { void M() => throw new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, (SmtpStatusCode){|SMTP001:550|}, "gone"); }
            """ },
        { "code the enum lacks (535 in System.Net.Mail)", """
            class C { bool M(NetMail.SmtpException ex) => ex.StatusCode == (NetMail.SmtpStatusCode){|SMTP001:535|}; }
            """ },
        { "member marked [SmtpReplyCode]", """
            class C { bool M(Demo.Bounce b) => b.Code == {|SMTP001:550|}; }
            """ + Snippets.UserTypes },
        { "Code on a type named SmtpReply", """
            class C { bool M(Demo.SmtpReply r) => r.Code == {|SMTP001:250|} || r.StatusCode == {|SMTP001:421|}; }
            """ + Snippets.UserTypes },
        { "ReplyCode on a type named SMTP_ReplyLine", """
            class C { bool M(Demo.SMTP_ReplyLine line) => {|SMTP001:354|} == line.ReplyCode; }
            """ + Snippets.UserTypes },
        { "marked parameter", """
            class C { void Record([SmtpCodes.SmtpReplyCode] int code) { } void M() => Record({|SMTP001:550|}); }
            """ },
        { "home-grown type in an SMTP namespace", """
            namespace Mail.Smtp { class Reply { public int Code; } class C { bool M(Reply r) => r.Code == {|SMTP001:550|}; } }
            """ },
        { "server reply constructor", """
            public sealed class SmtpServerReply
            {
                public SmtpServerReply(int replyCode, string text) { }
                public static SmtpServerReply Ok => new({|SMTP001:250|}, "OK");
                public static SmtpServerReply Gone() => new SmtpServerReply({|SMTP001:550|}, "gone");
            }
            """ },
        { "reply line of a server in an SMTP namespace", """
            namespace Mail.Smtp.Server { class ReplyLine { public ReplyLine(int replyCode, string text, bool last) { } } class Session { void Send(ReplyLine line) { } void M() => Send(new ReplyLine({|SMTP001:503|}, "Bad sequence of commands", true)); } }
            """ },
        { "method parameter named for a code", """
            static class SmtpHelper { static bool CheckResponse(object socket, int expectedCode) => true; static bool M() => CheckResponse(new object(), {|SMTP001:220|}) && CheckResponse(new object(), {|SMTP001:250|}); }
            """ },
        { "NUnit constraint", """
            class C { void M(Demo.SmtpReply r) { NUnit.Framework.Assert.That(r.Code, NUnit.Framework.Is.EqualTo({|SMTP001:250|})); NUnit.Framework.Assert.AreEqual({|SMTP001:550|}, r.Code); } }
            """ + Snippets.UserTypes + Snippets.TestFrameworks },
        { "FluentAssertions", """
            namespace T { using FluentAssertions; class C { void M(Demo.SmtpReply r) => r.Code.Should().Be({|SMTP001:550|}); } }
            """ + Snippets.UserTypes + Snippets.TestFrameworks },
        { "Shouldly", """
            namespace T { using Shouldly; class C { void M(Demo.SmtpReply r) => r.Code.ShouldBe({|SMTP001:421|}); } }
            """ + Snippets.UserTypes + Snippets.TestFrameworks },
        { "object initializer of an SMTP-named type", """
            class C { Demo.SmtpReply M() => new Demo.SmtpReply { Code = {|SMTP001:550|} }; }
            """ + Snippets.UserTypes },
        { "generated SmtpReplyCode cast", """
            class C { object M() => (SmtpCodes.SmtpReplyCode){|SMTP001:556|}; }
            """ },
        { "marked return", """
            class C { [return: SmtpCodes.SmtpReplyCode] int Pick() => {|SMTP001:550|}; }
            """ },
        { "Equals on a status", """
            class C { bool M(SmtpCommandException ex) => ex.StatusCode.Equals((SmtpStatusCode){|SMTP001:550|}); }
            """ },
        { "switch statement on MailKit status with casts", """
            class C { int M(SmtpResponse r) { switch (r.StatusCode) { case (SmtpStatusCode){|SMTP001:250|}: return 1; default: return 0; } } }
            """ },
    };

    public static TheoryData<string, string> Negatives => new()
    {
        { "HttpResponseMessage.StatusCode", """
            class C { bool M(HttpResponseMessage response) => (int)response.StatusCode == 500 || response.StatusCode == (System.Net.HttpStatusCode)503; }
            """ },
        { "ASP.NET-style StatusCode(500)", """
            class Controller { object StatusCode(int statusCode) => statusCode; object M() => StatusCode(500); }
            """ },
        { "ports", """
            class C { void M(SmtpClient client) { client.Connect("smtp.example.com", 587, MailKit.Security.SecureSocketOptions.StartTls); int port = 25; if (port == 465 || port == 2525) { } } }
            """ },
        { "timeouts", """
            class C { void M(SmtpClient client) { client.Timeout = 550; Task.Delay(550).Wait(); } }
            """ },
        { "sizes and counts", """
            class C { bool M(List<int> items, byte[] data) => items.Count == 550 || data.Length > 500; }
            """ },
        { "unrelated enum with the same numbers", """
            enum Disk { Full = 552 }
            class C { bool M(Disk d) => d == (Disk)552; }
            """ },
        { "enum member declaration", """
            enum MyCodes { MailboxUnavailable = 550, ServiceReady = 220 }
            """ },
        { "Assert.Equal against a named member", """
            class C { void M() { Assert.Equal(220, (int)SmtpStatusCode.ServiceReady); bool same = (int)SmtpStatusCode.MailboxUnavailable == 550; } }
            """ },
        { "cast compared with a named member", """
            class C { bool M() => (SmtpStatusCode)550 == SmtpStatusCode.MailboxUnavailable; }
            """ },
        { "reply text in strings", """
            class C { bool M(string line) => line.StartsWith("550") || line == "550 5.1.1 User unknown"; }
            """ },
        { "int parameter of an unrelated method", """
            class C { bool IsRejected(int code) => code == 550; }
            """ },
        { "local that no carrier initializes", """
            class C { bool M(string text) { var code = int.Parse(text); return code == 550; } }
            """ },
        { "type named for HTTP or FTP", """
            class HttpSmtpBridge { public int StatusCode; }
            class FtpReply { public int Code; }
            class C { bool M(HttpSmtpBridge h, FtpReply f) => h.StatusCode == 503 || f.Code == 550; }
            """ },
        { "a web controller of an SMTP project", """
            namespace Mail.Smtp.Server
            {
                public class ControllerBase { public object StatusCode(int statusCode) => statusCode; }
                public class MessagesController : ControllerBase { public object Get() => StatusCode(500); }
                public class Reply { public int Code; }
            }
            """ },
        { "port and timeout of an SMTP client", """
            namespace Mail.Smtp { class Client { public Client(string host, int port = 25) { } public int Timeout = 100; } class C { Client M() => new Client("h", 587) { Timeout = 550 }; } }
            """ },
        { "a named code already", """
            class C { bool M(SmtpCommandException ex) => ex.StatusCode == SmtpStatusCode.MailboxUnavailable; }
            """ },
        { "a const gives the number a name", """
            class C { const int Rejected = 550; bool M(SmtpCommandException ex) => (int)ex.StatusCode == Rejected; }
            """ },
        { "zero and negative sentinels", """
            class C { bool M(SmtpCommandException ex, Demo.SmtpReply r) => ex.StatusCode == 0 || r.Code == -1; }
            """ + Snippets.UserTypes },
        { "non-code member of an SMTP-named type", """
            class SmtpSettings { public int Port; public int RetryCount; }
            class C { bool M(SmtpSettings s) => s.Port == 587 || s.RetryCount == 250; }
            """ },
    };

    [Theory]
    [MemberData(nameof(Positives))]
    public Task Every_positive_shape_is_reported(string shape, string source) => SmtpVerifier.AnalyzeShapeAsync(shape, source);

    [Theory]
    [MemberData(nameof(Negatives))]
    public Task No_negative_shape_is_reported(string shape, string source) => SmtpVerifier.AnalyzeShapeAsync(shape, source);

    /// <summary>Fix All in one pass over many neighbouring diagnostics (the arms of one switch expression, one chain of ||).</summary>
    [Fact]
    public Task FixAll_fixes_every_arm_in_one_pass()
        => SmtpVerifier.FixAsync<ReplyCodeLiteralCodeFixProvider>(
            """
            class C
            {
                string M(SmtpCommandException ex) => (int)ex.StatusCode switch { {|SMTP001:550|} => "a", {|SMTP001:551|} => "b", {|SMTP001:552|} => "c", {|SMTP001:553|} => "d", {|SMTP001:554|} => "e", {|SMTP001:421|} => "f", {|SMTP002:>= 500|} => "g", _ => "h" };
                bool N(SmtpCommandException ex) => (int)ex.StatusCode == {|SMTP001:550|} || (int)ex.StatusCode == {|SMTP001:551|} || ex.StatusCode == (SmtpStatusCode){|SMTP001:552|};
            }
            """,
            """
            class C
            {
                string M(SmtpCommandException ex) => (int)ex.StatusCode switch { (int)SmtpStatusCode.MailboxUnavailable => "a", (int)SmtpStatusCode.UserNotLocalTryAlternatePath => "b", (int)SmtpStatusCode.ExceededStorageAllocation => "c", (int)SmtpStatusCode.MailboxNameNotAllowed => "d", (int)SmtpStatusCode.TransactionFailed => "e", (int)SmtpStatusCode.ServiceNotAvailable => "f", {|SMTP002:>= 500|} => "g", _ => "h" };
                bool N(SmtpCommandException ex) => ex.StatusCode == SmtpStatusCode.MailboxUnavailable || ex.StatusCode == SmtpStatusCode.UserNotLocalTryAlternatePath || ex.StatusCode == SmtpStatusCode.ExceededStorageAllocation;
            }
            """);

    [Fact]
    public Task Generated_code_is_skipped()
        => SmtpVerifier.AnalyzeAsync(
            "// <auto-generated/>\n" + SmtpVerifier.Header + "class C { bool M(SmtpCommandException ex) => (int)ex.StatusCode == 550; }",
            new SmtpVerifier.Options { WithHeader = false });

    [Fact]
    public Task Member_named_in_EditorConfig_is_a_carrier()
        => SmtpVerifier.AnalyzeAsync(
            "class C { bool M(Demo.Line line) => line.Status == {|SMTP001:550|}; }" + Snippets.UserTypes,
            new SmtpVerifier.Options { EditorConfig = "smtpcodes.reply_code_members = P:Demo.Line.Status|F:Demo.Other.Field" });

    [Fact]
    public Task Inference_from_type_names_can_be_switched_off()
        => SmtpVerifier.AnalyzeAsync(
            "class C { bool M(Demo.SmtpReply r, Demo.Bounce b) => r.Code == 550 || b.Code == {|SMTP001:550|}; }" + Snippets.UserTypes,
            new SmtpVerifier.Options { EditorConfig = "smtpcodes.infer_from_type_names = false" });

    [Fact]
    public Task Fix_compares_the_enum_itself()
        => SmtpVerifier.FixAsync<ReplyCodeLiteralCodeFixProvider>(
            "class C { bool M(SmtpCommandException ex) => (int)ex.StatusCode == {|SMTP001:550|}; }",
            "class C { bool M(SmtpCommandException ex) => ex.StatusCode == SmtpStatusCode.MailboxUnavailable; }");

    [Fact]
    public Task Fix_replaces_the_cast_with_the_member()
        => SmtpVerifier.FixAsync<ReplyCodeLiteralCodeFixProvider>(
            "class C { void M() => throw new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, (SmtpStatusCode){|SMTP001:550|}, \"gone\"); }",
            "class C { void M() => throw new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, \"gone\"); }");

    [Fact]
    public Task Fix_uses_the_generated_name_for_a_code_the_enum_lacks_and_adds_the_using()
        => SmtpVerifier.FixAsync<ReplyCodeLiteralCodeFixProvider>(
            "class C { bool M(NetMail.SmtpException ex) => ex.StatusCode == (NetMail.SmtpStatusCode){|SMTP001:535|}; }",
            "class C { bool M(NetMail.SmtpException ex) => ex.StatusCode == (NetMail.SmtpStatusCode)SmtpReplyCode.AuthenticationCredentialsInvalid; }",
            SmtpVerifier.ImportsSmtpCodes);

    [Fact]
    public Task Fix_writes_a_constant_in_case_labels()
        => SmtpVerifier.FixAsync<ReplyCodeLiteralCodeFixProvider>(
            """
            class C
            {
                string M(SmtpCommandException ex)
                {
                    var code = (int)ex.StatusCode;
                    switch (code)
                    {
                        case {|SMTP001:550|}: // gone
                            return "gone";
                        default:
                            return "other";
                    }
                }
            }
            """,
            """
            class C
            {
                string M(SmtpCommandException ex)
                {
                    var code = (int)ex.StatusCode;
                    switch (code)
                    {
                        case (int)SmtpStatusCode.MailboxUnavailable: // gone
                            return "gone";
                        default:
                            return "other";
                    }
                }
            }
            """);

    [Fact]
    public Task Fix_offers_the_new_name_of_a_renamed_code_never_its_obsolete_former_name()
        => SmtpVerifier.FixAsync<ReplyCodeLiteralCodeFixProvider>(
            "class C { bool M(Demo.Bounce b) => b.Code == {|SMTP001:571|}; }" + Snippets.UserTypes,
            "class C { bool M(Demo.Bounce b) => b.Code == (int)SmtpReplyCode.DeliveryNotAuthorized; }" + Snippets.UserTypes,
            SmtpVerifier.ImportsSmtpCodes);

    [Fact]
    public Task Fix_writes_a_constant_in_or_patterns()
        => SmtpVerifier.FixAsync<ReplyCodeLiteralCodeFixProvider>(
            "class C { bool M(Demo.Bounce b) => b.Code is {|SMTP001:550|} or /* moved */ {|SMTP001:551|}; }" + Snippets.UserTypes,
            "class C { bool M(Demo.Bounce b) => b.Code is (int)SmtpReplyCode.MailboxUnavailable or /* moved */ (int)SmtpReplyCode.UserNotLocal; }" + Snippets.UserTypes,
            SmtpVerifier.ImportsSmtpCodes);

    [Fact]
    public Task Fix_writes_a_constant_in_switch_expression_arms_and_property_patterns()
        => SmtpVerifier.FixAsync<ReplyCodeLiteralCodeFixProvider>(
            "class C { string M(SmtpResponse r, Demo.Bounce b) => b is { Code: {|SMTP001:421|} } ? \"later\" : (int)r.StatusCode switch { {|SMTP001:250|} => \"ok\", _ => \"other\" }; }" + Snippets.UserTypes,
            "class C { string M(SmtpResponse r, Demo.Bounce b) => b is { Code: (int)SmtpReplyCode.ServiceNotAvailable } ? \"later\" : (int)r.StatusCode switch { (int)SmtpStatusCode.Ok => \"ok\", _ => \"other\" }; }" + Snippets.UserTypes,
            SmtpVerifier.ImportsSmtpCodes);

    [Fact]
    public Task Fix_adds_the_using_to_a_file_without_usings()
        => SmtpVerifier.FixAsync<ReplyCodeLiteralCodeFixProvider>(
            "namespace App;\n\nclass C\n{\n    bool M([SmtpCodes.SmtpReplyCode] int code) => code == {|SMTP001:550|};\n}\n",
            "using SmtpCodes;\n\nnamespace App;\n\nclass C\n{\n    bool M([SmtpCodes.SmtpReplyCode] int code) => code == (int)SmtpReplyCode.MailboxUnavailable;\n}\n",
            new SmtpVerifier.Options { WithHeader = false });

    [Fact]
    public Task FixAll_in_document_project_and_solution()
        => SmtpVerifier.FixAsync<ReplyCodeLiteralCodeFixProvider>(
            new[]
            {
                "class C { bool M(SmtpCommandException ex) => (int)ex.StatusCode == {|SMTP001:550|} || ex.StatusCode == (SmtpStatusCode){|SMTP001:452|}; }",
                "class D { bool M(Demo.Bounce b) => b.Code == {|SMTP001:421|} || b.Code == {|SMTP001:250|}; }" + Snippets.UserTypes,
            },
            new[]
            {
                "class C { bool M(SmtpCommandException ex) => ex.StatusCode == SmtpStatusCode.MailboxUnavailable || ex.StatusCode == SmtpStatusCode.InsufficientStorage; }",
                "class D { bool M(Demo.Bounce b) => b.Code == (int)SmtpReplyCode.ServiceNotAvailable || b.Code == (int)SmtpReplyCode.RequestedActionOkay; }" + Snippets.UserTypes,
            },
            new SmtpVerifier.Options { FixedHeaders = new[] { SmtpVerifier.Header, SmtpVerifier.HeaderWithSmtpCodes } });
}
