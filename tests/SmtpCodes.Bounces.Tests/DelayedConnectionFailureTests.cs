using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// A delay warning whose words say the receiving server did not answer the connection (RFC 3463 X.4.1, "No answer from
/// host") names a network condition: the MTA still tries, so the message has not expired, but the cause is known.
/// Gmail's whole sentence in a final notice is still an expiry (DelayWarningReasonTests).
/// </summary>
public sealed class DelayedConnectionFailureTests
{
    // flufl.bounce/simple_21.eml (development), cut down: a Microsoft Forefront (bigfish.com) delay warning.
    private const string ServerDidNotRespondWarning = """
        From: MAILER-DAEMON@sb7.songbird.com (Mail Delivery System)
        To: gpc-talk-bounces@grizz.org
        Subject: Warning: message has not yet been delivered
        Content-Type: text/plain

        This is an automated message created by mail delivery software.

        Your message to:
        	userx@example.com

        has not yet been delivered because the recipient server did not respond.

        This is just a warning, you do not need to take any action. We will continue to attempt delivery of this message for 5 days.
        """;

    // sisimai-set-of-emails/email-google-09.eml (development), cut down: Gmail's delay warning with its last line.
    private const string GmailWarning = DelayWarningReasonTests.GmailWarning + "[(0) 9jo.example.jp. [192.0.2.135]:25: socket error]\n";

    [Theory]
    [InlineData(ServerDidNotRespondWarning)]
    [InlineData(GmailWarning)]
    public void A_warning_that_the_server_did_not_answer_names_a_network_error(string message)
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(message).Recipients);

        Assert.Equal(SmtpDeliveryAction.Delayed, recipient.Action);
        Assert.Equal(SmtpBounceReason.NetworkError, recipient.Diagnosis.Reason);
        Assert.False(recipient.Diagnosis.IsHardBounce);
    }
}
