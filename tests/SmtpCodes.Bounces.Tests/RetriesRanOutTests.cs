using System;
using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// A final failure that says the MTA's retries ran out has expired (the corpus conventions: "a message that gave up
/// after the retry period"), whatever temporary condition it last met; a cause on the recipient's side stays the
/// reason, and a delayed recipient never expires.
/// </summary>
public sealed class RetriesRanOutTests
{
    // flufl.bounce/smtp32_01.eml (development), cut down: IMail's notice names the attempts, not a cause.
    private const string IMailNotice = """
        From: "Postmaster" <postmaster@208.24.118.205>
        To: <mailman-users-admin@python.org>
        Subject:  Undeliverable Mail
        X-Mailer: <SMTP32 v980629>

        Delivery failed 20 attempts: userx@example.ph


        Original message follows.

        Message removed
        """;

    // flufl.bounce/simple_44.eml (development), cut down: Mimecast's notice after its default 30 attempts.
    private const string MimecastNotice = """
        Subject: [Postmaster] Email Delivery Failure
        From: "Mail Delivery System" <mailer-daemon@example.com>
        To: "dns-operations" <dns-operations-bounces@example.net>
        Content-Type: text/plain; charset=UTF-8

        This is a delivery failure notification message indicating that
        an email dns-operations-bounces@example.net addressed to email address :
        -- user@example.com

        could not be delivered. The problem appears to be :
        -- Recipient server unavailable or busy

        Additional information follows :
        -- 4.4.4 Temporary server error. Please try again later

        This condition occurred after 30 attempt(s) to deliver over
        a period of 92 hour(s) and 52 minute(s).
        """;

    // flufl.bounce/yahoo_01.eml (development), cut down: qmail-remote's connection failure, then qmail-send's words
    // for a message older than its queue lifetime (qmail-send.c).
    private const string QmailQueueLifetimeNotice = """
        From: MAILER-DAEMON@yahoo.com
        To: aaaaa@yahoo.com
        Subject: failure delivery

        Message from  yahoo.com.
        Unable to deliver message to the following address(es).

        <userx@example.com>:
        Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)
        I'm not going to try again; this message has been in the queue too long.

        --- Original message follows.

        Message removed
        """;

    // RFC 3464, appendix B's example of a failure after the retry period (Sendmail's queue return, envelope.c).
    private const string Rfc3464Example = """
        Date: Thu, 7 Jul 1994 17:16:05 -0400
        From: Mail Delivery Subsystem <MAILER-DAEMON@CS.UTK.EDU>
        Message-Id: <199407072116.RAA14128@CS.UTK.EDU>
        Subject: Returned mail: Cannot send message for 5 days
        To: <owner-ups-mib@CS.UTK.EDU>
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status;
              boundary="RAA14128.773615765/CS.UTK.EDU"

        --RAA14128.773615765/CS.UTK.EDU

        The original message was received at Sat, 2 Jul 1994 17:55:29 -0400
        from root@localhost

            ----- The following addresses had delivery problems -----
        <louisl@larry.slip.umd.edu>  (unrecoverable error)

            ----- Transcript of session follows -----
        <louisl@larry.slip.umd.edu>... Deferred: Connection timed out
                with larry.slip.umd.edu.
        Message could not be delivered for 5 days
        Message will be deleted from queue

        --RAA14128.773615765/CS.UTK.EDU
        content-type: message/delivery-status

        Reporting-MTA: dns; cs.utk.edu

        Original-Recipient: rfc822;louisl@larry.slip.umd.edu
        Final-Recipient: rfc822;louisl@larry.slip.umd.edu
        Action: failed
        Status: 4.0.0
        Diagnostic-Code: smtp; 426 connection timed out
        Last-Attempt-Date: Thu, 7 Jul 1994 17:15:49 -0400

        --RAA14128.773615765/CS.UTK.EDU--
        """;

