using System.Threading.Tasks;
using SmtpCodes.Analyzers.Tests.Infrastructure;
using SmtpCodes.CodeFixes;
using Xunit;

namespace SmtpCodes.Analyzers.Tests.Rules;

/// <summary>SMTP002: a hand-written class check on a reply code.</summary>
public class Smtp002HandWrittenClassCheckTests
{
    public static TheoryData<string, string> Positives => new()
    {
        { ">= 500 on a MailKit status", """
            class C { bool M(SmtpCommandException ex) => {|SMTP002:(int)ex.StatusCode >= 500|}; }
            """ },
        { ">= 400 && < 500 on a copied local", """
            class C { bool M(SmtpCommandException ex) { var code = (int)ex.StatusCode; return {|SMTP002:code >= 400 && code < 500|}; } }
            """ },
        { "/ 100 == 5", """
            class C { bool M(SmtpResponse r) => {|SMTP002:(int)r.StatusCode / 100 == 5|}; }
            """ },
        { ".ToString().StartsWith(\"5\")", """
            class C { bool M(SmtpResponse r) => {|SMTP002:((int)r.StatusCode).ToString().StartsWith("5")|}; }
            """ },
        { "> 499 on an SMTP-named type", """
            class C { bool M(Demo.SmtpReply r) => {|SMTP002:r.Code > 499|}; }
            """ + Snippets.UserTypes },
        { "< 400 on a marked member", """
            class C { bool M(Demo.Bounce b) => {|SMTP002:b.Code < 400|}; }
            """ + Snippets.UserTypes },
        { "relational and-pattern", """
            class C { bool M(SmtpCommandException ex) => {|SMTP002:(int)ex.StatusCode is >= 400 and < 500|}; }
            """ },
        { "relational pattern", """
            class C { bool M(SmtpCommandException ex) => {|SMTP002:(int)ex.StatusCode is >= 500|}; }
            """ },
        { "bound on the left", """
            class C { bool M(SmtpCommandException ex) => {|SMTP002:500 <= (int)ex.StatusCode|}; }
            """ },
        { "/ 100 != 2", """
            class C { bool M(Demo.Bounce b) => {|SMTP002:b.Code / 100 != 2|}; }
            """ + Snippets.UserTypes },
        { "first character of the text", """
            class C { bool M(SmtpCommandException e) => {|SMTP002:((int)e.StatusCode).ToString()[0] == '4'|}; }
            """ },
        { "enum compared with a cast bound", """
            class C { bool M(SmtpCommandException ex) => {|SMTP002:ex.StatusCode >= (SmtpStatusCode)500|}; }
            """ },
        { ">= 200 && <= 299", """
            class C { bool M(NetMail.SmtpException ex) => {|SMTP002:(int)ex.StatusCode >= 200 && (int)ex.StatusCode <= 299|}; }
            """ },
        { "the generated SmtpReplyCode itself", """
            class C { bool M(SmtpCodes.SmtpReplyCode code) => {|SMTP002:(int)code >= 500|}; }
            """ },
        { "catch filter", """
            class C { void M(Action send) { try { send(); } catch (SmtpCommandException e) when ({|SMTP002:(int)e.StatusCode >= 400 && (int)e.StatusCode < 500|}) { } } }
            """ },
        { "ternary", """
            class C { string M(SmtpCommandException ex) => {|SMTP002:(int)ex.StatusCode >= 500|} ? "hard" : "soft"; }
            """ },
        { "marked parameter", """
            class C { static bool Hard([SmtpCodes.SmtpReplyCode] int code) => {|SMTP002:code >= 500|}; }
            """ },
        { ">= 400 on System.Net.Mail", """
            class C { bool M(NetMail.SmtpFailedRecipientException ex) => {|SMTP002:(int)ex.StatusCode >= 400|}; }
            """ },
        { "/ 100 == 3 and / 100 == 1", """
            class C { bool M(SmtpResponse r) => {|SMTP002:(int)r.StatusCode / 100 == 3|} || {|SMTP002:(int)r.StatusCode / 100 == 1|}; }
            """ },
        { "property pattern", """
            class C { bool M(Demo.SmtpReply r) => r is { Code: {|SMTP002:>= 500|} }; }
            """ + Snippets.UserTypes },
        { "switch expression arms", """
            class C { string M(SmtpCommandException ex) => (int)ex.StatusCode switch { {|SMTP002:>= 500|} => "hard", {|SMTP002:>= 400 and < 500|} => "soft", _ => "ok" }; }
            """ },
        { "case pattern on a copied local", """
            class C { int M(SmtpResponse r) { var code = (int)r.StatusCode; switch (code) { case {|SMTP002:>= 200 and <= 299|}: return 0; default: return 1; } } }
            """ },
        { "|| outside one class", """
            class C { bool M(Demo.SmtpReply r) => {|SMTP002:r.Code < 200 || r.Code > 299|}; }
            """ + Snippets.UserTypes },
        { "an enum's ToString() is its name, never digits", """
            class C { bool M(SmtpCommandException ex) => {|SMTP002:ex.StatusCode.ToString().StartsWith("5")|}; }
            """ },
        { "constructor parameter of a server reply", """
            class SmtpServerReply { public bool Hard; public SmtpServerReply(int responseCode) { if ({|SMTP002:responseCode >= 500|}) { Hard = true; } } }
            """ },
        { "field of an SMTP exception", """
            class SMTP_ClientException : Exception { private readonly int m_StatusCode; public bool IsPermanentError => {|SMTP002:m_StatusCode >= 500 && m_StatusCode <= 599|}; }
            """ },
        { "StartsWith a char", """
            class C { bool M(Demo.SmtpReply r) => {|SMTP002:r.Code.ToString().StartsWith('2')|}; }
            """ + Snippets.UserTypes },
    };

