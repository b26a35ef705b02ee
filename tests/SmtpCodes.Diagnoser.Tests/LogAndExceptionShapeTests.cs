using Xunit;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// The shapes replies have outside a bounce: MTA log lines, DSN diagnostic fields, the exception texts of Python's
/// smtplib, MailKit and System.Net.Mail, and a greeting logged before the failing reply.
/// </summary>
public sealed class LogAndExceptionShapeTests
{
    [Theory]
    // Python smtplib: the code travels in a tuple, (code, b'text', ...).
    [InlineData("smtplib.SMTPRecipientsRefused: {'a@example.net': (550, b'5.1.1 <a@example.net>: Recipient address rejected: User unknown in local recipient table')}", 550, "5.1.1")]
    [InlineData("smtplib.SMTPSenderRefused: (530, b'5.7.0 Must issue a STARTTLS command first', 'b@example.org')", 530, "5.7.0")]
    [InlineData("smtplib.SMTPDataError: (554, 'DT:SPM 163 smtp9,please see http://mail.163.com/help/help_spam_16.htm')", 554, "")]
    // Postfix's log: dsn=, status=, and the remote reply after "said:" or alone in parentheses.
    [InlineData("to=<a@example.jp>, relay=mx.example.jp[192.0.2.1]:25, delay=0.55, dsn=5.0.0, status=bounced (550 User unknown)", 550, "5.0.0")]
    [InlineData("to=<a@example.net>, relay=none, delay=30, dsn=4.4.1, status=deferred (connect to mx.example.net[192.0.2.1]:25: Connection timed out)", 0, "4.4.1")]
    // Sendmail's log: stat=.
    [InlineData("to=<a@example.com>, delay=00:28:00, mailer=esmtp, relay=mx.example.com. [192.0.2.1], dsn=4.7.1, stat=Deferred: 450 4.7.1 Client host rejected: cannot find your hostname", 450, "4.7.1")]
    [InlineData("to=<a@example.com>, mailer=esmtp, relay=mx.example.com. [192.0.2.1], dsn=5.1.1, stat=User unknown", 0, "5.1.1")]
    // Exchange's supplementary information: "#< #5.1.1 smtp;550 ...>".
    [InlineData("#< #5.1.1 smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found>", 550, "5.1.1")]
    // A greeting logged before the failing reply: the failure decides, not the 220.
    [InlineData("220-mx.example.com ESMTP ready\n554 5.7.1 Access denied: your IP is listed", 554, "5.7.1")]
    [InlineData("220 mx.example.com ESMTP\n421 4.7.0 Too many connections, try again later", 421, "4.7.0")]
    // x-unix diagnostics carry a program's exit status, not an SMTP code.
    [InlineData("X-Unix; 255", 0, "")]
    [InlineData("x-unix; 75", 0, "")]
    // AOL's and docomo's "Unknown address error 550-'...'" quotes the remote reply after a word.
    [InlineData("smtp; 5.3.0 - Other mail system problem 550-\"Unknown user a@example.jp\" (delivery attempts: 0)", 550, "5.3.0")]
    // MailKit's SmtpCommandException.Message: the text without the basic code.
    [InlineData("5.7.8 Username and Password not accepted. Learn more at", 0, "5.7.8")]
    public void Finds_the_codes(string reply, int basic, string enhanced)
    {
        SmtpReply.TryParse(reply, out var parsed);

        Assert.Equal(basic == 0 ? null : (SmtpReplyCode?)basic, parsed.BasicCode);
        Assert.Equal(enhanced.Length == 0 ? null : SmtpEnhancedStatusCode.Parse(enhanced), parsed.EnhancedCode);
    }

    [Fact]
    public void System_Net_Mail_s_own_sentence_is_not_read_as_the_server_s_text()
    {
        // System.Net.Mail writes its own words for the status ("Mailbox unavailable.") before the server's reply.
        var diagnosis = SmtpReply.Diagnose("Mailbox unavailable. The server response was: 5.7.1 Unable to relay");

        Assert.Equal(SmtpBounceReason.NoRelaying, diagnosis.Reason);
        Assert.Equal(SmtpReplyClass.Permanent, diagnosis.Class);
        Assert.False(diagnosis.IsHardBounce);
    }
}
