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

    // flufl.bounce/simple_40.eml (development), cut down, with its cause line replaced by the connection failures MTAs
    // and runtimes write (OpenSMTPD mta_session.c, Exim transports/smtp.c, Sendmail err.c, Courier esmtpclient.c,
    // Haraka outbound/hmail.js, Go's net package).
    private const string DelayWarningWithCause = """
        From: Mail Delivery System <mailer-daemon@kundenserver.de>
        To: mailman-users-bounces+user=example.com@python.org
        Subject: Warning: message delayed 2 days

        This message was created automatically by mail delivery software.

        A message that you sent has not yet been delivered to one or more of
        its recipients after 2 days.

        The message has not yet been delivered to the following addresses:

          <user@example.com>

        host lsvk.de[213.165.78.137]:
        CAUSE

        No action is required on your part. Delivery attempts will continue for
        some time, and this warning may be repeated at intervals if the message
        remains undelivered. Eventually the mail delivery software will give up,
        and when that happens, the message will be returned to you.
        """;

    [Theory]
    [InlineData("Connection timeout")]
    [InlineData("Remote host closed connection in response to end of data")]
    [InlineData("Deferred: Connection refused by lsvk.de.")]
    [InlineData("Connection unexpectedly closed by remote host.")]
    [InlineData("Tried all MXs lsvk.de")]
    [InlineData("dial tcp 213.165.78.137:25: i/o timeout")]
    public void A_warning_whose_cause_is_a_connection_failure_names_a_network_error(string cause)
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(DelayWarningWithCause.Replace("CAUSE", cause)).Recipients);

        Assert.Equal(("user@example.com", SmtpDeliveryAction.Delayed, SmtpBounceReason.NetworkError), (recipient.FinalRecipient, recipient.Action, recipient.Diagnosis.Reason));
    }

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
