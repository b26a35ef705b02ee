using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// A reply the bounce says answered MAIL FROM is about the sender's address, not the recipient's: the recipient is
/// then Rejected (Sisimai's reason for it) and no hard bounce, whatever the reply's words would say about a recipient.
/// </summary>
public sealed class SenderReplyTests
{
    // Exim's notice above one recipient's paragraph, which the tests end with its context phrase and reply (also ContentVerdictBeforeDataTests).
    internal const string EximHeader = """
        From: Mail Delivery System <Mailer-Daemon@neko.example.com>
        To: sironeko-nyaan@neko.example.com
        Subject: Mail delivery failed: returning message to sender

        This message was created automatically by mail delivery software.

        A message that you sent could not be delivered to one or more of its
        recipients. This is a permanent error. The following address(es) failed:

          kijitora@neko.example.com
            host nekonyaan.example.com [203.0.113.22]

        """;

    [Theory]
    [InlineData("after MAIL FROM:<sironeko-nyaan@neko.example.com>:", "550 5.1.7 No such domain neko.example.com.")]
    [InlineData("after MAIL FROM:<sironeko-nyaan@neko.example.com>:", "550 No such domain neko.example.com.")]
    [InlineData("after pipelined MAIL FROM:<sironeko-nyaan@neko.example.com>:", "550 Unknown user")]
    // A bare 554 reads Blocked from its code alone (catalog/README.md, "A bare 554"), a refusal that names no cause.
    [InlineData("after MAIL FROM:<sironeko-nyaan@neko.example.com>:", "554 Transaction failed")]
    public void An_Exim_reply_after_MAIL_FROM_rejects_the_sender(string context, string reply)
    {
        // sisimai-set-of-emails/email-exim-50.eml (the first case); Exim's transports/smtp.c words the command.
        string message = EximHeader + "    SMTP error from remote mail server " + context + "\n    " + reply + "\n";

        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(message).Recipients);