    // Postfix's DSN (the postfix-loopback shape) with the queue manager's reason for mail to a destination it marked
    // dead (qmgr_defer.c: "delivery temporarily suspended: %s"), which it defers without trying.
    private const string PostfixDsn = """
        From: MAILER-DAEMON@mx.example.test (Mail Delivery System)
        Subject: Undelivered Mail Returned to Sender
        To: collector@dsn.test
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status;
        	boundary="59934B224CE.1795985550/mx.example.test"

        --59934B224CE.1795985550/mx.example.test
        Content-Description: Notification
        Content-Type: text/plain; charset=utf-8

        This is the mail system at host mx.example.test.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        --59934B224CE.1795985550/mx.example.test
        Content-Description: Delivery report
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mx.example.test

        Final-Recipient: rfc822; someone@unreachable.test
        Action: ACTION
        Status: 4.4.1
        Diagnostic-Code: X-Postfix; REASON

        --59934B224CE.1795985550/mx.example.test--
        """;

    private const string Suspended = "delivery temporarily suspended: connect to 127.0.0.1[127.0.0.1]:38529: Connection refused";

    // sisimai-set-of-emails/email-sendgrid-03.eml (development), cut down: SendGrid's report of a message it gave up on,
    // with its own action word (rb-sisimai lib/sisimai/lhost/sendgrid.rb reads "Action: expired" as the reason expired).
    private const string SendGridReport = """
        From: MAILER-DAEMON@nijo.example.ed.jp
        To: kijitora@example.ed.jp
        Subject: Undelivered Mail Returned to Sender
        Content-Type: multipart/report; report-type=delivery-status;
         boundary="----------=_1373307661-18489-143530"
        MIME-Version: 1.0

        ------------=_1373307661-18489-143530
        Content-Type: text/plain

        This is an automatically generated message from SendGrid.

        I'm sorry to have to tell you that your message was not able to be
        delivered to one of its intended recipients.

        kijitora:00000:<kijitora@example.org> : Connection timed out in connect

        ------------=_1373307661-18489-143530
        Content-Type: message/delivery-status

        X-SendGrid-QueueID: 515172155
        Arrival-Date: 2013-07-08 18-21-01

        Final-Recipient: rfc822; kijitora@example.org
        Original-Recipient: rfc822; kijitora@example.org
        Action: ACTION
        Status:
        Diagnostic-Code: Connection timed out

        ------------=_1373307661-18489-143530--
        """;

