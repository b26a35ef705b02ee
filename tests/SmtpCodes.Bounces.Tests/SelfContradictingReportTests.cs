using System;
using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// A delivery status report whose action (RFC 3464 2.3.3: "failed") and status (2.3.4: class 2, success) disagree:
/// the action is the report's statement about the recipient, so the recipient is never read as delivered.
/// </summary>
public sealed class SelfContradictingReportTests
{
    private const string Report = """
        From: MAILER-DAEMON@mx.example.org
        To: sender@example.org
        Subject: Returned mail: see transcript for details
        Content-Type: multipart/report; report-type=delivery-status; boundary="b"

        --b
        Content-Type: text/plain

        The original message was received at Mon, 1 Jan 2024 10:00:00 GMT
        {0}
        --b
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mx.example.org

        Final-Recipient: rfc822; user@example.net
        Action: failed
        Status: 2.0.0
        Diagnostic-Code: smtp; 250 2.0.0 accepted

        --b--
        """;

    [Fact]
    public void A_failed_recipient_with_a_success_status_takes_the_failure_its_transcript_names()
    {
        string message = Report.Replace("{0}", """

               ----- Transcript of session follows -----
            ... while talking to mx.example.net.:
            >>> RCPT To:<user@example.net>
            <<< 550 5.1.1 <user@example.net>... User unknown

            """);

        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(message).Recipients);
        Assert.Equal(SmtpDeliveryAction.Failed, recipient.Action);
        Assert.Equal(SmtpBounceReason.UserUnknown, recipient.Diagnosis.Reason);
        Assert.True(recipient.Diagnosis.IsHardBounce);
    }

    [Fact]
    public void A_failed_recipient_with_only_success_codes_is_no_delivery()
    {
        string message = Report.Replace("{0}", string.Empty);

        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(message).Recipients);
        Assert.Equal(SmtpDeliveryAction.Failed, recipient.Action);
        Assert.NotEqual(SmtpBounceReason.Delivered, recipient.Diagnosis.Reason);
        Assert.NotEqual(SmtpReplyClass.Success, recipient.Diagnosis.Class);
    }

    // Exchange 5.5's Internet Mail Service writes its notice in HTML, repeats the original Subject in its <TITLE> and
    // its list, and gives the recipient's cause in its own words with no reply code (flufl.bounce's groupwise_02 has
    // the shape). A version number in that Subject is no status code of the recipient's.
    private const string ExchangeHtmlNotice = """
        From: System Administrator <postmaster@mail.example.net>
        To: sender@example.org
        Subject: Undeliverable: RELEASED Widget 2.0.12
        MIME-Version: 1.0
        Content-Type: text/html; charset="iso-8859-1"

        <HTML><HEAD><TITLE>Undeliverable: RELEASED Widget 2.0.12</TITLE></HEAD><BODY>
        <P>Your message<BR>
        <BR>
        &nbsp; To:&nbsp; list@example.org<BR>
        &nbsp; Subject: RELEASED Widget 2.0.12<BR>
        <BR>
        did not reach the following recipient(s):<BR>
        <BR>
        user@example.net on Thu, 11 Jul 2002 16:54:54 -0300<BR>
        &nbsp;&nbsp;&nbsp; The recipient name is not recognized<BR>
        &nbsp;&nbsp;&nbsp; MSEXCH:IMS:Example:SITE:MAIL01 0 (000C05A6) Unknown Recipient<BR>
        </P></BODY></HTML>
        """;

    [Fact]
    public void A_version_number_in_a_notice_without_codes_is_no_delivery()
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(ExchangeHtmlNotice).Recipients);

        Assert.Equal("user@example.net", recipient.FinalRecipient);
        Assert.Equal(SmtpDeliveryAction.Failed, recipient.Action);
        Assert.NotEqual(SmtpReplyClass.Success, recipient.Diagnosis.Class);
        Assert.Equal(SmtpBounceReason.UserUnknown, recipient.Diagnosis.Reason);
    }

    // A reply that quotes another success inside its text still says success once its own codes are cut.
    private const string QuotedSuccessReport = """
        From: MAILER-DAEMON@mx.example.org
        To: sender@example.org
        Subject: Delivery Status Notification
        Content-Type: multipart/report; report-type=delivery-status; boundary="b"

        --b
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mx.example.org

        Final-Recipient: rfc822; user@example.net
        Action: {0}
        Status: 2.0.0
        Diagnostic-Code: smtp; 250 2.0.0 ok (remote said: 250 queued)

        --b--
        """;

    [Theory]
    [InlineData("failed", SmtpDeliveryAction.Failed, SmtpReplyClass.Permanent)]
    [InlineData("delayed", SmtpDeliveryAction.Delayed, SmtpReplyClass.Transient)]
    public void Words_that_still_say_success_read_as_the_failure_the_action_states(string action, SmtpDeliveryAction expected, SmtpReplyClass replyClass)
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(QuotedSuccessReport.Replace("{0}", action)).Recipients);

        Assert.Equal(expected, recipient.Action);
        Assert.Equal(replyClass, recipient.Diagnosis.Class);
        Assert.NotEqual(SmtpBounceReason.Delivered, recipient.Diagnosis.Reason);
        Assert.False(recipient.Diagnosis.IsHardBounce);
    }

    // WithoutSuccess reads the evidence again without its codes: the reply's text is parsed into a buffer of the read
    // (no string), and it must be the text TryParse gives, wrapper and closing quote cut (Postfix's "(in reply to ...)",
    // Exchange's "Remote Server returned '...'").
    [Theory]
    [InlineData("smtp; 250 2.0.0 accepted", "accepted")]
    [InlineData("host mx.example.net[192.0.2.1] said: 250 2.0.0 Ok: queued (in reply to end of DATA command)", "Ok: queued")]
    [InlineData("Remote Server returned '250 2.0.0 ok'", "ok")]
    [InlineData("250-mx.example.net\r\n250 2.0.0 accepted for delivery", "mx.example.net accepted for delivery")]
    [InlineData("no code at all", "no code at all")]
    public void The_reply_text_read_into_a_buffer_is_the_text_TryParse_gives(string reply, string text)
    {
        char[] buffer = new char[reply.Length];
        int length = SmtpReply.ParseTextInto(reply.AsSpan(), buffer);

        SmtpReply.TryParse(reply, out SmtpReply parsed);
        Assert.Equal(text, parsed.Text);
        Assert.Equal(text, new string(buffer, 0, length));
    }
}
