using System.Linq;
using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// Ways bounces list their failed recipients that the reader first missed: each input is written from an MTA's or a
/// bounce parser's documented format (named in each test), not copied from a held-out message.
/// </summary>
public sealed class RecipientListShapesTests
{
    [Fact]
    public void Post_Office_lists_unknown_addresses_after_their_transport()
    {
        // Post.Office's notice "The following destination addresses were unknown" lists each address as "SMTP <a@b>"
        // (the shape Majordomo 2's bounce parser reads as Post.Office's).
        const string Message = """
            From: postmaster@mail.example.org
            To: sender@example.org
            Subject: Delivery failure

            This Message was undeliverable due to the following reason:

            The following destination addresses were unknown (please check
            the addresses and re-mail the message):

            SMTP <user1@example.org>
            SMTP <user2@example.org>

            Please reply to Postmaster@mail.example.org
            if you feel this message to be in error.
            """;

        SmtpBounce bounce = SmtpBounce.Read(Message);
        Assert.Equal(new[] { "user1@example.org", "user2@example.org" }, bounce.Recipients.Select(r => r.FinalRecipient).ToArray());
        Assert.All(bounce.Recipients, r => Assert.Equal(SmtpBounceReason.UserUnknown, r.Diagnosis.Reason));
    }

    [Fact]
    public void Every_X_Failed_Recipients_field_adds_its_addresses()
    {
        // Exim writes one X-Failed-Recipients field; a message relayed through two of them, or a tool that wrote a
        // field per address, has several. RFC 5322 3.6.8 leaves optional fields free to repeat.
        const string Message = """
            From: Mail Delivery System <Mailer-Daemon@mx.example.org>
            To: sender@example.org
            Subject: Mail delivery failed: returning message to sender
            X-Failed-Recipients: user1@example.net, user2@example.net
            X-Failed-Recipients: user3@example.net

            This message was created automatically by mail delivery software.

            A message that you sent could not be delivered to one or more of its
            recipients. This is a permanent error.
            """;

        SmtpBounce bounce = SmtpBounce.Read(Message);
        Assert.Equal(new[] { "user1@example.net", "user2@example.net", "user3@example.net" }, bounce.Recipients.Select(r => r.FinalRecipient).ToArray());
    }

    [Fact]
    public void Final_recipients_in_angle_brackets_are_read_in_every_group()
    {
        // RFC 3464 2.3.2: "Final-Recipient: rfc822; address"; some MTAs write the type in capitals and the address in brackets.
        const string Message = """
            From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>
            To: sender@example.org
            Subject: Returned mail: User unknown
            Content-Type: multipart/report; report-type=delivery-status; boundary="b"

            --b
            Content-Type: text/plain

            The original message was received at Mon, 1 Jan 2024 10:00:00 GMT

               ----- The following addresses had permanent fatal errors -----
            <user1@example.net>
            <user2@example.net>

            --b
            Content-Type: message/delivery-status

            Reporting-MTA: dns; mx.example.org

            Final-Recipient: RFC822; <user1@example.net>
            Action: failed
            Status: 5.1.1
            Diagnostic-Code: SMTP; 550 5.1.1 <user1@example.net>... User unknown

            Final-Recipient: RFC822; <user2@example.net>
            Action: failed
            Status: 5.1.1
            Diagnostic-Code: SMTP; 550 5.1.1 <user2@example.net>... User unknown

            --b--
            """;

        SmtpBounce bounce = SmtpBounce.Read(Message);
        Assert.Equal(new[] { "user1@example.net", "user2@example.net" }, bounce.Recipients.Select(r => r.FinalRecipient).ToArray());
        Assert.All(bounce.Recipients, r => Assert.Equal(SmtpBounceReason.UserUnknown, r.Diagnosis.Reason));
    }

