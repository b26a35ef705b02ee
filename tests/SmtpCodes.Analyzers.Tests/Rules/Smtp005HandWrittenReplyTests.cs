using System.Threading.Tasks;
using SmtpCodes.Analyzers.Tests.Infrastructure;
using SmtpCodes.CodeFixes;
using Xunit;

namespace SmtpCodes.Analyzers.Tests.Rules;

/// <summary>SMTP005 (opt-in): a server reply written by hand in a string that is sent as a reply.</summary>
public class Smtp005HandWrittenReplyTests
{
    /// <summary>The rule is off by default: these tests switch it on as a project does, in .editorconfig.</summary>
    private const string SwitchedOn = "dotnet_diagnostic.SMTP005.severity = suggestion";

    /// <summary>A home-grown server's session and log, in an SMTP namespace.</summary>
    private const string Server = """

        namespace Demo.SmtpServer
        {
            public sealed class Session
            {
                public void SendResponse(string reply) { }
                public System.Threading.Tasks.Task ReplyAsync(string reply) => System.Threading.Tasks.Task.CompletedTask;
                public void LogReply(string reply) { }
                public bool Expect(string reply) => true;
            }

            public sealed class ServerLog
            {
                public void Write(string message) { }
            }

            public sealed class Logger
            {
                public void LogInformation(string message) { }
            }
        }
        """;

    private static readonly SmtpVerifier.Options On = new() { EditorConfig = SwitchedOn };

    private static readonly SmtpVerifier.Options OnImportingSmtpCodes = new() { EditorConfig = SwitchedOn, FixedHeader = SmtpVerifier.HeaderWithSmtpCodes };

    public static TheoryData<string, string> Positives => new()
    {
        { "a TextWriter", """
            class C { void M(System.IO.TextWriter w) => w.Write({|SMTP005:"550 5.1.1 <a@b.example>: Recipient address rejected\r\n"|}); }
            """ },
        { "WriteLine of a StreamWriter", """
            class C { void M(System.IO.StreamWriter w) => w.WriteLine({|SMTP005:"250 OK"|}); }
            """ },
        { "a continuation line of an EHLO reply", """
            class C { void M(System.IO.TextWriter w) => w.Write({|SMTP005:"250-SIZE 1000\r\n"|}); }
            """ },
        { "an interpolated reply", """
            class C { Task M(System.IO.TextWriter w, string reason) => w.WriteAsync({|SMTP005:$"451 4.7.1 {reason}\r\n"|}); }
            """ },
        { "the bytes of a reply", """
            class C { void M(System.IO.Stream s) => s.Write(System.Text.Encoding.ASCII.GetBytes({|SMTP005:"220 mx.example.com ESMTP ready\r\n"|})); }
            """ },
        { "a send method of a server session", """
            class C { void M(Demo.SmtpServer.Session s) { s.SendResponse({|SMTP005:"354 Start mail input; end with <CRLF>.<CRLF>"|}); s.ReplyAsync({|SMTP005:@"221 Bye"|}); } }
            """ + Server },
        { "the start of a concatenation", """
            class C { void M(System.IO.TextWriter w, string name) => w.Write({|SMTP005:"250-"|} + name + "\r\n"); }
            """ },
    };

    public static TheoryData<string, string> Negatives => new()
    {
        { "log messages", """
            class C
            {
                void M(Demo.SmtpServer.Session s, Demo.SmtpServer.ServerLog log, Demo.SmtpServer.Logger logger)
                {
                    s.LogReply("550 5.1.1 rejected");
                    log.Write("550 5.1.1 rejected");
                    logger.LogInformation("250 OK");
                    System.Diagnostics.Debug.WriteLine("250 OK");
                    System.Diagnostics.Trace.WriteLine("250 OK");
                }
            }
            """ + Server },
        { "the console", """
            class C { void M() { Console.WriteLine("250 OK"); Console.Out.WriteLine("550 5.1.1 rejected"); Console.Error.Write("421 closing\r\n"); } }
            """ },
        { "test assertions", """
            class C { void M(string reply) { Assert.Equal("250 OK\r\n", reply); Assert.StartsWith("550 5.1.1 ", reply); } }
            """ },
        { "what a client expects", """
            class C { bool M(Demo.SmtpServer.Session s, string reply) => s.Expect("250 OK") || reply == "250 OK" || reply.StartsWith("354 "); }
            """ + Server },
        { "an exception message", """
            class C { void M() => throw new InvalidOperationException("550 5.1.1 rejected"); }
            """ },
        { "a reply code inside a sentence", """
            class C { void M(System.IO.TextWriter w) => w.Write("Sent 250 messages\r\n"); }
            """ },
        { "a client's command", """
            class C { void M(System.IO.TextWriter w) => w.Write("EHLO mx.example.com\r\n"); }
            """ },
        { "a number that is no reply code", """
            class C { void M(System.IO.TextWriter w) => w.Write("650 Not SMTP\r\n"); }
            """ },
        { "a reply kept in a variable", """
            class C { void M(System.IO.TextWriter w) { var reply = "250 OK\r\n"; w.Write(reply); } }
            """ },
    };

    [Theory]
    [MemberData(nameof(Positives))]
    public Task Every_positive_shape_is_reported(string shape, string source)
    {
        Assert.False(string.IsNullOrWhiteSpace(shape));
        return SmtpVerifier.AnalyzeAsync(source, On);
    }

