using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// A relay's Diagnostic-Code may name the SMTP command before the reply it quotes (RFC 3464 section 2.3.6: the smtp
/// diagnostic is the reply; RFC 5321 sections 4.1.1 and 4.2: the commands, and the code that starts a reply). The code
/// after the command stands as the recipient's basic code though no enhanced code follows it. A report of our own text,
/// with a generic 5.0.0 status as a relay writes for every failure.
/// </summary>
public sealed class CommandBeforeReplyTests
{
    private const string Report = """
        From: Mail Delivery System <postmaster@mx.example.org>
        To: <sender@example.org>
        Subject: Mail delivery failed: returning message to sender
        Content-Type: multipart/report; report-type=delivery-status; boundary="b"

        --b
        Content-Type: text/plain

        Delivery of your message to the following recipient(s) failed permanently:

          - kijitora@example.jp

        --b
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mx.example.org

        Final-Recipient: rfc822; kijitora@example.jp
        Action: failed
        Status: 5.0.0
        Diagnostic-Code: smtp; DATA closing 554 message refused as spam

        --b--
        """;

    [Fact]
    public void A_reply_code_after_the_command_it_answered_is_the_recipients_basic_code()
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Report).Recipients);

        Assert.Equal(SmtpReplyCode.TransactionFailed, recipient.Diagnosis.BasicCode);
    }
}