    [Fact]
    public void A_second_final_recipient_starts_a_group_even_without_a_blank_line()
    {
        // RFC 3464 2.3 separates the per-recipient groups by blank lines and 2.3.2 gives each one Final-Recipient;
        // a report that lost the blank line still names two recipients.
        const string Message = """
            From: MAILER-DAEMON@mx.example.org
            To: sender@example.org
            Subject: Delivery Status Notification (Failure)
            Content-Type: multipart/report; report-type=delivery-status; boundary="b"

            --b
            Content-Type: text/plain

            Delivery to the following recipients failed.

            --b
            Content-Type: message/delivery-status

            Reporting-MTA: dns; mx.example.org

            Final-Recipient: rfc822; user1@example.net
            Action: failed
            Status: 5.1.1
            Final-Recipient: rfc822; user2@example.net
            Action: failed
            Status: 5.2.2

            --b--
            """;

        SmtpBounce bounce = SmtpBounce.Read(Message);
        Assert.Equal(new[] { "user1@example.net", "user2@example.net" }, bounce.Recipients.Select(r => r.FinalRecipient).ToArray());
        Assert.Equal(new[] { "5.1.1", "5.2.2" }, bounce.Recipients.Select(r => r.Status.ToString()).ToArray());
    }

    [Fact]
    public void A_report_s_details_name_the_recipient_after_RCPT_TO()
    {
        // sisimai-set-of-emails/email-apachejames-01.eml (development, Apache James at Verizon's vtext gateway): the
        // reply, then "Message details:" naming the envelope, the recipient after "RCPT TO:" (RFC 5321's command).
        const string Message = """
            From: post_master@vtext.example.com
            To: sender@example.com
            Subject: Re:Test message

            Error: Invalid user address

            Error message below:
            550 - Requested action not taken: no such user here

            Message details:
              Subject: Test message
              MAIL FROM: sender@example.com
              RCPT TO: 000000000000@vtext.example.com
              From: other@example.com
            """;

        SmtpBounce bounce = SmtpBounce.Read(Message);
        Assert.Equal(SmtpBounceMessageKind.PlainTextBounce, bounce.Kind);
        SmtpBounceRecipient recipient = Assert.Single(bounce.Recipients);
        Assert.Equal("000000000000@vtext.example.com", recipient.FinalRecipient);
        Assert.Equal(SmtpBounceReason.UserUnknown, recipient.Diagnosis.Reason);
    }

