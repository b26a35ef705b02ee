using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// A message disposition notification (MDN, RFC 8098; a multipart/report of report-type disposition-notification with a
/// message/disposition-notification part) says what became of a delivered message at the recipient's side. An automatic
/// action that deleted it (RFC 5429 section 2.1: a Sieve "reject" answers with "automatic-action/MDN-sent-automatically;
/// deleted") or, in RFC 2298's older forms, denied or failed it, or whose modifier is "error" or "failed", is the
/// recipient's side refusing the message: its Final-Recipient (else its Original-Recipient) is the failed recipient,
/// whoever sent the notice. A read receipt ("displayed", "dispatched", "processed", or a person's "deleted") is no bounce
/// and names no failed recipient. The notices are written as their sources write them: Cyrus IMAP's imap/lmtp_sieve.c
/// (send_rejection), Dovecot Pigeonhole's reject action, Apache jSieve's RejectAction and MDNFactory, RFC 8098's example.
/// </summary>
public sealed class DispositionNotificationTests
{
    private const string CyrusDisposition = "automatic-action/MDN-sent-automatically; deleted";

    // Cyrus IMAP's notice (imap/lmtp_sieve.c, send_rejection; SieveRejectNoticeTests.CyrusNotice) as a site sends it
    // whose "postmaster" setting (imapd.conf) is no postmaster address, its text not naming the recipient, for a message
    // sent to a list the recipient is on, with the given Disposition.
    private static string CyrusNotice(string disposition) => SieveRejectNoticeTests.CyrusNotice
        .Replace("<postmaster@example.net>", "<sieve-notices@example.net>")
        .Replace("To: alice@example.net", "To: team@lists.example.org")
        .Replace(CyrusDisposition, disposition);

    // Apache jSieve's reject (mailet RejectAction: a reply from the recipient itself, "Re: " and the subject; MDNFactory
    // writes its recipient field as "Final-Recepient", so only an Original-Recipient names the recipient as RFC 8098 spells
    // it, and "Disposition: automatic-action/MDN-sent-automatically;deleted/error").
    private const string JSieveNotice = """
        Message-ID: <reply-1@mail.example.net>
        Date: Tue, 14 Nov 2023 22:13:20 +0000
        From: bob@example.net
        To: sender@example.org
        Subject: Re: Hello
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=disposition-notification;
        	boundary="----=_Part_0_1"

        ------=_Part_0_1
        Content-Type: text/plain; charset=us-ascii
        Content-Transfer-Encoding: 7bit

        This message was refused by the recipient's mail filtering program.
        The reason given was:

        I do not accept mail from you.
        ------=_Part_0_1
        Content-Type: message/disposition-notification

        Reporting-UA: mail.example.net; Apache JAMES Server
        Original-Recipient: rfc822; bob@example.net
        Final-Recepient: rfc822; bob@example.net
        Original-Message-ID: <hello-1@example.org>
        Disposition: automatic-action/MDN-sent-automatically;deleted/error

        ------=_Part_0_1--
        """;

    // RFC 8098's example of a read receipt (section 9), with its Disposition made a parameter.
    private const string ReadReceipt = """
        Date: Wed, 20 Sep 1995 00:19:00 (EDT) -0400
        From: Joe Recipient <Joe_Recipient@example.com>
        Message-Id: <199509200019.12345@example.com>
        Subject: Disposition notification
        To: Jane Sender <Jane_Sender@example.org>
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=disposition-notification;
            boundary="RAA14128.773615765/example.com"

        --RAA14128.773615765/example.com

        The message sent on 1995 Sep 19 at 13:30:00 (EDT) -0400 to Joe
        Recipient <Joe_Recipient@example.com> with subject "First draft of
        report" has been displayed.
        This is no guarantee that the message has been read or understood.

        --RAA14128.773615765/example.com
        content-type: message/disposition-notification

        Reporting-UA: joes-pc.cs.example.com; Foomail 97.1
        Original-Recipient: rfc822;Joe_Recipient@example.com
        Final-Recipient: rfc822;Joe_Recipient@example.com
        Original-Message-ID: <199509192301.23456@example.org>
        Disposition: DISPOSITION

        --RAA14128.773615765/example.com
        content-type: message/rfc822

        [original message optionally goes here]

        --RAA14128.773615765/example.com--
        """;