        Assert.Equal("kijitora@neko.example.com", recipient.FinalRecipient);
        Assert.Equal(SmtpBounceReason.Rejected, recipient.Diagnosis.Reason);
        Assert.False(recipient.IsHardBounce);
    }

    [Fact]
    public void The_same_reply_after_RCPT_TO_is_the_recipients_hard_bounce()
    {
        string message = EximHeader + "    SMTP error from remote mail server after RCPT TO:<kijitora@neko.example.com>:\n    550 No such domain neko.example.com.\n";

        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(message).Recipients);

        Assert.Equal(SmtpBounceReason.HostUnknown, recipient.Diagnosis.Reason);
        Assert.True(recipient.IsHardBounce);
    }

    [Fact]
    public void A_Postfix_reply_in_reply_to_MAIL_FROM_rejects_the_sender()
    {
        const string Message = """
            From: MAILER-DAEMON@example.org (Mail Delivery System)
            To: sender@example.org
            Subject: Undelivered Mail Returned to Sender

            This is the mail system at host mx.example.org.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients.

            <user@example.net>: host mx.example.net[192.0.2.1] said: 550 Domain does not
                exist (in reply to MAIL FROM command)
            """;

        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Message).Recipients);

        Assert.Equal(SmtpBounceReason.Rejected, recipient.Diagnosis.Reason);
        Assert.False(recipient.IsHardBounce);
    }

    // sisimai-set-of-emails/lhost-postfix-54.eml cut down: Postfix's notice says which command the reply answered
    // (smtp(8): "in reply to MAIL FROM command"); its DSN's Diagnostic-Code does not.
    private const string PostfixDsnToMailFrom = """
        From: MAILER-DAEMON@mail.example.com (Mail Delivery System)
        To: kijitora@example.co.jp
        Subject: Undelivered Mail Returned to Sender
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary="B"

        --B
        Content-Description: Notification
        Content-Type: text/plain; charset=us-ascii

        This is the mail system at host mail.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <neko-nyaan@example.ne.jp>: host mail.example.ne.jp[203.0.113.2] said: 550
            5.7.1 Access denied (in reply to MAIL FROM command)

        --B
        Content-Description: Delivery report
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mail.example.com

        Final-Recipient: rfc822; neko-nyaan@example.ne.jp
        Action: failed
        Status: 5.7.1
        Remote-MTA: dns; mail.example.ne.jp
        Diagnostic-Code: smtp; 550 5.7.1 Access denied

        --B--
        """;

    [Fact]
    public void A_refusal_that_names_no_cause_in_reply_to_MAIL_FROM_rejects_the_sender()
    {
        // RFC 5321 3.3: MAIL FROM is refused when the reverse-path is not acceptable; 5.7.1's policy says no more.
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(PostfixDsnToMailFrom).Recipients);

        Assert.Equal("neko-nyaan@example.ne.jp", recipient.FinalRecipient);
        Assert.Equal(SmtpBounceReason.Rejected, recipient.Diagnosis.Reason);
        Assert.False(recipient.IsHardBounce);
    }

    [Theory]
    [InlineData("in reply to RCPT TO command", "550 5.7.1 Access denied", SmtpBounceReason.PolicyViolation)]
    [InlineData("in reply to\n    MAIL FROM command", "550 5.7.1 Access denied", SmtpBounceReason.Rejected)]
    [InlineData("in\n    reply to MAIL FROM command", "550 5.7.1 Access denied", SmtpBounceReason.Rejected)]
    [InlineData("in reply to MAIL FROM command", "550 5.7.1 Client host blocked using zen.spamhaus.org", SmtpBounceReason.Blocked)]
    [InlineData("in reply to MAIL FROM command", "450 4.7.1 Access denied", SmtpBounceReason.PolicyViolation)]
    [InlineData("in reply to RCPT TO command", "450 4.7.1 Access denied", SmtpBounceReason.Greylisted)]
    public void Only_a_permanent_refusal_without_cause_of_MAIL_FROM_is_the_senders(string command, string reply, SmtpBounceReason expected)
    {
        // The same refusal answering RCPT TO stays 5.7.1's policy; words that name a cause (a DNSBL) keep it; a
        // temporary refusal says nothing final about the sender, and is no greylisting before any recipient was named
        // (RFC 6647's triplet), as it is at RCPT TO (the classification policy's rule for a refusal without cause). A
        // notice line wrapped inside the phrase still counts.
        string message = PostfixDsnToMailFrom
            .Replace("said: 550\n    5.7.1 Access denied (in reply to MAIL FROM command)", "said: " + reply + " (" + command + ")")
            .Replace("Status: 5.7.1", "Status: " + reply.Substring(4, 5))
            .Replace("Diagnostic-Code: smtp; 550 5.7.1 Access denied", "Diagnostic-Code: smtp; " + reply);

        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(message).Recipients);

        Assert.Equal(expected, recipient.Diagnosis.Reason);
    }

    [Fact]
    public void In_a_Postfix_notice_of_several_recipients_each_paragraph_says_which_command_its_reply_answered()
    {
        // Postfix writes one paragraph a recipient (smtp(8)); the other recipient's host refused it at RCPT TO, in a line
        // wrapped inside "in reply to". The sender's refusal stays the sender's; the unknown user stays a hard bounce.
        string message = PostfixDsnToMailFrom
            .Replace(
                "5.7.1 Access denied (in reply to MAIL FROM command)\n",
                "5.7.1 Access denied (in reply to MAIL FROM command)\n\n<tama@example.org>: host mx.example.org[203.0.113.3] said: 550 5.1.1 <tama@example.org>:\n    Recipient address rejected: User unknown in local recipient table (in\n    reply to RCPT TO command)\n")
            .Replace(
                "Diagnostic-Code: smtp; 550 5.7.1 Access denied\n",
                "Diagnostic-Code: smtp; 550 5.7.1 Access denied\n\nFinal-Recipient: rfc822; tama@example.org\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.example.org\nDiagnostic-Code: smtp; 550 5.1.1 <tama@example.org>: Recipient address rejected:\n    User unknown in local recipient table\n");

        var recipients = SmtpBounce.Read(message).Recipients;

        Assert.Equal(2, recipients.Count);
        Assert.Equal(SmtpBounceReason.Rejected, recipients[0].Diagnosis.Reason);
        Assert.Equal("tama@example.org", recipients[1].FinalRecipient);
        Assert.Equal(SmtpBounceReason.UserUnknown, recipients[1].Diagnosis.Reason);
        Assert.True(recipients[1].IsHardBounce);
    }

    [Theory]
    [InlineData("after MAIL FROM:<sironeko-nyaan@neko.example.com> SIZE=1024:", "550 5.1.0 Sender not accepted", SmtpBounceReason.Rejected)]
    [InlineData("after MAIL FROM:<sironeko-nyaan@neko.example.com> SIZE=1024:", "550 5.1.0 Not accepted", SmtpBounceReason.Rejected)]
    [InlineData("after RCPT TO:<kijitora@neko.example.com>:", "550 5.1.0 Not accepted", SmtpBounceReason.Undefined)]
    // Session 62 review: since round three (now62s) "sender not accepted" names the refused sender (Rejected) whatever
    // command it answered, as Postfix's "Sender address rejected" does at RCPT TO (smtpd_delay_reject); this test's words
    // for a refusal that names no cause became "Not accepted".
    [InlineData("after RCPT TO:<kijitora@neko.example.com>:", "550 5.1.0 Sender not accepted", SmtpBounceReason.Rejected)]
    public void Exims_notice_says_which_command_the_reply_of_its_report_answered(string context, string reply, SmtpBounceReason expected)
    {
        // Exim's report gives Status 5.0.0 and a Diagnostic-Code without the command (deliver.c); the notice's lines
        // under the address say it (transports/smtp.c). A refusal that names no cause is the sender's only after MAIL FROM.
        string message = EximHeader.Replace("Subject: Mail delivery failed: returning message to sender\n", "Subject: Mail delivery failed: returning message to sender\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"E\"\n\n--E\nContent-Type: text/plain; charset=us-ascii\n")
            + "    SMTP error from remote mail server " + context + "\n    " + reply + "\n\n--E\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; neko.example.com\n\nAction: failed\nFinal-Recipient: rfc822;kijitora@neko.example.com\nStatus: 5.0.0\nRemote-MTA: dns; nekonyaan.example.com\nDiagnostic-Code: smtp; " + reply + "\n\n--E--\n";

        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(message).Recipients);

        Assert.Equal("kijitora@neko.example.com", recipient.FinalRecipient);
        Assert.Equal(expected, recipient.Diagnosis.Reason);
        Assert.False(recipient.IsHardBounce);
    }

    [Theory]
    [InlineData(">>> MAIL From:<sender@example.org> SIZE=1024\n<<< 550 Host unknown", false)]
    [InlineData(">>> RCPT To:<user@example.net>\n<<< 550 Host unknown", true)]
    public void A_Sendmail_transcript_rejects_the_sender_only_when_the_failed_command_was_MAIL_From(string transcript, bool recipientsHardBounce)
    {
        string message = """
            From: Mail Delivery Subsystem <MAILER-DAEMON@example.org>
            To: sender@example.org
            Subject: Returned mail: see transcript for details

            The original message was received at Mon, 1 Jun 2026 10:00:00 GMT
            from localhost [127.0.0.1]

               ----- The following addresses had permanent fatal errors -----
            <user@example.net>

               ----- Transcript of session follows -----
            ... while talking to mx.example.net.:

            """ + transcript + "\n";

        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(message).Recipients);

        Assert.Equal(recipientsHardBounce ? SmtpBounceReason.HostUnknown : SmtpBounceReason.Rejected, recipient.Diagnosis.Reason);
        Assert.Equal(recipientsHardBounce, recipient.IsHardBounce);
    }
}
