using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// RFC 3463 section 3.3: a Status X.2.0 says "the mailbox exists, but something about the destination mailbox has
/// caused the sending of this DSN". Where the remote reply says the user is unknown, the report contradicts itself and
/// its own Status decides that the address exists: the mailbox refused this message (NTT docomo's "550 Unknown user"
/// after DATA for a sender the recipient's reception settings refuse, go-sisimai rhost/for-nttdocomo.go: filtered).
/// The report is the development message sisimai-set-of-emails/rhost-nttdocomo-01.eml, cut down.
/// </summary>
public sealed class MailboxStatusTests
{
    private const string Report = """
        From: Mail Delivery Subsystem <MAILER-DAEMON@nijo.example.jp>
        To: <le@example.jp>
        Subject: Returned mail: see transcript for details
        Content-Type: multipart/report; report-type=delivery-status; boundary="b"

        --b
        Content-Type: text/plain

           ----- The following addresses had permanent fatal errors -----
        <azumakuniyuki@ntt.docomo.example.ne.jp>
            (reason: 550 Unknown user azumakuniyuki@ntt.docomo.example.ne.jp)

           ----- Transcript of session follows -----
        ... while talking to mfsmax.docomo.ne.jp.:
        >>> DATA
        <<< 550 Unknown user azumakuniyuki@ntt.docomo.example.ne.jp
        554 5.0.0 Service unavailable

        --b
        Content-Type: message/delivery-status

        Reporting-MTA: dns; nijo.example.jp

        Final-Recipient: RFC822; azumakuniyuki@ntt.docomo.example.ne.jp
        Action: failed
        Status: {0}
        Remote-MTA: DNS; mfsmax.docomo.ne.jp
        Diagnostic-Code: SMTP; 550 Unknown user azumakuniyuki@ntt.docomo.example.ne.jp

        --b--
        """;

    [Fact]
    public void An_unknown_user_under_a_status_that_says_the_mailbox_exists_is_the_mailboxs_filter()
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Report.Replace("{0}", "5.2.0")).Recipients);

        Assert.Equal(SmtpBounceReason.Filtered, recipient.Diagnosis.Reason);
        Assert.Equal(false, recipient.Diagnosis.IsHardBounce);
        Assert.Equal(new SmtpEnhancedStatusCode(5, 2, 0), recipient.Status);
    }

    [Theory]
    [InlineData("5.0.0")]
    [InlineData("5.1.1")]
    public void An_unknown_user_under_any_other_status_stays_unknown(string status)
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Report.Replace("{0}", status)).Recipients);

        Assert.Equal(SmtpBounceReason.UserUnknown, recipient.Diagnosis.Reason);
        Assert.Equal(true, recipient.Diagnosis.IsHardBounce);
    }
}
