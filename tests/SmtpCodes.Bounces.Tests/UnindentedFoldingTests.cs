using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// Header fields whose folded lines lost their indentation (RFC 5322 2.2.3 folds with leading white space; relays and
/// mailbox exports sometimes strip it): the header goes on where more fields follow, so the message does not end its
/// header early and read as ordinary mail.
/// </summary>
public sealed class UnindentedFoldingTests
{
    [Fact]
    public void A_received_field_folded_without_indentation_does_not_end_the_header()
    {
        // Exim writes its Received field on three folded lines (Exim's spec, "The Received: header line"); here they
        // lost their indentation on the way, and the bounce's From, Subject and X-Failed-Recipients come after them.
        const string Message = """
            Return-path: <>
            Received: from mout.example.net ([192.0.2.10])
            by mx.example.org with esmtps (TLS1.3) (Exim 4.96)
            id 1rA2b3-0004xy-Ab
            for sender@example.org; Mon, 01 Jan 2024 10:00:00 +0100
            From: Mail Delivery System <MAILER-DAEMON@mout.example.net>
            To: sender@example.org
            Subject: Mail delivery failed: returning message to sender
            X-Failed-Recipients: user@example.net

            This message was created automatically by mail delivery software.

            A message that you sent could not be delivered to one or more of its
            recipients. This is a permanent error. The following address(es) failed:

              user@example.net
                mailbox is full: retry timeout exceeded
            """;

        SmtpBounce bounce = SmtpBounce.Read(Message);
        Assert.Equal("Mail delivery failed: returning message to sender", bounce.Subject);
        Assert.Equal(SmtpBounceMessageKind.PlainTextBounce, bounce.Kind);
        SmtpBounceRecipient recipient = Assert.Single(bounce.Recipients);
        Assert.Equal("user@example.net", recipient.FinalRecipient);
        Assert.Equal(SmtpBounceReason.MailboxFull, recipient.Diagnosis.Reason);
    }

    [Fact]
    public void A_diagnostic_code_continued_on_unindented_lines_keeps_the_fields_after_it()
    {
        // sisimai-set-of-emails/rhost-messagelabs-01.eml (development): the multi-line reply of the Diagnostic-Code
        // goes on at the start of the line ("550-...", "550 ..."), and Status and Action follow it.
        const string Message = """
            From: Mail Delivery System <MAILER-DAEMON@example.org>
            To: sender@example.org
            Subject: Undelivered Mail Returned to Sender
            Content-Type: multipart/report; report-type=delivery-status; boundary="b"

            --b
            Content-Type: text/plain

            Your message could not be delivered.

            --b
            Content-Type: message/delivery-status

            Reporting-MTA: dns; mx.example.org

            Final-Recipient: rfc822; user@example.net
            Diagnostic-Code: smtp; 550-Please turn on SMTP Authentication in your mail client.
            550-mail.example.net [192.0.2.21]:25 is not permitted to
            550 relay through this server without authentication.
            Status: 5.7.1
            Action: failed

            --b--
            """;

        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Message).Recipients);
        Assert.Equal("user@example.net", recipient.FinalRecipient);
        Assert.Equal(SmtpDeliveryAction.Failed, recipient.Action);
        Assert.Equal("5.7.1", recipient.Status.ToString());
        Assert.Contains("relay through this server", recipient.DiagnosticText);
    }

    [Fact]
    public void A_body_that_follows_the_header_without_a_blank_line_stays_body()
    {
        // No blank line after the header (some scripts write it so): the Postfix-style recipient line is no field.
        const string Message = """
            From: MAILER-DAEMON@example.org
            Subject: Undelivered Mail Returned to Sender
            This is the mail system at host example.org.
            <user@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 User unknown
            """;

        SmtpBounce bounce = SmtpBounce.Read(Message);
        SmtpBounceRecipient recipient = Assert.Single(bounce.Recipients);
        Assert.Equal("user@example.net", recipient.FinalRecipient);
        Assert.Equal(SmtpBounceReason.UserUnknown, recipient.Diagnosis.Reason);
    }

    [Fact]
    public void A_content_type_parameter_on_an_unindented_line_still_belongs_to_it()
    {
        // sisimai-set-of-emails/email-apachejames-01.eml (development): "Content-Type: multipart/alternative;" and
        // its "boundary=..." on the next line, unindented; the parts inside are found by that boundary.
        const string Message = """
            From: sender@example.org
            To: user@example.net
            Subject: Test
            Content-Type: multipart/mixed; boundary="outer"

            --outer
            Content-Type: multipart/alternative;
            boundary="inner"

            --inner
            Content-Type: text/plain; charset=us-ascii

            Error: Invalid user address
            --inner--

            --outer--
            """;

        SmtpMimeEntity alternative = Assert.Single(SmtpMimeParser.ParseMessage(Message).Children);
        Assert.Equal("multipart/alternative", alternative.MediaType);
        SmtpMimeEntity text = Assert.Single(alternative.Children);
        Assert.Equal("text/plain", text.MediaType);
        Assert.Equal("Error: Invalid user address", text.DecodedText.ToString().Trim());
    }
}
