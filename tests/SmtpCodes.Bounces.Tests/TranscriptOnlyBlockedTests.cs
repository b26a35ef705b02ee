using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// A Postfix notice whose recipient line quotes a reply that says only "Blocked" ("host mx[ip] said: 550 Blocked (in
/// reply to RCPT TO command)", smtp(8)) refuses the sending host: go-sisimai reads " said: 550 blocked" as Blocked
/// (reason/why-blocked.go), and so does the catalog's row TextBlockedSisimaiIndexAdditions. Where the notice comes with a
/// report, its Diagnostic-Code ("smtp; 550 Blocked") is the recipient's evidence and names no cause: the notice's
/// paraphrase does not replace it (SmtpBounceReader's first reading), so the bare 550 decides there.
/// </summary>
public sealed class TranscriptOnlyBlockedTests
{
    private const string Notice = """
        From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
        To: sender@example.org
        Subject: Undelivered Mail Returned to Sender
        MIME-Version: 1.0
        Content-Type: {type}

        {notice}
        """;

    private const string NoticeText = """
        This is the mail system at host mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

                           The mail system

        <neko@example.jp>: host mx.example.jp[192.0.2.1] said: 550 Blocked (in reply
            to RCPT TO command)
        """;

    private const string Report = """
        --B
        Content-Type: text/plain; charset=us-ascii

        {text}

        --B
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mail.example.org

        Final-Recipient: rfc822; neko@example.jp
        Action: failed
        Status: 5.0.0
        Remote-MTA: dns; mx.example.jp
        Diagnostic-Code: smtp; 550 Blocked

        --B--
        """;

    [Fact]
    public void A_notice_that_quotes_only_Blocked_refuses_the_sending_host()
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Notice.Replace("{type}", "text/plain; charset=us-ascii").Replace("{notice}", NoticeText)).Recipients);

        Assert.Equal(SmtpBounceReason.Blocked, recipient.Diagnosis.Reason);
        Assert.Equal(false, recipient.Diagnosis.IsHardBounce);
    }

    [Fact]
    public void The_report_s_own_Diagnostic_Code_still_decides()
    {
        string report = Report.Replace("{text}", NoticeText);
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Notice.Replace("{type}", "multipart/report; report-type=delivery-status; boundary=\"B\"").Replace("{notice}", report)).Recipients);

        Assert.Equal(SmtpBounceReason.Undefined, recipient.Diagnosis.Reason);
        Assert.Equal(false, recipient.Diagnosis.IsHardBounce);
    }
}
