using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// A Sieve script's "reject" (RFC 5429 section 2.1) is answered with a disposition-notification report, not a DSN: the
/// recipient's own filter refused the message (Filtered, as the corpus labels a recipient's refusal). The notices are
/// written as the sources write them: Cyrus IMAP's (imap/lmtp_sieve.c, send_rejection: "Your message was automatically
/// rejected by Sieve, a mail filtering language.") and Dovecot's Sieve interpreter Pigeonhole's (extension reject,
/// act_reject_send: "Your message to &lt;a@b&gt; was automatically rejected:"), whose sentence Dovecot's LDA also uses
/// for a mailbox over quota (its rejection_reason setting; the quota plugin's "Quota exceeded (mailbox for user is
/// full)"): there the reason given decides.
/// </summary>
public sealed class SieveRejectNoticeTests
{
    // Shared with DispositionNotificationTests, which varies its sender, its returned message and its Disposition.
    internal const string CyrusNotice = """
        Message-ID: <cmu-sieve-4242-1700000000-0@imap.example.net>
        Date: Tue, 14 Nov 2023 22:13:20 +0000
        X-Sieve: CMU Sieve 3.0
        From: Mail Sieve Subsystem <postmaster@example.net>
        To: <sender@example.org>
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=disposition-notification;
        	boundary="4242/imap.example.net"
        Subject: Automatically rejected mail
        Auto-Submitted: auto-replied (rejected)

        This is a MIME-encapsulated message

        --4242/imap.example.net
        Content-Type: text/plain; charset=utf-8
        Content-Disposition: inline
        Content-Transfer-Encoding: 8bit

        Your message was automatically rejected by Sieve, a mail
        filtering language.

        The following reason was given:
        I do not read mail from this address.

        --4242/imap.example.net
        Content-Type: message/disposition-notification

        Reporting-UA: imap.example.net; Cyrus 3.6.1/3.0
        Final-Recipient: rfc822; alice@example.net
        Original-Message-ID: <hello-1@example.org>
        Disposition: automatic-action/MDN-sent-automatically; deleted

        --4242/imap.example.net
        Content-Type: message/rfc822

        From: sender@example.org
        To: alice@example.net
        Subject: Hello
        Message-ID: <hello-1@example.org>

        Hello.

        --4242/imap.example.net--
        """;

    private const string PigeonholeNotice = """
        Message-ID: <dovecot-sieve-1700000000-4242-0@mail.example.net>
        Date: Tue, 14 Nov 2023 22:13:20 +0000
        From: Mail Delivery Subsystem <postmaster@example.net>
        To: <sender@example.org>
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=disposition-notification;
        	boundary="4242/mail.example.net"
        Subject: Rejected: Hello
        Auto-Submitted: auto-replied (rejected)
        Precedence: bulk

        This is a MIME-encapsulated message

        --4242/mail.example.net
        Content-Type: text/plain; charset=utf-8
        Content-Disposition: inline
        Content-Transfer-Encoding: 8bit

        Your message to <alice@example.net> was automatically rejected:
        REASON

        --4242/mail.example.net
        Content-Type: message/disposition-notification

        Reporting-UA: mail.example.net; Dovecot Mail Delivery Agent
        Final-Recipient: rfc822; alice@example.net
        Original-Message-ID: <hello-1@example.org>
        Disposition: automatic-action/MDN-sent-automatically; deleted

        --4242/mail.example.net
        Content-Type: message/rfc822

        From: sender@example.org
        To: alice@example.net
        Subject: Hello
        Message-ID: <hello-1@example.org>

        --4242/mail.example.net--
        """;

    [Fact]
    public void Cyrus_sieve_reject_is_the_recipients_filter()
    {
        SmtpBounce bounce = SmtpBounce.Read(CyrusNotice);

        Assert.Equal(SmtpBounceMessageKind.PlainTextBounce, bounce.Kind);
        SmtpBounceRecipient recipient = Assert.Single(bounce.Recipients);
        Assert.Equal("alice@example.net", recipient.FinalRecipient);
        Assert.Equal(SmtpDeliveryAction.Failed, recipient.Action);
        Assert.Equal(SmtpBounceReason.Filtered, recipient.Diagnosis.Reason);
        Assert.False(recipient.IsHardBounce);
    }

    [Fact]
    public void Pigeonhole_sieve_reject_is_the_recipients_filter()
    {
        SmtpBounce bounce = SmtpBounce.Read(PigeonholeNotice.Replace("REASON", "I do not read mail from this address."));

        SmtpBounceRecipient recipient = Assert.Single(bounce.Recipients);
        Assert.Equal("alice@example.net", recipient.FinalRecipient);
        Assert.Equal(SmtpBounceReason.Filtered, recipient.Diagnosis.Reason);
        Assert.False(recipient.IsHardBounce);
    }

    [Fact]
    public void A_reject_notice_from_another_address_is_no_auto_reply()
    {
        // Dovecot 2.3 writes its postmaster_address setting as the sender, whatever address and name it holds.
        string notice = PigeonholeNotice.Replace("REASON", "I do not read mail from this address.")
            .Replace("From: Mail Delivery Subsystem <postmaster@example.net>", "From: Mail Server <mail@example.net>");
        SmtpBounce bounce = SmtpBounce.Read(notice);

        Assert.Equal(SmtpBounceMessageKind.PlainTextBounce, bounce.Kind);
        Assert.Equal(SmtpBounceReason.Filtered, Assert.Single(bounce.Recipients).Diagnosis.Reason);
    }

    [Theory]
    [InlineData("Quota exceeded (mailbox for user is full)")]
    [InlineData("Quota exceeded")]
    public void Dovecots_rejection_of_a_mailbox_over_quota_is_a_full_mailbox(string reason)
    {
        SmtpBounce bounce = SmtpBounce.Read(PigeonholeNotice.Replace("REASON", reason));

        SmtpBounceRecipient recipient = Assert.Single(bounce.Recipients);
        Assert.Equal(SmtpBounceReason.MailboxFull, recipient.Diagnosis.Reason);
    }
}