    [Fact]
    public void IMails_count_of_failed_attempts_means_expired()
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(IMailNotice).Recipients);

        Assert.Equal("userx@example.ph", recipient.FinalRecipient);
        Assert.Equal(SmtpDeliveryAction.Failed, recipient.Action);
        Assert.Equal(SmtpBounceReason.Expired, recipient.Diagnosis.Reason);
        Assert.False(recipient.IsHardBounce);
    }

    [Fact]
    public void A_qmail_connection_failure_past_the_queue_lifetime_has_expired()
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(QmailQueueLifetimeNotice).Recipients);
        Assert.Equal(("userx@example.com", SmtpDeliveryAction.Failed, SmtpBounceReason.Expired), (recipient.FinalRecipient, recipient.Action, recipient.Diagnosis.Reason));
    }

    [Fact]
    public void A_temporary_server_error_after_the_last_of_many_attempts_means_expired()
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(MimecastNotice).Recipients);

        Assert.Equal(SmtpBounceReason.Expired, recipient.Diagnosis.Reason);
    }

    [Fact]
    public void The_rfc_3464_example_given_up_after_five_days_has_expired()
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Rfc3464Example).Recipients);

        Assert.Equal(SmtpDeliveryAction.Failed, recipient.Action);
        Assert.Equal(SmtpBounceReason.Expired, recipient.Diagnosis.Reason);
        Assert.False(recipient.IsHardBounce);
    }

    [Fact]
    public void A_postfix_failure_to_a_destination_it_had_suspended_has_expired()
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(PostfixDsn.Replace("ACTION", "failed").Replace("REASON", Suspended)).Recipients);

        Assert.Equal(SmtpBounceReason.Expired, recipient.Diagnosis.Reason);
    }

    [Fact]
    public void SendGrids_expired_action_is_a_failure_that_has_expired()
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(SendGridReport.Replace("ACTION", "expired")).Recipients);

        Assert.Equal(("kijitora@example.org", SmtpDeliveryAction.Failed, SmtpBounceReason.Expired), (recipient.FinalRecipient, recipient.Action, recipient.Diagnosis.Reason));
        Assert.False(recipient.IsHardBounce);
    }

    [Fact]
    public void The_same_timeout_under_a_plain_failed_action_stays_a_network_error()
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(SendGridReport.Replace("ACTION", "failed")).Recipients);

        Assert.Equal(SmtpBounceReason.NetworkError, recipient.Diagnosis.Reason);
    }

    [Fact]
    public void A_failure_whose_status_says_the_delivery_time_expired_has_expired()
    {
        // RFC 3463 X.4.7: the message was considered too old; the Diagnostic-Code is the last temporary reply.
        string expired = PostfixDsn.Replace("ACTION", "failed").Replace("Status: 4.4.1", "Status: 4.4.7").Replace("REASON", "connect to 127.0.0.1[127.0.0.1]:38529: Connection timed out");

        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(expired).Recipients);

        Assert.Equal(SmtpBounceReason.Expired, recipient.Diagnosis.Reason);
    }

    // Exim's bounce (its spec's "Mail delivery failed" text) of an address whose retry time ran out: retry.c appends
    // ": retry timeout exceeded" to the last deferral's reason, which stays the reason when it is the recipient's.
    private const string EximBounce = """
        From: Mail Delivery System <Mailer-Daemon@mx.example.com>
        To: sender@example.org
        Subject: Mail delivery failed: returning message to sender
        X-Failed-Recipients: kijitora@example.net

        This message was created automatically by mail delivery software.

        A message that you sent could not be delivered to one or more of its
        recipients. This is a permanent error. The following address(es) failed:

          kijitora@example.net
            REASON

        """;

    [Theory]
    [InlineData("Connection timed out: retry timeout exceeded", SmtpBounceReason.Expired)]
    [InlineData("mailbox is full: retry timeout exceeded", SmtpBounceReason.MailboxFull)]
    // A greylisting deferral (ddgrey's Exim ACL message, catalog row TextGreylistedNotYetAuthorized) that lasted until
    // the retry time ran out is labelled by its cause, as the full mailbox is.
    [InlineData("SMTP error from remote mail server after RCPT TO:<kijitora@example.net>: 451 192.0.2.1 is not yet authorized to deliver mail from <sender@example.org> to <kijitora@example.net>. Please try later.: retry timeout exceeded", SmtpBounceReason.Greylisted)]
    public void An_exim_address_whose_retry_time_ran_out_has_expired_unless_its_last_deferral_names_the_cause(string reason, SmtpBounceReason expected)
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(EximBounce.Replace("REASON", reason)).Recipients);

        Assert.Equal(expected, recipient.Diagnosis.Reason);
    }

    // Exim's test suite (Exim/exim test/mail/0531.CALLER, development exim-testsuite/0531.CALLER-3): a bare "450 TEMPERROR"
    // deferred until the retry time ran out. The catalog reads a bare 450 as greylisting, a guess from the code alone for a
    // first deferral; greylisting lets a client that retries through (RFC 6647), so after the whole retry period the code
    // names no cause and the failure has expired. Words that name greylisting keep it (postgrey's documented reply).
    [Theory]
    [InlineData("SMTP error from remote mail server after RCPT TO:<kijitora@example.net>: host 192.0.2.1 [192.0.2.1]: 450 TEMPERROR: retry timeout exceeded", SmtpBounceReason.Expired)]
    [InlineData("SMTP error from remote mail server after RCPT TO:<kijitora@example.net>: host 192.0.2.1 [192.0.2.1]: 450 4.2.0 <kijitora@example.net>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.net.html: retry timeout exceeded", SmtpBounceReason.Greylisted)]
    public void A_bare_temporary_code_given_up_after_the_retry_time_names_no_cause(string reason, SmtpBounceReason expected)
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(EximBounce.Replace("REASON", reason)).Recipients);

        Assert.Equal((SmtpDeliveryAction.Failed, expected, false), (recipient.Action, recipient.Diagnosis.Reason, recipient.IsHardBounce));
    }

    // Postfix refuses an unknown local user with unknown_local_recipient_reject_code, 450 while testing (postconf(5)): a
    // sender that retried until its retry time ran out keeps the cause, and the reply was temporary, so it is no hard bounce.
    [Fact]
    public void A_temporary_unknown_user_given_up_after_the_retry_time_keeps_its_cause_and_stays_soft()
    {
        const string Reason = "SMTP error from remote mail server after RCPT TO:<kijitora@example.net>: host 192.0.2.1 [192.0.2.1]: 450 4.1.1 <kijitora@example.net>: Recipient address rejected: User unknown in local recipient table: retry timeout exceeded";

        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(EximBounce.Replace("REASON", Reason)).Recipients);

        Assert.Equal((SmtpBounceReason.UserUnknown, false), (recipient.Diagnosis.Reason, recipient.IsHardBounce));
    }

    [Fact]
    public void An_exim_explanation_that_ends_with_the_retry_timeout_keeps_the_full_mailbox_as_its_cause()
    {
        // sisimai-set-of-emails/lhost-exim-07.eml: a delivery to a file ("save to", deliver.c's address line) names no
        // recipient address, so the whole explanation is the evidence; its last line is the reason and the suffix, and
        // the line breaks that end the paragraph follow it.
        const string Message = """
            From: Mail Delivery System <MAILER-DAEMON@example.jp>
            To: shironeko@example.ad.jp
            Subject: Mail delivery failed: returning message to sender
            X-Failed-Recipients: shiba@example.com

            This message was created automatically by mail delivery software.

            A message that you sent could not be delivered to one or more of its
            recipients. This is a permanent error. The following address(es) failed:

              save to xxxx
                generated by xxxx
                mailbox is full: retry timeout exceeded

            ------ This is a copy of the message, including all the headers. ------

            """;

        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Message).Recipients);

        Assert.Equal("shiba@example.com", recipient.FinalRecipient);
        Assert.Equal(SmtpBounceReason.MailboxFull, recipient.Diagnosis.Reason);
        Assert.False(recipient.IsHardBounce);
    }

    // flufl.bounce/postfix_02.eml cut down: Postfix's plain-text bounce (no report, so no Arrival-Date) of a message its
    // own Received field says arrived five days before; the last cause is the resolver's temporary TRY_AGAIN.
    private const string PostfixPlainBounce = """
        From: MAILER-DAEMON@mail.wooz.org (Mail Delivery System)
        To: xxxxx@mail.wooz.org
        Subject: Undelivered Mail Returned to Sender
        Date: Wed, 27 Dec 2000 20:42:55 -0500 (EST)
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="B"

        --B
        Content-Description: Notification
        Content-Type: text/plain

        This is the Postfix program at host mail.wooz.org.

        I'm sorry to have to inform you that the message returned
        below could not be delivered to one or more destinations.

        <yyyyy@digicool.com>: Name service error for domain digicool.com: Host not
            found, try again

        --B
        Content-Description: Undelivered Message
        Content-Type: message/rfc822

        Received: by mail.wooz.org (Postfix, from userid 889)
        	id 17E1DD37E0; RECEIVED
        Date: Fri, 22 Dec 2000 20:06:42 -0500
        To: yyyyy@digicool.com
        Subject: testing to yyyyy

        hello yyyyy

        --B--
        """;

    [Theory]
    [InlineData("Fri, 22 Dec 2000 20:06:42 -0500 (EST)", SmtpBounceReason.Expired)]
    [InlineData("Wed, 27 Dec 2000 20:12:55 -0500 (EST)", SmtpBounceReason.Expired)]
    [InlineData("Wed, 27 Dec 2000 20:42:50 -0500 (EST)", SmtpBounceReason.NetworkError)]
    [InlineData("Thu, 28 Dec 2000 01:42:50 +0000", SmtpBounceReason.NetworkError)]
    [InlineData("no date", SmtpBounceReason.NetworkError)]
    public void A_plain_text_bounce_written_a_retry_interval_after_the_returned_message_arrived_has_expired(string received, SmtpBounceReason expected)
    {
        // RFC 5322 3.6.7: the Received field's date-time is when that host received the message; RFC 5321 4.5.4.1's
        // 30 minutes is the shortest retry interval. Seconds after arrival (in any zone) is a first attempt.
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(PostfixPlainBounce.Replace("RECEIVED", received)).Recipients);

        Assert.Equal("yyyyy@digicool.com", recipient.FinalRecipient);
        Assert.Equal(expected, recipient.Diagnosis.Reason);
        Assert.False(recipient.IsHardBounce);
    }

    [Fact]
    public void A_postfix_failure_at_the_first_attempt_stays_a_network_error()
    {
        // Postfix with maximal_queue_lifetime = 0 (the loopback test) gives up at once: nothing says it retried.
        string reason = "connect to 127.0.0.1[127.0.0.1]:38529: Connection refused";
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(PostfixDsn.Replace("ACTION", "failed").Replace("REASON", reason)).Recipients);

        Assert.Equal(SmtpBounceReason.NetworkError, recipient.Diagnosis.Reason);
    }

    [Fact]
    public void A_delayed_recipient_of_a_suspended_destination_has_not_expired()
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(PostfixDsn.Replace("ACTION", "delayed").Replace("REASON", Suspended)).Recipients);

        Assert.Equal(SmtpDeliveryAction.Delayed, recipient.Action);
        Assert.Equal(SmtpBounceReason.NetworkError, recipient.Diagnosis.Reason);
    }

    [Fact]
    public void A_cause_on_the_recipients_side_stays_the_reason_after_the_retries()
    {
        string full = MimecastNotice.Replace("Recipient server unavailable or busy", "Mailbox full").Replace("4.4.4 Temporary server error. Please try again later", "452 4.2.2 Mailbox is full");

        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(full).Recipients);

        Assert.Equal(SmtpBounceReason.MailboxFull, recipient.Diagnosis.Reason);
    }

    // sisimai set-of-emails/email-v5sendmail-01.eml (development), cut down: Sendmail 5's queue return says that the
    // retries ran out only in its subject; the transcript is the last deferral.
    private const string Sendmail5QueueReturn = """
        Date: Sat, 29 Apr 1995 23:34:45 +0900
        From: Mail Delivery Subsystem <MAILER-DAEMON@example.com>
        Subject: SUBJECT
        To: shironeko@example.co.jp

           ----- Transcript of session follows -----
        421 example.com (smtp)... Deferred: Connection timed out during user open with example.com

           ----- Unsent message follows -----
        From: shironeko@example.co.jp
        To: kijitora@example.com
        Subject: Nyaaan

        Nyaaaaaaaaaaaaaaaan
        """;

    // Without the subject's words the same transcript is the last deferral's cause: a connection that timed out.
    [Theory]
    [InlineData("Returned mail: Cannot send message for 4 days", SmtpBounceReason.Expired)]
    [InlineData("Returned mail: see transcript for details", SmtpBounceReason.NetworkError)]
    public void A_subject_that_says_the_retries_ran_out_makes_the_last_deferral_expired(string subject, SmtpBounceReason expected)
    {
        var recipient = Assert.Single(SmtpBounce.Read(Sendmail5QueueReturn.Replace("SUBJECT", subject)).Recipients);
        Assert.Equal(("kijitora@example.com", SmtpDeliveryAction.Failed, expected), (recipient.FinalRecipient, recipient.Action, recipient.Diagnosis.Reason));
    }

    [Theory]
    [InlineData("Delivery failed 20 attempts: a@b.example", true)]
    [InlineData("This condition occurred after 30 attempt(s) to deliver", true)]
    [InlineData("Message could not be delivered for 5 days", true)]
    [InlineData("Cannot send message for 5 days", true)]
    [InlineData("delivery temporarily suspended: connect to x[192.0.2.1]:25: Connection timed out", true)]
    [InlineData("Delivery failed: a@b.example", false)]
    [InlineData("after several attempts", false)]
    [InlineData("Warning: could not send message for past 4 hours", false)]
    [InlineData("Delivery failed 20", false)]
    [InlineData("Delivery failed 1 attempts: a@b.example", false)]
    [InlineData("Delivery failed 01 attempts: a@b.example", false)]
    [InlineData("Delivery failed 2 attempts: a@b.example", true)]
    [InlineData("Connection refused: retry timeout exceeded", true)]
    [InlineData("I'm not going to try again; this message has been in the queue too long.", true)]
    [InlineData("", false)]
    public void The_words_of_retries_that_ran_out_need_their_count(string text, bool ranOut)
    {
        Assert.Equal(ranOut, SmtpBouncePhrases.SaysRetriesRanOut(text, 0, text.Length));
    }

    // Sisimai's email-postfix-08 (development), cut down: Postfix at mail.ru gives up after 18 hours with the last
    // deferral's "Status: 4.4.1" and no words about retries; only the report's dates say that it kept trying.
    private const string PostfixGivenUp = """
        Date: Mon, 24 Nov 2014 14:23:04 +0300 (MSK)
        From: MAILER-DAEMON@fallback7.mail.ru (Mail Delivery System)
        Subject: Undelivered Mail Returned to Sender
        Content-Type: multipart/report; report-type=delivery-status; boundary="b"

        --b
        Content-Type: text/plain

        <kijitora@example.com>: connect to example.com[93.184.216.119]: Connection
            timed out

        --b
        Content-Type: message/delivery-status

        Reporting-MTA: dns; fallback7.mail.ru
        Arrival-Date: ARRIVAL

        Final-Recipient: rfc822; kijitora@example.com
        Action: failed
        Status: 4.4.1
        Diagnostic-Code: X-mPOP-Fallback_MX; connect to example.com[93.184.216.119]:
            Connection timed out

        --b--
        """;

    // RFC 5321 4.5.4.1: retries at least 30 minutes apart. A report written that long after the message arrived comes
    // after a retry; so does a class-4 Status kept a minute or more (23 minutes here, session 42). One written at once
    // (a first attempt that failed), or with no arrival date, keeps the last cause.
    [Theory]
    [InlineData("Sun, 23 Nov 2014 19:55:16 +0300 (MSK)", SmtpBounceReason.Expired)]
    [InlineData("Mon, 24 Nov 2014 13:53:04 +0300", SmtpBounceReason.Expired)]
    [InlineData("Mon, 24 Nov 2014 10:53:04 +0000", SmtpBounceReason.Expired)]
    [InlineData("Mon, 24 Nov 2014 14:22:59 +0300", SmtpBounceReason.NetworkError)]
    [InlineData("Mon, 24 Nov 2014 11:00:00 +0000", SmtpBounceReason.Expired)]
    [InlineData("Mon, 24 Nov 2014 15:00:00 +0300", SmtpBounceReason.NetworkError)]
    [InlineData("not a date", SmtpBounceReason.NetworkError)]
    public void A_report_written_a_retry_interval_after_the_arrival_has_expired(string arrival, SmtpBounceReason expected)
    {
        SmtpBounce bounce = SmtpBounce.Read(PostfixGivenUp.Replace("ARRIVAL", arrival));
        var recipient = Assert.Single(bounce.Recipients);
        Assert.Equal(new DateTimeOffset(2014, 11, 24, 14, 23, 4, TimeSpan.FromHours(3)), bounce.Date);
        Assert.Equal((SmtpDeliveryAction.Failed, expected), (recipient.Action, recipient.Diagnosis.Reason));
    }

    // The same report with a class-5 Status: only the 30-minute retry interval says the retries ran out, not the
    // minute that a class-4 Status needs (a time-out given up at 23 minutes keeps NetworkError, at 31 it has expired).
    [Theory]
    [InlineData("Mon, 24 Nov 2014 14:00:04 +0300", SmtpBounceReason.NetworkError)]
    [InlineData("Mon, 24 Nov 2014 13:52:04 +0300", SmtpBounceReason.Expired)]
    public void A_class_5_status_needs_a_retry_interval_to_have_expired(string arrival, SmtpBounceReason expected)
    {
        SmtpBounce bounce = SmtpBounce.Read(PostfixGivenUp.Replace("ARRIVAL", arrival).Replace("Status: 4.4.1", "Status: 5.4.1"));
        var recipient = Assert.Single(bounce.Recipients);
        Assert.Equal((SmtpDeliveryAction.Failed, expected), (recipient.Action, recipient.Diagnosis.Reason));
    }

    // Postfix returns a message older than maximal_queue_lifetime with each recipient's last deferral as a failure
    // (qmgr_active.c: "status=expired, returned to sender", then the deferred log flushed as the bounce): Action failed
    // beside the last reply's class-4 Status, and no words about retries. A class-4 Status given up is the MTA's word
    // that a temporary condition persisted (RFC 3463 class 4: "abandonment"); kept a minute or more (a short queue
    // lifetime: three minutes here, the loopback runs'), the retries ran out and a remote system's error has expired.
    // Written within seconds of the arrival (Gmail's and Cloudflare's give-ups at once), a class-5 Status, a delayed
    // recipient or a cause on the recipient's side keep the last reply's reading.
    [Theory]
    [InlineData("Mon, 24 Nov 2014 14:20:04 +0300", "failed", "4.3.0", "451 4.3.0 Internal server error", SmtpBounceReason.Expired)]
    [InlineData("Mon, 24 Nov 2014 14:21:50 +0300", "failed", "4.0.0", "421 Service not available", SmtpBounceReason.Expired)]
    [InlineData("Mon, 24 Nov 2014 14:23:01 +0300", "failed", "4.3.0", "451 4.3.0 Internal server error", SmtpBounceReason.SystemError)]
    [InlineData("Mon, 24 Nov 2014 14:20:04 +0300", "failed", "5.3.0", "451 4.3.0 Internal server error", SmtpBounceReason.SystemError)]
    [InlineData("Mon, 24 Nov 2014 14:20:04 +0300", "delayed", "4.3.0", "451 4.3.0 Internal server error", SmtpBounceReason.SystemError)]
    [InlineData("Mon, 24 Nov 2014 14:20:04 +0300", "failed", "4.2.2", "452 4.2.2 Mailbox full", SmtpBounceReason.MailboxFull)]
    [InlineData("Mon, 24 Nov 2014 14:22:04 +0300", "failed", "4.3.0", "451 4.3.0 Internal server error", SmtpBounceReason.Expired)]
    [InlineData("Mon, 24 Nov 2014 14:22:05 +0300", "failed", "4.3.0", "451 4.3.0 Internal server error", SmtpBounceReason.SystemError)]
    public void A_class_4_status_given_up_after_the_first_attempt_has_expired(string arrival, string action, string status, string reply, SmtpBounceReason expected)
    {
        string given = PostfixGivenUp.Replace("ARRIVAL", arrival).Replace("Action: failed", "Action: " + action).Replace("Status: 4.4.1", "Status: " + status)
            .Replace("X-mPOP-Fallback_MX; connect to example.com[93.184.216.119]:\n    Connection timed out", "smtp; " + reply)
            .Replace("connect to example.com[93.184.216.119]: Connection\n    timed out", "host example.com said: " + reply);
        var recipient = Assert.Single(SmtpBounce.Read(given).Recipients);
        Assert.Equal(expected, recipient.Diagnosis.Reason);
        Assert.False(recipient.IsHardBounce);
    }

    [Fact]
    public void A_report_held_for_hours_keeps_a_cause_on_the_recipients_side()
    {
        string unknown = PostfixGivenUp.Replace("ARRIVAL", "Sun, 23 Nov 2014 19:55:16 +0300")
            .Replace("Status: 4.4.1", "Status: 5.1.1")
            .Replace("X-mPOP-Fallback_MX; connect to example.com[93.184.216.119]:", "smtp; 550 5.1.1 <kijitora@example.com>: User unknown,");
        var recipient = Assert.Single(SmtpBounce.Read(unknown).Recipients);
        Assert.Equal(SmtpBounceReason.UserUnknown, recipient.Diagnosis.Reason);
    }
}
