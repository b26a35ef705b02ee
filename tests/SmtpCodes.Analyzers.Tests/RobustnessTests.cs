using System.Threading.Tasks;
using SmtpCodes.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Analyzers.Tests;

/// <summary>No AD0001 on any input: the rules and fixes run on code that is half written, as in the IDE.</summary>
public class RobustnessTests
{
    public static TheoryData<string, string> BrokenCode => new()
    {
        { "missing semicolons", """
            class C { void M(SmtpCommandException ex) { var code = (int)ex.StatusCode if (code == 550) return switch (code) { case 421 } } }
            """ },
        { "unresolved types", """
            class C { bool M(SmtpMystery ex) => (int)ex.StatusCode == 550 || ex.Reply.Code >= 500 || Unknown.Parse("5.1.1") == ex.Enhanced; }
            """ },
        { "switch without cases", """
            class C { void M(SmtpCommandException ex) { switch ((int)ex.StatusCode) { } var s = (int)ex.StatusCode switch { }; } }
            """ },
        { "unfinished comparisons", """
            class C { bool M(SmtpCommandException ex) => (int)ex.StatusCode == || (int)ex.StatusCode >= && 500 < ; }
            """ },
        { "unfinished patterns", """
            class C { bool M(SmtpResponse r) => r is { StatusCode: } || (int)r.StatusCode is >= and < 500 || r is (SmtpStatusCode); }
            """ },
        { "casts of nothing", """
            class C { object M() => (SmtpStatusCode) + (SmtpCodes.SmtpReplyCode)() + SmtpCodes.SmtpEnhancedStatusCode.Parse(); }
            """ },
        { "overflowing and odd literals", """
            class C { bool M(SmtpCommandException ex) => (int)ex.StatusCode == 99999999999999999999 || (int)ex.StatusCode == 0x226 || (int)ex.StatusCode == 5_50 || ex.StatusCode == (SmtpStatusCode)550u; }
            """ },
        { "ulong beyond long", """
            class SmtpReply { public ulong Code; }
            class C { bool M(SmtpReply r) => r.Code == 18446744073709551615UL || r.Code >= 18446744073709551600UL; }
            """ },
        { "local initialized from itself", """
            class C { bool M() { var code = code; return code == 550; } }
            """ },
        { "attribute on nothing", """
            class C { [SmtpCodes.SmtpReplyCode] int Code => ; bool M() => Code == 550 && Code.ToString().StartsWith(; }
            """ },
        { "top-level statements and a stray return", """
            var ex = new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, (SmtpStatusCode)550, "x");
            if ((int)ex.StatusCode / 100 == ) return;
            return 550;
            """ },
        { "enhanced text in broken calls", """
            class C { void M(Demo.Bounce b) { b.Enhanced == "5.1.1" ; SmtpCodes.SmtpEnhancedStatusCode.TryParse("5.1.1", out ); switch (b.Enhanced) { case "5.1.1" } } }
            """ + Snippets.UserTypes },
    };

    [Theory]
    [MemberData(nameof(BrokenCode))]
    public async Task Rules_and_fixes_survive(string shape, string source)
    {
        Assert.False(string.IsNullOrWhiteSpace(shape));
        await SmtpVerifier.SurviveAsync(new[] { source });
    }

    [Fact]
    public async Task Rules_survive_without_the_generated_types()
    {
        foreach ((string _, string source) in Rows(BrokenCode))
        {
            await SmtpVerifier.SurviveAsync(new[] { source }, new SmtpVerifier.Options { WithGenerator = false });
        }
    }

    [Fact]
    public async Task Broken_code_still_gets_reported()
    {
        var diagnostics = await SmtpVerifier.SurviveAsync(new[] { "class C { void M(SmtpCommandException ex) { if ((int)ex.StatusCode == 550) return } }" });
        Assert.Contains(diagnostics, d => d.Id == DiagnosticIds.ReplyCodeLiteral);
    }

    private static System.Collections.Generic.IEnumerable<(string, string)> Rows(TheoryData<string, string> data)
    {
        foreach (object[] row in data)
        {
            yield return ((string)row[0], (string)row[1]);
        }
    }
}
