using System;
using System.Linq;
using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>The kinds and fields of <see cref="SmtpBounce"/> on small messages in the shapes RFC 3464, 6533, 3834 and 5965 define.</summary>
public sealed class SmtpBounceReadingTests
{
    private const string Dsn = """
        From: MAILER-DAEMON@mx.example.net
        Subject: Undelivered Mail Returned to Sender
        Content-Type: multipart/report; report-type=delivery-status; boundary="b"

        --b
        Content-Type: text/plain

        <gone@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <gone@example.org>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)

        --b
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mx.example.net

        Final-Recipient: rfc822; gone@example.org
        Original-Recipient: rfc822;Gone@Example.org
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.example.org
        Diagnostic-Code: smtp; 550 5.1.1 <gone@example.org>: Recipient address rejected: User unknown in virtual mailbox table
        Last-Attempt-Date: Tue, 3 Oct 2023 18:33:46 -0400

        Final-Recipient: rfc822; later@example.org
        Action: delayed
        Status: 4.4.1
        Diagnostic-Code: X-Postfix; connect to mx.example.org[192.0.2.1]:25: Connection timed out

        --b
        Content-Type: text/rfc822-headers

        Message-ID: <42@sender.example>
        To: gone@example.org, later@example.org
        Subject: =?utf-8?Q?Caf=C3=A9?=

        --b--
        """;

    [Fact]
    public void A_DSN_gives_one_record_per_recipient_with_its_fields()
    {
        Assert.True(SmtpBounce.TryRead(Dsn, out SmtpBounce bounce));
        Assert.Equal(SmtpBounceMessageKind.DeliveryStatus, bounce.Kind);
        Assert.Equal("mx.example.net", bounce.ReportingMta);
        Assert.Equal("<42@sender.example>", bounce.OriginalMessageId);
        Assert.Equal("Café", bounce.OriginalSubject);
        Assert.Equal(2, bounce.Recipients.Count);

        SmtpBounceRecipient gone = bounce.Recipients[0];
        Assert.Equal(("gone@example.org", "Gone@Example.org", SmtpDeliveryAction.Failed, "mx.example.org", "smtp"),
            (gone.FinalRecipient, gone.OriginalRecipient, gone.Action, gone.RemoteMta, gone.DiagnosticType));
        Assert.Equal("5.1.1", gone.Status?.ToString());
        Assert.Equal(new DateTimeOffset(2023, 10, 3, 18, 33, 46, TimeSpan.FromHours(-4)), gone.LastAttemptDate);
        Assert.Equal(SmtpBounceReason.UserUnknown, gone.Diagnosis.Reason);
        Assert.True(gone.IsHardBounce);

        SmtpBounceRecipient later = bounce.Recipients[1];
        Assert.Equal((SmtpDeliveryAction.Delayed, "4.4.1", "X-Postfix"), (later.Action, later.Status?.ToString(), later.DiagnosticType));
        Assert.False(later.IsHardBounce);
    }

    [Fact]
    public void A_global_delivery_status_part_is_read_as_a_DSN()
    {
        string global = Dsn.Replace("message/delivery-status", "message/global-delivery-status");
        Assert.Equal(2, SmtpBounce.Read(global).Recipients.Count);
    }

    [Fact]
    public void An_Exim_bounce_names_its_failed_recipients_in_a_header_and_its_text()
    {
        const string Exim = """
            From: Mail Delivery System <Mailer-Daemon@mx.example.net>
            Subject: Mail delivery failed: returning message to sender
            X-Failed-Recipients: nobody@example.org

            This message was created automatically by mail delivery software.

            A message that you sent could not be delivered to one or more of its
            recipients. This is a permanent error. The following address(es) failed:

              nobody@example.org
                host mx.example.org [192.0.2.1]
                SMTP error from remote mail server after RCPT TO:<nobody@example.org>:
                550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown

            ------ This is a copy of the message, including all the headers. ------

            Message-ID: <7@sender.example>
            To: nobody@example.org
            Subject: hello
            """;
        SmtpBounce bounce = SmtpBounce.Read(Exim);
        Assert.Equal(SmtpBounceMessageKind.PlainTextBounce, bounce.Kind);
        SmtpBounceRecipient recipient = Assert.Single(bounce.Recipients);
        Assert.Equal("nobody@example.org", recipient.FinalRecipient);
        Assert.Equal("5.1.1", recipient.Status?.ToString());
        Assert.Equal(SmtpBounceReason.UserUnknown, recipient.Diagnosis.Reason);
        Assert.Equal("<7@sender.example>", bounce.OriginalMessageId);
        Assert.Equal("mx.example.net", bounce.ReportingMta);
    }