    [Fact]
    public void A_sieve_reject_names_its_final_recipient_whoever_sends_it()
    {
        SmtpBounce bounce = SmtpBounce.Read(CyrusNotice(CyrusDisposition));

        Assert.Equal(SmtpBounceMessageKind.PlainTextBounce, bounce.Kind);
        SmtpBounceRecipient recipient = Assert.Single(bounce.Recipients);
        Assert.Equal("alice@example.net", recipient.FinalRecipient);
        Assert.Equal(SmtpDeliveryAction.Failed, recipient.Action);
        Assert.Equal(SmtpBounceReason.Filtered, recipient.Diagnosis.Reason);
        Assert.False(recipient.IsHardBounce);
    }

    [Theory]
    [InlineData("automatic-action/MDN-sent-automatically; denied")]
    [InlineData("automatic-action/MDN-sent-automatically; failed")]
    [InlineData("automatic-action/MDN-sent-automatically; processed/error")]
    [InlineData("automatic-action/MDN-sent-automatically;processed/error,failed")]
    [InlineData("Automatic-Action/MDN-Sent-Automatically ; Deleted")]
    [InlineData("automatic-action/MDN-sent-automatically;\r\n\tdeleted")]
    public void An_automatic_action_that_did_not_keep_the_message_is_a_refusal(string disposition)
    {
        SmtpBounce bounce = SmtpBounce.Read(CyrusNotice(disposition));

        Assert.True(bounce.IsBounce);
        Assert.Equal("alice@example.net", Assert.Single(bounce.Recipients).FinalRecipient);
    }

    [Fact]
    public void A_refusal_without_a_final_recipient_names_its_original_recipient()
    {
        SmtpBounce bounce = SmtpBounce.Read(JSieveNotice);

        Assert.Equal(SmtpBounceMessageKind.PlainTextBounce, bounce.Kind);
        SmtpBounceRecipient recipient = Assert.Single(bounce.Recipients);
        Assert.Equal("bob@example.net", recipient.FinalRecipient);
        Assert.Equal(SmtpDeliveryAction.Failed, recipient.Action);
        Assert.Equal(SmtpBounceReason.Filtered, recipient.Diagnosis.Reason);
    }

    [Fact]
    public void Apache_James_misspelt_final_recipient_names_the_recipient()
    {
        SmtpBounce bounce = SmtpBounce.Read(JSieveNotice.Replace("Original-Recipient: rfc822; bob@example.net", "X-Note: none"));

        Assert.Equal(SmtpBounceMessageKind.PlainTextBounce, bounce.Kind);
        Assert.Equal("bob@example.net", Assert.Single(bounce.Recipients).FinalRecipient);
    }

    [Fact]
    public void A_refusal_with_an_empty_recipient_field_names_no_empty_recipient()
    {
        SmtpBounce bounce = SmtpBounce.Read(CyrusNotice(CyrusDisposition)
            .Replace("Final-Recipient: rfc822; alice@example.net", "Final-Recipient: rfc822;"));

        Assert.DoesNotContain(bounce.Recipients, recipient => string.IsNullOrEmpty(recipient.FinalRecipient));
    }

    [Theory]
    [InlineData("manual-action/MDN-sent-manually; displayed")]
    [InlineData("automatic-action/MDN-sent-automatically; displayed")]
    [InlineData("automatic-action/MDN-sent-automatically; dispatched")]
    [InlineData("automatic-action/MDN-sent-automatically; processed")]
    [InlineData("manual-action/MDN-sent-automatically; deleted")]
    public void A_read_receipt_is_no_bounce_and_names_no_failed_recipient(string disposition)
    {
        SmtpBounce bounce = SmtpBounce.Read(ReadReceipt.Replace("DISPOSITION", disposition));

        Assert.Equal(SmtpBounceMessageKind.NotBounce, bounce.Kind);
        Assert.Empty(bounce.Recipients);
    }

    [Fact]
    public void A_read_receipt_from_a_daemon_address_is_no_bounce()
    {
        // A gateway's automatic "processed" receipt, sent from its postmaster address: the message was delivered.
        string receipt = ReadReceipt.Replace("DISPOSITION", "automatic-action/MDN-sent-automatically; processed")
            .Replace("From: Joe Recipient <Joe_Recipient@example.com>", "From: Mail Gateway <postmaster@example.com>");

        SmtpBounce bounce = SmtpBounce.Read(receipt);

        Assert.False(bounce.IsBounce);
        Assert.Empty(bounce.Recipients);
    }
}
