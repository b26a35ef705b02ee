using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// A report whose status group gives no cause (no Diagnostic-Code, and a Status of X.0.0 that names none) leaves the
/// cause to its notice, where MTAs write it beside the recipient's address: that sentence is the recipient's evidence,
/// read with the Status (the first reading of SmtpBounceReader's precedence), not the notice's whole explanation.
/// </summary>
public sealed class CauseBesideTheAddressTests
{
    // Exim writes "Status: 4.0.0" and no Diagnostic-Code for a delayed address that reached no remote host
    // (deliver.c, the delay warning's machine-readable part), and the reason under the address in its text
    // ("print_address_error(addr, f, US"Delay reason: ")"); the reason here is the full mailbox of a local delivery
    // (Exim's appendfile transport: "mailbox is full").
    private const string EximDelayWarning = """
        From: Mail Delivery System <Mailer-Daemon@mx.example.org>
        To: sender@example.com
        Subject: Warning: message 1xXrU0-0007KF-0C delayed 24 hours
        Auto-Submitted: auto-replied
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary=B

        --B
        Content-type: text/plain; charset=us-ascii

        This message was created automatically by mail delivery software.
        A message that you sent has not yet been delivered to one or more of its
        recipients after more than 24 hours on the queue on mx.example.org.

        The address to which the message has not yet been delivered is:

          user@example.net
            Delay reason: mailbox is full

        No action is required on your part. Delivery attempts will continue for
        some time, and this warning may be repeated at intervals if the message
        remains undelivered.

        --B
        Content-type: message/delivery-status

        Reporting-MTA: dns; mx.example.org

        Action: delayed
        Final-Recipient: rfc822;user@example.net
        Status: 4.0.0

        --B--
        """;

    // Postfix's bounce(5) delay template ("Your message could not be delivered for more than 4 hour(s)") with the
    // recipient's line as Postfix's smtp(8) writes a connection failure, under a status group without a Diagnostic-Code.
    private const string PostfixStyleDelay = """
        From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
        To: sender@example.com
        Subject: Delayed Mail (still being retried)
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary="B"

        --B
        Content-Description: Notification
        Content-Type: text/plain; charset=us-ascii

        This is the mail system at host mail.example.org.

        ####################################################################
        # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
        ####################################################################

        Your message could not be delivered for more than 4 hour(s).
        It will be retried until it is 5 day(s) old.

        <user@example.net>: connect to mx.example.net[192.0.2.10]:25: Connection timed out

        --B
        Content-Description: Delivery report
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mail.example.org

        Final-Recipient: rfc822; user@example.net
        Action: delayed
        Status: 4.0.0

        --B--
        """;

    // Sendmail's transcript line for a deferred recipient ("<a@b>... Deferred: Connection timed out with host", as
    // Sendmail's deliver.c writes the deferral), in a report whose group gives only Status 4.0.0.
    private const string SendmailStyleDelay = """
        From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.org>
        To: <sender@example.com>
        Subject: Warning: could not send message for past 4 hours
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary="B"

        --B

            **********************************************
            **      THIS IS A WARNING MESSAGE ONLY      **
            **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
            **********************************************

        The original message was received at Mon, 30 Nov 2026 08:00:00 GMT
        from localhost [127.0.0.1]

           ----- Transcript of session follows -----
        <user@example.net>... Deferred: Connection timed out with mx.example.net.
        Warning: message still undelivered after 4 hours
        Will keep trying until message is 5 days old

        --B
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mail.example.org

        Final-Recipient: RFC822; user@example.net
        Action: delayed
        Status: 4.0.0

        --B--
        """;

    [Theory]
    [InlineData(EximDelayWarning, "Delay reason: mailbox is full", SmtpBounceReason.MailboxFull)]
    [InlineData(PostfixStyleDelay, "connect to mx.example.net[192.0.2.10]:25: Connection timed out", SmtpBounceReason.NetworkError)]
    [InlineData(SendmailStyleDelay, "Deferred: Connection timed out with mx.example.net.", SmtpBounceReason.NetworkError)]
    public void A_status_group_without_a_cause_takes_the_sentence_beside_the_address(string message, string sentence, SmtpBounceReason reason)
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(message).Recipients);

        Assert.Equal(SmtpDeliveryAction.Delayed, recipient.Action);
        Assert.Equal(reason, recipient.Diagnosis.Reason);
        Assert.StartsWith("4.0.0 " + sentence, recipient.Evidence);

        // Not the notice's whole explanation (Exim's, Postfix's and Sendmail's opening sentences).
        Assert.DoesNotContain("not yet been delivered", recipient.Evidence);
        Assert.DoesNotContain("could not be delivered for more than", recipient.Evidence);
        Assert.DoesNotContain("original message was received", recipient.Evidence);
    }

    // Two recipients, each with its own sentence under Postfix's bounce(5) failure template: each takes its own.
    private const string TwoRecipients = """
        From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
        To: sender@example.com
        Subject: Undelivered Mail Returned to Sender
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary="B"

        --B
        Content-Type: text/plain; charset=us-ascii

        This is the mail system at host mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients.

        <first@example.net>: host mx.example.net[192.0.2.10] said: 550 5.1.1
            <first@example.net>: Recipient address rejected: User unknown in virtual
            mailbox table (in reply to RCPT TO command)

        <second@example.org>: Host or domain name not found. Name service error for
            name=example.org type=MX: Host not found

        --B
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mail.example.org

        Final-Recipient: rfc822; first@example.net
        Action: failed
        Status: 5.0.0

        Final-Recipient: rfc822; second@example.org
        Action: failed
        Status: 5.0.0

        --B--
        """;

    [Fact]
    public void Each_recipient_of_a_report_without_causes_takes_its_own_sentence()
    {
        var recipients = SmtpBounce.Read(TwoRecipients).Recipients;

        Assert.Equal(2, recipients.Count);
        Assert.Equal(SmtpBounceReason.UserUnknown, recipients[0].Diagnosis.Reason);
        Assert.True(recipients[0].IsHardBounce);
        Assert.Equal(SmtpBounceReason.HostUnknown, recipients[1].Diagnosis.Reason);
        Assert.True(recipients[1].IsHardBounce);
    }
}