    public static TheoryData<string, string> Negatives => new()
    {
        { "HTTP status", """
            class C { bool M(HttpResponseMessage response) => (int)response.StatusCode >= 500 || (int)response.StatusCode / 100 == 4; }
            """ },
        { "timeouts", """
            class C { bool M(int timeoutMs, SmtpClient client) => timeoutMs >= 500 || client.Timeout < 400; }
            """ },
        { "bounds that are no class", """
            class C { bool M(SmtpCommandException ex) => (int)ex.StatusCode >= 550 || (int)ex.StatusCode < 421; }
            """ },
        { "|| of two classes", """
            class C { bool M(Demo.SmtpReply r) => r.Code < 200 || r.Code >= 400; }
            """ + Snippets.UserTypes },
        { "|| validity check", """
            class SmtpLine { public SmtpLine(int replyCode) { if (replyCode < 200 || replyCode > 599) { throw new ArgumentException(); } } }
            """ },
        { "reply text", """
            class C { bool M(SmtpResponse r) => r.Response.StartsWith("5") || r.Response[0] == '4'; }
            """ },
        { "int parameter of an unrelated method", """
            class C { bool IsHard(int code) => code >= 500 && code < 600; }
            """ },
        { "validity check, not a class", """
            class C { bool M(SmtpCommandException ex) => (int)ex.StatusCode >= 100 && (int)ex.StatusCode < 600; }
            """ },
        { "two classes at once", """
            class C { bool M(SmtpCommandException ex) => (int)ex.StatusCode >= 200 && (int)ex.StatusCode < 400; }
            """ },
        { "counts divided by 100", """
            class C { bool M(List<string> items) => items.Count / 100 == 5; }
            """ },
        { "ports", """
            class C { bool M(int port) => port >= 500 || port < 1024; }
            """ },
        { "remainder, not a class", """
            class C { bool M(SmtpCommandException ex) => (int)ex.StatusCode % 100 == 50; }
            """ },
        { "message lengths", """
            class C { bool M(SmtpCommandException ex) => ex.Message.Length >= 500; }
            """ },
        { "the generated check already", """
            class C { bool M(SmtpCodes.SmtpReplyCode code) => SmtpCodes.SmtpReplyCodeExtensions.IsPermanent(code) || SmtpCodes.SmtpReplyCodeExtensions.GetClass(code) >= SmtpCodes.SmtpReplyClass.Transient; }
            """ },
        { "unrelated enum", """
            enum Level { Low = 100, High = 500 }
            class C { bool M(Level level) => level >= (Level)500; }
            """ },
        { "switch arms that are no class", """
            class C { string M(SmtpCommandException ex, HttpResponseMessage h) => (int)ex.StatusCode switch { >= 550 => "a", < 421 => "b", _ => (int)h.StatusCode switch { >= 500 => "http", _ => "c" } }; }
            """ },
        { "HTTP-named type", """
            class SmtpHttpBridge { public int StatusCode; }
            class C { bool M(SmtpHttpBridge b) => b.StatusCode >= 500; }
            """ },
        { "different values on each side of &&", """
            class C { bool M(SmtpCommandException a, SmtpCommandException b) => (int)a.StatusCode >= 400 && (int)b.StatusCode < 500; }
            """.Replace("(int)a.StatusCode >= 400", "(int)a.StatusCode >= 410").Replace("(int)b.StatusCode < 500", "(int)b.StatusCode < 510") },
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
            "class C { bool M(Demo.SmtpReply r) => r.Code >= 500; }" + Snippets.UserTypes,
            new SmtpVerifier.Options { EditorConfig = "smtpcodes.infer_from_type_names = false" });