    [Theory]
    [MemberData(nameof(Negatives))]
    public Task Does_not_report(string shape, string source)
    {
        Assert.False(string.IsNullOrWhiteSpace(shape));
        return SmtpVerifier.AnalyzeAsync(source, On);
    }

    [Fact]
    public Task Is_silent_unless_switched_on_in_editorconfig()
        => SmtpVerifier.AnalyzeAsync("""class C { void M(System.IO.TextWriter w) => w.Write("550 5.1.1 rejected\r\n"); }""");

    [Fact]
    public Task Reports_at_the_severity_editorconfig_gives()
        => SmtpVerifier.AnalyzeAsync(
            """class C { void M(System.IO.TextWriter w) => w.Write({|SMTP005:"550 5.1.1 rejected\r\n"|}); }""",
            new SmtpVerifier.Options { EditorConfig = "dotnet_diagnostic.SMTP005.severity = warning" });

    [Fact]
    public async Task The_message_names_the_codes_and_the_formatter()
    {
        var diagnostics = await SmtpVerifier.DiagnosticsAsync(
            """class C { void M(System.IO.TextWriter w) { w.Write("550 5.1.1 rejected\r\n"); w.Write("250-SIZE 1000\r\n"); w.Write("550 4.7.1 refused\r\n"); } }""",
            On);

        Assert.Equal(
            new[]
            {
                "SMTP reply \"550 5.1.1\" is written by hand: use SmtpReply.Format",
                "SMTP reply \"250-\" is written by hand: use SmtpReply.FormatLines, which writes every line of a multi-line reply",
                "SMTP reply \"550 4.7.1\" is written by hand: use SmtpReply.Format, which refuses an enhanced code whose class is not the reply's (RFC 3463)",
            },
            System.Linq.Enumerable.Select(diagnostics, d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(diagnostics, d => Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Info, d.Severity));
    }

    [Fact]
    public Task Fix_writes_the_formatter_call_with_both_codes()
        => SmtpVerifier.FixAsync<HandWrittenReplyCodeFixProvider>(
            """class C { void M(System.IO.TextWriter w) => w.Write({|SMTP005:"550 5.1.1 <a@b.example>: Recipient address rejected\r\n"|}); }""",
            """class C { void M(System.IO.TextWriter w) => w.Write(SmtpReply.Format(SmtpReplyCode.MailboxUnavailable, SmtpEnhancedStatusCode.Permanent.BadDestinationMailboxAddress, "<a@b.example>: Recipient address rejected")); }""",
            OnImportingSmtpCodes);

    [Fact]
    public Task Fix_turns_WriteLine_into_Write_as_the_formatter_ends_the_line_in_CR_LF()
        => SmtpVerifier.FixAsync<HandWrittenReplyCodeFixProvider>(
            """class C { void M(System.IO.StreamWriter w) => w.WriteLine({|SMTP005:"250 OK"|}); }""",
            """class C { void M(System.IO.StreamWriter w) => w.Write(SmtpReply.Format(SmtpReplyCode.RequestedActionOkay, "OK")); }""",
            OnImportingSmtpCodes);

    [Fact]
    public Task Fix_keeps_the_holes_of_an_interpolated_reply()
        => SmtpVerifier.FixAsync<HandWrittenReplyCodeFixProvider>(
            """class C { Task M(System.IO.TextWriter w, string reason, int seconds) => w.WriteAsync({|SMTP005:$"451 4.7.1 {reason}: try again in {seconds} s {{greylisted}}\r\n"|}); }""",
            """class C { Task M(System.IO.TextWriter w, string reason, int seconds) => w.WriteAsync(SmtpReply.Format(SmtpReplyCode.LocalErrorInProcessing, SmtpEnhancedStatusCode.Transient.DeliveryNotAuthorized, $"{reason}: try again in {seconds} s {{greylisted}}")); }""",
            OnImportingSmtpCodes);

    [Fact]
    public Task Fix_joins_the_lines_of_a_whole_multi_line_reply()
        => SmtpVerifier.FixAsync<HandWrittenReplyCodeFixProvider>(
            """class C { byte[] M() => System.Text.Encoding.ASCII.GetBytes({|SMTP005:"250-mx.example.com\r\n250-SIZE 1000\r\n250 8BITMIME\r\n"|}); }""",
            """class C { byte[] M() => System.Text.Encoding.ASCII.GetBytes(SmtpReply.Format(SmtpReplyCode.RequestedActionOkay, "mx.example.com\r\nSIZE 1000\r\n8BITMIME")); }""",
            OnImportingSmtpCodes);

    /// <summary>Each of these is reported and left as it is: the fixed file is the file.</summary>
    private const string WithoutFix = """
            class C
            {
                void M(System.IO.TextWriter w, Demo.SmtpServer.Session s, string name)
                {
                    w.Write({|SMTP005:"250-SIZE 1000\r\n"|});
                    w.Write({|SMTP005:"550 4.7.1 classes differ\r\n"|});
                    w.Write({|SMTP005:"250-"|} + name + "\r\n");
                    w.Write({|SMTP005:"250-first\r\n251 second\r\n"|});
                    w.Write({|SMTP005:"550 5.7.606 vendor detail\r\n"|});
                    s.SendResponse({|SMTP005:"250 OK"|});
                }
            }
            """;

    [Fact]
    public Task No_fix_where_the_formatter_would_write_something_else()
        => SmtpVerifier.FixAsync<HandWrittenReplyCodeFixProvider>(WithoutFix + Server, WithoutFix + Server, On);
}
