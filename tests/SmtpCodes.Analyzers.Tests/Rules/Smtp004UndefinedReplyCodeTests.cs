using System.Threading.Tasks;
using SmtpCodes.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Analyzers.Tests.Rules;

/// <summary>SMTP004: a number in a reply-code position that is no reply code, or that nobody defines.</summary>
public class Smtp004UndefinedReplyCodeTests
{
    public static TheoryData<string, string> Positives => new()
    {
        { "600", """
            class C { bool M(SmtpCommandException ex) => (int)ex.StatusCode == {|SMTP004:600|}; }
            """ },
        { "5500", """
            class C { bool M(SmtpCommandException ex) => (int)ex.StatusCode == {|SMTP004:5500|}; }
            """ },
        { "55", """
            class C { bool M(NetMail.SmtpException ex) => (int)ex.StatusCode != {|SMTP004:55|}; }
            """ },
        { "505, in range but defined by no RFC or catalog row", """
            class C { bool M(SmtpCommandException ex) => (int)ex.StatusCode == {|SMTP004:505|}; }
            """ },
        { "case label on a copied local", """
            class C { int M(SmtpResponse r) { var code = (int)r.StatusCode; switch (code) { case {|SMTP004:600|}: return 1; default: return 0; } } }
            """ },
        { "cast", """
            class C { object M() => (SmtpStatusCode){|SMTP004:5500|}; }
            """ },
        { "next to a defined code in an or-pattern", """
            class C { bool M(SmtpCommandException ex) => (int)ex.StatusCode is {|SMTP004:505|} or {|SMTP001:550|}; }
            """ },
        { "property pattern", """
            class C { bool M(SmtpResponse r) => r is { StatusCode: (SmtpStatusCode){|SMTP004:600|} }; }
            """ },
        { "Assert.Equal", """
            class C { void M(SmtpResponse response) => Assert.Equal({|SMTP004:505|}, (int)response.StatusCode); }
            """ },
        { "marked parameter", """
            class C { void M() => Demo.Ledger.Record({|SMTP004:600|}); }
            """ + Snippets.UserTypes },
        { "SMTP-named type", """
            class C { bool M(Demo.SmtpReply r) => r.Code == {|SMTP004:1000|}; }
            """ + Snippets.UserTypes },
        { "throw new SmtpCommandException", """
            class C { void M() => throw new SmtpCommandException(SmtpErrorCode.MessageNotAccepted, (SmtpStatusCode){|SMTP004:505|}, "typo"); }
            """ },
        { "ternary", """
            class C { void M(Demo.SmtpReply r, bool hard) => r.Code = hard ? {|SMTP001:550|} : {|SMTP004:45|}; }
            """ + Snippets.UserTypes },
        { "catch filter", """
            class C { void M(Action send) { try { send(); } catch (SmtpCommandException e) when ((int)e.StatusCode == {|SMTP004:599|}) { } } }
            """ },
        { "System.Net.Mail cast", """
            class C { bool M(NetMail.SmtpException ex) => ex.StatusCode == (NetMail.SmtpStatusCode){|SMTP004:700|}; }
            """ },
        { "generated SmtpReplyCode cast", """
            class C { object M() => (SmtpCodes.SmtpReplyCode){|SMTP004:99|}; }
            """ },
        { "assignment to a marked member", """
            class C { void M(Demo.Bounce b) => b.Code = {|SMTP004:60|}; }
            """ + Snippets.UserTypes },
    };

    public static TheoryData<string, string> Negatives => new()
    {
        { "zero means no code yet", """
            class C { bool M(SmtpCommandException ex, Demo.SmtpReply r) => (int)ex.StatusCode == 0 || r.Code == 0; }
            """ + Snippets.UserTypes },
        { "minus one sentinel", """
            class C { bool M(Demo.SmtpReply r) => r.Code == -1; }
            """ + Snippets.UserTypes },
        { "port 2525", """
            class C { void M(SmtpClient client) => client.Connect("localhost", 2525); }
            """ },
        { "HTTP status 600", """
            class C { bool M(HttpResponseMessage response) => (int)response.StatusCode == 600; }
            """ },
        { "timeout 5500", """
            class C { void M(SmtpClient client) { client.Timeout = 5500; } }
            """ },
        { "enum member declaration", """
            enum Weird { Code = 600, Other = 5500 }
            """ },
        { "int parameter of an unrelated method", """
            class C { bool M(int code) => code == 600; }
            """ },
        { "unrelated enum cast", """
            enum Weird { Code = 600 }
            class C { object M() => (Weird)600; }
            """ },
        { "reply text", """
            class C { bool M(string line) => line.StartsWith("600") || line == "5500 oops"; }
            """ },
        { "named constant", """
            class C { const int Unknown = 600; bool M(SmtpCommandException ex) => (int)ex.StatusCode == Unknown; }
            """ },
        { "counts", """
            class C { bool M(List<int> items) => items.Count == 5500; }
            """ },
        { "non-code member of an SMTP-named type", """
            class SmtpBatch { public int Count; public int Size; }
            class C { bool M(SmtpBatch b) => b.Count == 600 || b.Size == 5500; }
            """ },
        { "delays and buffers", """
            class C { async Task M() { await Task.Delay(600); var buffer = new byte[5500]; } }
            """ },
        { "a range bound is not a code", """
            class C { bool M(SmtpCommandException ex) => (int)ex.StatusCode < 600 && (int)ex.StatusCode >= 100; }
            """ },
        { "HTTP-named type", """
            class HttpReply { public int StatusCode; }
            class C { bool M(HttpReply r) => r.StatusCode == 600; }
            """ },
    };

    [Theory]
    [MemberData(nameof(Positives))]
    public Task Every_positive_shape_is_reported(string shape, string source) => SmtpVerifier.AnalyzeShapeAsync(shape, source);

    [Theory]
    [MemberData(nameof(Negatives))]
    public Task No_negative_shape_is_reported(string shape, string source) => SmtpVerifier.AnalyzeShapeAsync(shape, source);

    [Fact]
    public Task Inference_from_type_names_can_be_switched_off()
        => SmtpVerifier.AnalyzeAsync(
            "class C { bool M(Demo.SmtpReply r) => r.Code == 600; }" + Snippets.UserTypes,
            new SmtpVerifier.Options { EditorConfig = "smtpcodes.infer_from_type_names = false" });
}