    [Fact]
    public async Task Never_true_enum_text_says_so()
    {
        var diagnostics = await SmtpVerifier.DiagnosticsAsync("class C { bool M(SmtpCommandException ex) => ex.StatusCode.ToString().StartsWith(\"4\"); }");
        string message = Assert.Single(diagnostics).GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("An enum's ToString() is its name (\"MailboxUnavailable\"), never its number, so this check is never true: use IsTransient()", message);
    }

    [Fact]
    public async Task Or_range_is_one_negated_check()
    {
        var diagnostics = await SmtpVerifier.DiagnosticsAsync("class C { bool M(Demo.SmtpReply r) => r.Code < 200 || r.Code > 299; }" + Snippets.UserTypes);
        Assert.Equal("Hand-written class check on an SMTP reply code: use !IsSuccess()", Assert.Single(diagnostics).GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public Task Fix_calls_the_MailKit_extension()
        => SmtpVerifier.FixAsync<ClassCheckCodeFixProvider>(
            "class C { bool M(SmtpCommandException ex) => {|SMTP002:(int)ex.StatusCode >= 500|} || {|SMTP002:ex.StatusCode.ToString().StartsWith(\"4\")|}; }",
            "class C { bool M(SmtpCommandException ex) => ex.StatusCode.IsPermanent() || ex.StatusCode.IsTransient(); }",
            SmtpVerifier.ImportsSmtpCodes);

    [Fact]
    public Task Fix_negates_an_or_range()
        => SmtpVerifier.FixAsync<ClassCheckCodeFixProvider>(
            "class C { bool M(SmtpCommandException ex) => {|SMTP002:(int)ex.StatusCode < 400 || (int)ex.StatusCode >= 500|}; }",
            "class C { bool M(SmtpCommandException ex) => !ex.StatusCode.IsTransient(); }",
            SmtpVerifier.ImportsSmtpCodes);

    [Fact]
    public Task Fix_of_an_int_cast_of_the_librarys_enum_calls_its_extension()
        => SmtpVerifier.FixAsync<ClassCheckCodeFixProvider>(
            "class C { bool M(SmtpCommandException ex) => {|SMTP002:(int)ex.StatusCode >= 500|}; }",
            "class C { bool M(SmtpCommandException ex) => ex.StatusCode.IsPermanent(); }",
            SmtpVerifier.ImportsSmtpCodes);

    [Fact]
    public Task Fix_casts_an_int()
        => SmtpVerifier.FixAsync<ClassCheckCodeFixProvider>(
            """
            class C
            {
                bool M(SmtpCommandException ex)
                {
                    var code = (int)ex.StatusCode;
                    return /* retry */ {|SMTP002:code >= 400 && code < 500|}; // soon
                }
            }
            """,
            """
            class C
            {
                bool M(SmtpCommandException ex)
                {
                    var code = (int)ex.StatusCode;
                    return /* retry */ ((SmtpReplyCode)code).IsTransient(); // soon
                }
            }
            """,
            SmtpVerifier.ImportsSmtpCodes);

    [Fact]
    public Task Fix_calls_the_generated_code_directly()
        => SmtpVerifier.FixAsync<ClassCheckCodeFixProvider>(
            "namespace SmtpCodes.App { class C { bool M(SmtpReplyCode code) => {|SMTP002:(int)code / 100 == 5|}; } }",
            "namespace SmtpCodes.App { class C { bool M(SmtpReplyCode code) => code.IsPermanent(); } }");

    [Fact]
    public Task Fix_replaces_StartsWith()
        => SmtpVerifier.FixAsync<ClassCheckCodeFixProvider>(
            "class C { bool M(SmtpResponse r) => !{|SMTP002:((int)r.StatusCode).ToString().StartsWith(\"5\")|}; }",
            "class C { bool M(SmtpResponse r) => !r.StatusCode.IsPermanent(); }",
            SmtpVerifier.ImportsSmtpCodes);

    [Fact]
    public Task Fix_compares_the_class_for_open_ranges()
        => SmtpVerifier.FixAsync<ClassCheckCodeFixProvider>(
            "class C { bool M(Demo.Bounce b, bool urgent) => urgent && {|SMTP002:b.Code < 400|}; }" + Snippets.UserTypes,
            "class C { bool M(Demo.Bounce b, bool urgent) => urgent && ((SmtpReplyCode)b.Code).GetClass() < SmtpReplyClass.Transient; }" + Snippets.UserTypes,
            SmtpVerifier.ImportsSmtpCodes);

    [Fact]
    public Task Fix_negates_not_equals()
        => SmtpVerifier.FixAsync<ClassCheckCodeFixProvider>(
            "class C { bool M(Demo.Bounce b) => {|SMTP002:b.Code / 100 != 2|}; }" + Snippets.UserTypes,
            "class C { bool M(Demo.Bounce b) => !((SmtpReplyCode)b.Code).IsSuccess(); }" + Snippets.UserTypes,
            SmtpVerifier.ImportsSmtpCodes);

    [Fact]
    public Task Fix_rewrites_a_pattern()
        => SmtpVerifier.FixAsync<ClassCheckCodeFixProvider>(
            "class C { bool M(SmtpCommandException ex) => {|SMTP002:(int)ex.StatusCode is >= 400 and < 500|}; }",
            "class C { bool M(SmtpCommandException ex) => ex.StatusCode.IsTransient(); }",
            SmtpVerifier.ImportsSmtpCodes);

    [Fact]
    public Task No_fix_in_a_pattern_position()
        => SmtpVerifier.FixAsync<ClassCheckCodeFixProvider>(
            "class C { bool M(Demo.SmtpReply r) => r is { Code: {|SMTP002:>= 500|} }; }" + Snippets.UserTypes,
            "class C { bool M(Demo.SmtpReply r) => r is { Code: {|SMTP002:>= 500|} }; }" + Snippets.UserTypes);

    [Fact]
    public Task No_fix_for_a_nullable_code()
        => SmtpVerifier.FixAsync<ClassCheckCodeFixProvider>(
            "class C { bool M(Demo.SmtpReply r) => {|SMTP002:r.StatusCode >= 500|}; }" + Snippets.UserTypes,
            "class C { bool M(Demo.SmtpReply r) => {|SMTP002:r.StatusCode >= 500|}; }" + Snippets.UserTypes);

    [Fact]
    public Task FixAll_in_document_project_and_solution()
        => SmtpVerifier.FixAsync<ClassCheckCodeFixProvider>(
            new[]
            {
                "class C { bool M(SmtpCommandException ex) => {|SMTP002:(int)ex.StatusCode >= 500|} || {|SMTP002:(int)ex.StatusCode / 100 == 4|}; }",
                "class D { bool M(Demo.SmtpReply r) => {|SMTP002:r.Code >= 200 && r.Code < 300|}; }" + Snippets.UserTypes,
            },
            new[]
            {
                "class C { bool M(SmtpCommandException ex) => ex.StatusCode.IsPermanent() || ex.StatusCode.IsTransient(); }",
                "class D { bool M(Demo.SmtpReply r) => ((SmtpReplyCode)r.Code).IsSuccess(); }" + Snippets.UserTypes,
            },
            SmtpVerifier.ImportsSmtpCodes);
}