    [Fact]
    public void A_transcript_s_RCPT_TO_line_alone_names_no_recipient()
    {
        // Sendmail's transcript: ">>> RCPT To:<a@b>" then "<<< 250": the reply, not the command, says whether it failed.
        const string Message = """
            From: MAILER-DAEMON@mx.example.org
            To: sender@example.org
            Subject: Returned mail: see transcript for details

               ----- Transcript of session follows -----
            >>> RCPT To:<user1@example.net>
            <<< 250 2.1.5 <user1@example.net>... Recipient ok
            >>> RCPT To:<user2@example.net>
            <<< 550 5.1.1 <user2@example.net>... User unknown
            """;

        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Message).Recipients);
        Assert.Equal("user2@example.net", recipient.FinalRecipient);
    }

    // sisimai-set-of-emails/lhost-sendmail-54.eml cut down: cron mailed a job's output to its user, the delivery was
    // deferred for 5 days, and Sendmail's bounce (no MIME header, so its DSN is plain text) goes back to that user.
    private const string CronBounceToItsOwnUser = """
        From: Mail Delivery Subsystem <MAILER-DAEMON@neko.example.jp>
        To: kijitora@neko.example.jp
        Subject: Returned mail: see transcript for details

           ----- The following addresses had permanent fatal errors -----
        kijitora
            (expanded from: kijitora)

           ----- Transcript of session follows -----
        kijitora... Deferred: Connection refused by [127.0.0.1]
        Message could not be delivered for 5 days
        Message will be deleted from queue

        Reporting-MTA: dns; neko.example.jp
        Arrival-Date: Sun, 3 Jun 2018 14:22:02 +0900 (JST)

        Final-Recipient: RFC822; kijitora@neko.example.jp
        Action: failed
        Status: 4.4.7
        Remote-MTA: DNS; [127.0.0.1]
        Last-Attempt-Date: Sat, 9 Jun 2018 03:06:57 +0900 (JST)
        """;

    [Fact]
    public void A_final_recipient_field_names_the_recipient_of_a_bounce_to_that_same_address()
    {
        // RFC 3464 2.3.2: Final-Recipient names the recipient the report is about, even when the bounce goes to it.
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(CronBounceToItsOwnUser).Recipients);

        Assert.Equal("kijitora@neko.example.jp", recipient.FinalRecipient);
        Assert.Equal(SmtpBounceReason.Expired, recipient.Diagnosis.Reason);
    }

    [Fact]
    public void The_bounce_s_own_address_in_any_other_shape_is_still_no_recipient()
    {
        // The same address in a label that is no RFC 3464 field ("Recipient: a@b") stays the bounce's own.
        string message = CronBounceToItsOwnUser.Replace("Final-Recipient: RFC822; kijitora@neko.example.jp", "Recipient: kijitora@neko.example.jp");

        Assert.Empty(SmtpBounce.Read(message).Recipients);
    }

    [Fact]
    public void An_address_with_its_cause_in_square_brackets_is_a_recipient()
    {
        // The unnamed MTA Sisimai reads as Lhost::X1 lists each failed address as "a@b [cause]" under "---The following
        // addresses had delivery errors---" (rb-sisimai lib/sisimai/lhost/x1.rb); an IP literal in brackets is no cause.
        const string Message = """
            From: "Mail Deliver System" <MAILER-DAEMON>
            To: sender@example.jp
            Subject: Returned Mail: User unknown

            The original message was received at Thu, 29 Apr 2011 23:34:45 +0900 (JST)
            from sender@example.jp

            ---The following addresses had delivery errors---

            kijitora@example.org [User unknown]
            """;

        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Message).Recipients);
        Assert.Equal("kijitora@example.org", recipient.FinalRecipient);
        Assert.Equal(SmtpBounceReason.UserUnknown, recipient.Diagnosis.Reason);

        string literal = Message.Replace("[User unknown]", "[192.0.2.1]", System.StringComparison.Ordinal);
        Assert.Empty(SmtpBounce.Read(literal).Recipients);
    }

    [Fact]
    public void Zoho_s_invalid_address_lines_name_each_recipient_with_its_reply()
    {
        // Zoho Mail's notice (the shape of rb-sisimai's eg/maildir-as-a-sample/new/us-zoho-02.eml; lib/sisimai/lhost/zoho.rb
        // reads each line as a recipient and its reply) returns a message to both addresses: its To names no one failure.
        const string Message = """
            From: mailer-daemon@mail.zoho.example
            To: sender@zoho.example
            Subject: Undelivered Mail Returned to Sender

            This message was created automatically by mail delivery software.
            A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.

            mikeneko@example.co.jp Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <mikeneko@example.co.jp>... User Unknown
            sabineko@example.co.jp Invalid Address, ERROR_CODE :550, ERROR_CODE :5.2.2 <sabineko@example.co.jp>... Mailbox Full

            Received:from mail.zoho.example by mx.zoho.example
            From: Sender <sender@zoho.example>
            To:<mikeneko@example.co.jp>, <sabineko@example.co.jp>
            Subject:Hello
            """;

        SmtpBounceRecipient[] recipients = SmtpBounce.Read(Message).Recipients.ToArray();

        Assert.Equal(new string?[] { "mikeneko@example.co.jp", "sabineko@example.co.jp" }, recipients.Select(r => r.FinalRecipient).ToArray());
        Assert.Equal(new[] { SmtpBounceReason.UserUnknown, SmtpBounceReason.MailboxFull }, recipients.Select(r => r.Diagnosis.Reason).ToArray());
    }

    [Fact]
    public void A_postmaster_address_under_a_list_of_failed_addresses_is_a_recipient()
    {
        // Sendmail (savemail.c), Exim (deliver.c) and BIGLOBE (as Sisimai's Lhost::Biglobe reads it) head the failed
        // addresses with "The following addresses ...": mail to another host's postmaster fails like any other. Named
        // elsewhere in the text, a postmaster address is the bounce's contact, not a recipient.
        const string Message = """
            From: postmaster@biglobe.example.jp
            To: sender@example.com
            Subject: Returned mail: Service unavailable

               ----- The following addresses had delivery problems -----
            postmaster@mxr.example.jp

               ----- Non-delivered information -----
            The number of messages in recipient's mailbox exceeded the local limit.
            """;

        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Message).Recipients);
        Assert.Equal("postmaster@mxr.example.jp", recipient.FinalRecipient);
        Assert.Equal(SmtpBounceReason.MailboxFull, recipient.Diagnosis.Reason);

        string contact = Message.Replace("   ----- The following addresses had delivery problems -----\n", "Please write to\n", System.StringComparison.Ordinal);
        Assert.Empty(SmtpBounce.Read(contact).Recipients);
    }

    [Fact]
    public void DragonFly_s_sentence_names_a_postmaster_address_that_failed()
    {
        // dma's bounce (mail.c, bounce()) names the address it failed on in one sentence, "There was an error delivering
        // your mail to <%s>.", the same address as its X-Original-To field; a postmaster address is a recipient there.
        const string Message = """
            X-Original-To: <postmaster@cx.example.org>
            From: MAILER-DAEMON <>
            To: kijitora@df.example.jp
            Subject: Mail delivery failed

            This is the DragonFly Mail Agent v0.13 at df.example.jp.

            There was an error delivering your mail to <postmaster@cx.example.org>.

            DNS lookup failure: host cx.example.org not found

            Message headers follow.
            """;

        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Message).Recipients);
        Assert.Equal("postmaster@cx.example.org", recipient.FinalRecipient);

        string contact = Message.Replace("There was an error delivering your mail to", "Please send your mail to", System.StringComparison.Ordinal);
        Assert.Empty(SmtpBounce.Read(contact).Recipients);
    }

    [Fact]
    public void A_server_that_rejected_recipient_names_the_address_it_refused()
    {
        // sisimai-set-of-emails/lhost-x6-02.eml, cut down: the notice Sisimai reads as its unnamed MTA X6
        // (rb-sisimai lib/sisimai/lhost/x6.rb) names the refused address in one sentence with the server's reply.
        const string Message = """
            From: mailer-daemon
            To: neko@example.org
            Subject: There was an error sending your mail
            Auto-Submitted: auto-replied

            We had trouble delivering your message. Full details follow:

            Subject: 'Nyaan'

            1 error(s):

            SMTP Server <smtpd.example.net> rejected recipient <kijitora@example.net> (Error following RCPT command). It responded as follows: [550 5.1.1 User unknown]

            The attachment contains the original mail headers.
            """;

        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Message).Recipients);
        Assert.Equal("kijitora@example.net", recipient.FinalRecipient);
        Assert.Equal(SmtpBounceReason.UserUnknown, recipient.Diagnosis.Reason);
    }

    // sisimai-set-of-emails/lhost-einsundeins-03.eml, cut down: 1&1 writes Exim's "The following address(es) failed:"
    // (deliver.c) wrapped before "failed:", and the sender's anonymised address is the failed one's too.
    private const string OneAndOneNotice = """
        From: "Mail Delivery System" <mailer-daemon@kundenserver.de>
        To: user@example.fr
        Subject: Mail delivery failed: returning message to sender
        Auto-Submitted: auto-replied

        This message was created automatically by mail delivery software.

        A message that you sent could not be delivered to one or more of
        its recipients. This is a permanent error. The following address(es)
        failed:

        user@example.fr:
        SMTP error from remote server for TEXT command, host: smtp-in.orange.fr (192.0.2.65) reason: 550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]
        """;

    [Fact]
    public void A_failed_address_list_whose_heading_wraps_names_the_address_even_when_it_is_the_addressee()
    {
        // The list names the failed address whatever the notice's To says: mail to oneself bounces to the address that failed.
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(OneAndOneNotice).Recipients);
        Assert.Equal("user@example.fr", recipient.FinalRecipient);
        Assert.Equal("5.2.0", recipient.Diagnosis.EnhancedCode?.ToString());
    }

    [Fact]
    public void The_addressee_at_a_line_start_outside_an_address_list_is_not_a_recipient()
    {
        // The same notice without the heading: the notice's own address alone at a line's start is not taken.
        string withoutHeading = OneAndOneNotice.Replace(" The following address(es)\nfailed:", string.Empty, System.StringComparison.Ordinal);

        Assert.NotEqual(OneAndOneNotice, withoutHeading);
        Assert.DoesNotContain(SmtpBounce.Read(withoutHeading).Recipients, r => r.FinalRecipient == "user@example.fr");
    }
}