    [Fact]
    public void A_Sendmail_transcript_names_the_recipient_once()
    {
        const string Sendmail = """
            From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.net>
            Subject: Returned mail: see transcript for details

               ----- The following addresses had permanent fatal errors -----
            <nobody@example.org>
                (reason: 550 5.1.1 <nobody@example.org>... User unknown)

               ----- Transcript of session follows -----
            ... while talking to mx.example.org.:
            >>> RCPT To:<nobody@example.org>
            <<< 550 5.1.1 <nobody@example.org>... User unknown
            550 5.1.1 <nobody@example.org>... User unknown
            """;
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Sendmail).Recipients);
        Assert.Equal("5.1.1", recipient.Status?.ToString());
    }

    [Theory]
    [InlineData("MAILER-DAEMON@AOL.com", "screenname@aol.com")]
    [InlineData("MAILER-DAEMON@mx.example.net", null)]
    public void An_AOL_bounce_names_its_recipients_by_screen_name(string sender, string? recipient)
    {
        // AOL's format (flufl.bounce's aol_01, development): the screen names on the lines after the sentence. Only AOL
        // writes bare screen names, so another sender's bare words are no recipients.
        string message = $"From: \"Mail Delivery Subsystem\" <{sender}>\nSubject: Mail Delivery Problem\n\n"
            + "Your mail to the following recipients could not be delivered because they are not accepting mail from list@lists.example.com:\n"
            + "\tscreenname\n\n";

        SmtpBounce bounce = SmtpBounce.Read(message);

        Assert.Equal(SmtpBounceMessageKind.PlainTextBounce, bounce.Kind);
        Assert.Equal(recipient, bounce.Recipients.SingleOrDefault()?.FinalRecipient);
    }

    [Fact]
    public void An_auto_reply_is_not_a_bounce_and_has_no_failed_recipient()
    {
        const string Vacation = """
            From: Alice <alice@example.org>
            Subject: Out of Office: hello
            Auto-Submitted: auto-replied

            I am away until Monday and will answer when I am back. Mail to bob@example.org for urgent matters.
            """;
        Assert.False(SmtpBounce.TryRead(Vacation, out SmtpBounce bounce));
        Assert.Equal(SmtpBounceMessageKind.AutoReply, bounce.Kind);
        Assert.Empty(bounce.Recipients);
    }

    [Fact]
    public void A_feedback_report_names_the_complaining_address_without_a_failure()
    {
        const string Arf = """
            From: feedback@isp.example
            Subject: Abuse report
            Content-Type: multipart/report; report-type=feedback-report; boundary="f"

            --f
            Content-Type: text/plain

            This is an email abuse report.
            --f
            Content-Type: message/feedback-report

            Feedback-Type: abuse
            User-Agent: SomeGenerator/1.0
            Version: 1
            Original-Mail-From: <news@sender.example>
            Original-Rcpt-To: <reader@isp.example>

            --f
            Content-Type: text/rfc822-headers

            Message-ID: <9@sender.example>
            --f--
            """;
        SmtpBounce bounce = SmtpBounce.Read(Arf);
        Assert.Equal(SmtpBounceMessageKind.FeedbackReport, bounce.Kind);
        Assert.False(bounce.IsBounce);
        SmtpBounceRecipient complainant = Assert.Single(bounce.Recipients);
        Assert.Equal(("reader@isp.example", SmtpDeliveryAction.Unknown, "abuse"), (complainant.FinalRecipient, complainant.Action, complainant.DiagnosticText));
        Assert.Equal("<9@sender.example>", bounce.OriginalMessageId);
    }

    [Fact]
    public void Ordinary_mail_that_mentions_delivery_is_not_a_bounce()
    {
        const string Mail = """
            From: Carol <carol@example.org>
            To: dave@example.org
            Subject: Re: the parcel

            The parcel could not be delivered yesterday; write to me at carol@example.org.
            """;
        SmtpBounce bounce = SmtpBounce.Read(Mail);
        Assert.Equal(SmtpBounceMessageKind.NotBounce, bounce.Kind);
        Assert.Empty(bounce.Recipients);
    }

    [Fact]
    public void Null_and_empty_input_read_as_ordinary_mail()
    {
        Assert.Equal(SmtpBounceMessageKind.NotBounce, SmtpBounce.Read((string?)null).Kind);
        Assert.Equal(SmtpBounceMessageKind.NotBounce, SmtpBounce.Read((byte[]?)null).Kind);
        Assert.Equal(SmtpBounceMessageKind.NotBounce, SmtpBounce.Read(string.Empty).Kind);
    }

    [Fact]
    public void Bytes_spans_and_strings_read_alike()
    {
        byte[] bytes = System.Text.Encoding.UTF8.GetBytes(Dsn);
        Assert.Equal(SmtpBounce.Read(Dsn).Recipients.Select(r => r.ToString()), SmtpBounce.Read(bytes).Recipients.Select(r => r.ToString()));
        Assert.Equal(SmtpBounce.Read(bytes).Recipients.Select(r => r.ToString()), SmtpBounce.Read(new System.ReadOnlySpan<byte>(bytes)).Recipients.Select(r => r.ToString()));
        Assert.Equal(SmtpBounce.Read(Dsn).Recipients.Select(r => r.ToString()), SmtpBounce.Read(System.MemoryExtensions.AsSpan(Dsn)).Recipients.Select(r => r.ToString()));
    }

    [Fact]
    public void Every_returned_message_marker_passes_the_cheap_line_filter()
    {
        foreach (string marker in SmtpBouncePhrases.ReturnedMessageMarkers)
        {
            Assert.True(SmtpBouncePhrases.MayBeReturnedMessageMarker(marker, 0, marker.Length), marker);
        }
    }
}
