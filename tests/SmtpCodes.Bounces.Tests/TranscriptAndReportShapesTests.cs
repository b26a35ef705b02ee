using System.Linq;
using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// Shapes of session 6's development messages that the reader misread, each fixed by a general rule. Inputs are cut
/// from Sisimai's set of emails (rb-sisimai, BSD-2-Clause; development sources), named in each test.
/// </summary>
public sealed class TranscriptAndReportShapesTests
{
    [Fact]
    public void A_final_recipient_without_a_local_part_takes_the_address_the_text_names()
    {
        // email-sendmail-15.eml: a gateway's Sendmail writes "Final-Recipient: RFC822; @mx.example.org", a domain and no
        // mailbox; the text's "<kijitora@example.org>" under "permanent fatal errors" is the recipient.
        const string Message = """
            From: Mail Delivery Subsystem <MAILER-DAEMON@mx4.smtp.example.co.jp>
            To: <shironeko@example.or.jp>
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type=delivery-status; boundary="b"
            Subject: Returned mail: see transcript for details

            --b

               ----- The following addresses had permanent fatal errors -----
            <kijitora@example.org>
                (reason: 550 Host unknown)

               ----- Transcript of session follows -----
            550 5.1.2 <kijitora@example.org>... Host unknown (Name server: smtp24.example.org: no data known)

            --b
            Content-Type: message/delivery-status

            Reporting-MTA: dns; mx4.smtp.example.co.jp

            Final-Recipient: RFC822; @mx.example.org
            Action: failed
            Status: 5.1.2

            --b--
            """;

        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Message).Recipients);
        Assert.Equal("kijitora@example.org", recipient.OriginalRecipient);
        Assert.Equal(SmtpBounceReason.HostUnknown, recipient.Diagnosis.Reason);
    }

    [Fact]
    public void An_original_envelope_id_that_looks_like_an_address_is_no_recipient()
    {
        // email-messagingserver-03.eml: PMDF's report without its MIME boundaries, read as text; RFC 3464's
        // Original-Envelope-Id is the sender's ENVID (RFC 3461), an identifier, here written like an address.
        const string Message = """
            From: PMDF e-Mail Interconnect <MAILER-DAEMON@internetmci.com>
            Subject: Delivery Notification: Delivery has failed
            To: shironeko@example.com

            Your message cannot be delivered to the following recipients:

              Recipient address: sabineko@example.org
              Reason: Remote SMTP server has rejected address
              Diagnostic code: smtp; 550 5.7.1 550 User Unknown: sabineko@example.org

            Original-envelope-id: 000000000000000@example.org
            Reporting-MTA: dns; mailbox0.d5.example.org
            """;

        Assert.Equal(new[] { "sabineko@example.org" }, SmtpBounce.Read(Message).Recipients.Select(r => r.FinalRecipient).ToArray());
    }

    [Fact]
    public void The_remote_reply_in_a_transcript_beats_a_later_local_deferral()
    {
        // email-v5sendmail-03.eml: Sendmail 5 quotes the remote "<<< 550 ..., User Unknown", then its own summary and a
        // later local "421 ... Deferred: Connection timed out" line; the remote's reply is why the recipient failed.
        const string Message = """
            From: Mail Delivery Subsystem <MAILER-DAEMON@example.com>
            Subject: Returned mail: Deferred: Connection timed out during user open with example.org
            To: webmaster@exampe.com

               ----- Transcript of session follows -----
            While talking to smtp.example.com:
            >>> RCPT To:<kijitora@example.org>
            <<< 550 <kijitora@example.org>, User Unknown
            550 <kijitora@example.org>... User unknown
            421 example.org (smtp)... Deferred: Connection timed out during user open with example.org

               ----- Unsent message follows -----
            From: webmaster@exampe.com
            To: kijitora@exampe.org
            Subject: Nyaaan
            """;

        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Message).Recipients);
        Assert.Equal("kijitora@example.org", recipient.FinalRecipient);
        Assert.Equal(550, (int?)recipient.Diagnosis.BasicCode);
        Assert.Equal(SmtpBounceReason.UserUnknown, recipient.Diagnosis.Reason);
    }

    [Fact]
    public void A_remote_reply_before_the_line_that_names_the_recipient_is_its_evidence()
    {
        // email-v5sendmail-06.eml: the remote refused MAIL From ("<<< 550 Insecure Mail Relay"); Sendmail's next line
        // names the recipient with its own 554, and a later line is a local deferral.
        const string Message = """
            From: Mail Delivery Subsystem <MAILER-DAEMON@example.net>
            Subject: Returned mail: Deferred: Connection timed out during user open with example.org
            To: shironeko@example.jp

               ----- Transcript of session follows -----
            While talking to mx.example.edu:
            >>> MAIL From:<shironeko@example.jp>
            <<< 550 Insecure Mail Relay
            554 <kijitora@example.edu>... Remote protocol error
            421 example.org (smtp)... Deferred: Connection timed out during user open with example.org

               ----- Unsent message follows -----
            From: shironeko@example.jp
            To: kijitora@example.edu
            Subject: Nyaaaaan
            """;

        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Message).Recipients);
        Assert.Equal("kijitora@example.edu", recipient.FinalRecipient);
        Assert.Equal(550, (int?)recipient.Diagnosis.BasicCode);
        Assert.NotEqual(SmtpBounceReason.NetworkError, recipient.Diagnosis.Reason);
    }

    [Fact]
    public void A_sentence_that_names_its_recipients_before_a_colon_names_the_address_after_it()
    {
        // email-x6-01.eml: "The following recipients returned permanent errors: a@b. Reason: ...", one line.
        const string Message = """
            From: mailer-daemon
            To: neko@example.co.jp
            Subject: There was an error sending your mail

            We had trouble delivering your message. Full details follow:

            1 error(s):

            The following recipients returned permanent errors: kijitora@nyaan.example.org. Reason: SMTP Server <192.0.2.223> refused to accept your message (DATA), with the following error message: [554 5.4.6 Hop count exceeded - possible mail loop]
            """;

        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Message).Recipients);
        Assert.Equal("kijitora@nyaan.example.org", recipient.FinalRecipient);
    }

    [Fact]
    public void A_line_that_names_the_recipient_again_keeps_the_reply_before_the_address()
    {
        // email-mailfoundry-02.eml: "responded with failure: 552 sorry, mailbox a@b is over quota": the reply code
        // stands before the address the line names again.
        const string Message = """
            From: MAILER-DAEMON@mx3.example.org
            To: shironeko@example.net
            Subject: Delivery failure

            Unable to deliver message to: <kijitora@example.org>
            Delivery failed for the following reason:
            mail.example.org[192.0.2.222] responded with failure: 552 sorry, mailbox kijitora@example.org is over quota temporarily (#5.1.1)

            This has been a permanent failure. No further delivery attempts will be made.
            """;

        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Message).Recipients);
        Assert.Equal(552, (int?)recipient.Diagnosis.BasicCode);
    }
}
