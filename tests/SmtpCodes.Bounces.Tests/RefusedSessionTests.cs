using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// Postfix's smtp(8) writes "host %s refused to talk to me: %s" when the server refused the session itself: a greeting
/// banner that is not 2xx, or a refused EHLO/HELO (src/smtp/smtp_proto.c, smtp_helo()), before any MAIL FROM or RCPT TO
/// (RFC 5321 sections 3.1 and 4.1.1.1). Such a reply names no address, mailbox or transaction command, so the meaning
/// of an RFC 3463 X.1, X.2 or X.5 code in it does not hold. The report is the development message
/// sisimai-set-of-emails/rhost-franceptt-10.eml (La Poste's "550 5.5.0 Service refuse" banner), cut down; a banner
/// refused with 5xx is reported as 4.X.X by Postfix (smtp_skip_5xx_greeting), so its Status is 4.5.0.
/// </summary>
public sealed class RefusedSessionTests
{
    private const string Report = """
        Date: Wed, 18 Dec 2019 08:25:18 +0100 (CET)
        From: MAILER-DAEMON@xxxx.xxxx.net (Mail Delivery System)
        Subject: Undelivered Mail Returned to Sender
        To: xxxx@xxxx.fr
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary="b"

        --b
        Content-Description: Notification
        Content-Type: text/plain; charset=us-ascii

        This is the mail system at host xxxx.xxxx.net.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

                           The mail system

        <xxxx@laposte.net>: host smtpz4.laposte.net[194.117.213.1] {context}: 550 5.5.0 Service refuse. Veuillez essayer plus tard. service
            refused, please try later. LPN001_108{command}

        --b
        Content-Description: Delivery report
        Content-Type: message/delivery-status

        Reporting-MTA: dns; xxxx.xxxx.net
        Arrival-Date: {arrival}

        Final-Recipient: rfc822; xxxx@laposte.net
        Action: failed
        Status: 4.5.0
        Remote-MTA: dns; smtpz4.laposte.net
        Diagnostic-Code: smtp; 550 5.5.0 Service refuse. Veuillez essayer plus tard.
            service refused, please try later. LPN001_108

        --b--
        """;

    // As Postfix wrapped it in the message: "refused to" at the end of one line, "talk to me:" on the next.
    private const string RefusedToTalk = "refused to\n    talk to me";

    private static SmtpBounceRecipient Read(string context, string command, string arrival, string code = "5.5.0") =>
        Assert.Single(SmtpBounce.Read(Report.Replace("{context}", context).Replace("{command}", command).Replace("{arrival}", arrival).Replace("550 5.5.0", "550 " + code)).Recipients);

    [Fact]
    public void A_refused_greeting_given_up_after_twelve_hours_of_retries_has_expired()
    {
        SmtpBounceRecipient recipient = Read(RefusedToTalk, string.Empty, "Tue, 17 Dec 2019 20:09:31 +0100 (CET)");

        Assert.Equal(SmtpBounceReason.Expired, recipient.Diagnosis.Reason);
        Assert.Equal(false, recipient.Diagnosis.IsHardBounce);
    }

    // La Poste's own 5.5.0, and X.5.2 (syntax error), whose meaning holds only in a reply to a command.
    [Theory]
    [InlineData("5.5.0")]
    [InlineData("5.5.2")]
    public void A_protocol_code_in_a_refused_greeting_is_no_syntax_error(string code)
    {
        SmtpBounceRecipient recipient = Read(RefusedToTalk, string.Empty, "Wed, 18 Dec 2019 08:25:17 +0100 (CET)", code);

        Assert.Equal(SmtpBounceReason.Undefined, recipient.Diagnosis.Reason);
        Assert.Equal(new SmtpEnhancedStatusCode(4, 5, 0), recipient.Status);
    }

    [Fact]
    public void The_same_reply_to_a_command_keeps_its_codes_meaning()
    {
        // X.5.2, a syntax error (X.5.0 says no more than "other or undefined protocol status": ProtocolStatusTests).
        SmtpBounceRecipient recipient = Read("said", " (in reply to RCPT TO command)", "Wed, 18 Dec 2019 08:25:17 +0100 (CET)", "5.5.2");

        Assert.Equal(SmtpBounceReason.SyntaxError, recipient.Diagnosis.Reason);
    }
}
