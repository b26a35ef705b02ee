using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// The own words of MTAs whose notices the loopback corpus holds (Corpus/loopback-mtas, development), each cut from the
/// development message and read by a rule that cites the MTA's source: dma's permanent DNS failure, Courier's unknown
/// local user and its refused connection, and OpenSMTPD's report of an envelope it dropped when it expired.
/// </summary>
public sealed class LoopbackMtaWordingTests
{
    // loopback-mtas/dma-unknown-domain.eml: dma bounces its "DNS lookup failure: host %s not found" (net.c) only for a
    // lookup that failed for good; a temporary one is retried and bounced later with other words (dma.c deliver()).
    [Fact]
    public void Dmas_dns_lookup_failure_in_a_bounce_is_an_unknown_host_and_a_hard_bounce()
    {
        const string Bounce = """
            From: MAILER-DAEMON <>
            To: sender@dma.loopback.test
            Subject: Mail delivery failed

            This is the DragonFly Mail Agent v0.13 at dma.loopback.test.

            There was an error delivering your mail to <someone@nosuchdomain.test>.

            DNS lookup failure: host nosuchdomain.test not found

            Message headers follow.

            From: sender
            To: someone@nosuchdomain.test
            Subject: unknown-domain
            """;
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Bounce).Recipients);
        Assert.Equal(("someone@nosuchdomain.test", SmtpBounceReason.HostUnknown, true), (recipient.FinalRecipient, recipient.Diagnosis.Reason, recipient.IsHardBounce));
    }

    // Courier's own transient "417 DNS lookup failure: <domain>" (no "host" after the colon) stays a network error.
    [Fact]
    public void Couriers_transient_dns_lookup_failure_stays_a_network_error()
    {
        SmtpDiagnosis diagnosis = SmtpReply.Diagnose("417 DNS lookup failure: example.org");
        Assert.Equal((SmtpBounceReason.NetworkError, SmtpReplyClass.Transient), (diagnosis.Reason, diagnosis.Class));
    }

    // Courier's submit writes "417 DNS lookup failure: " << domain << ".  Try again later." (1.0.16): a domain whose first
    // label is "host" must not read as dma's permanent "DNS lookup failure: host <domain> not found".
    [Theory]
    [InlineData("417 DNS lookup failure: host.example.org.  Try again later.")]
    [InlineData("417 DNS lookup failure: host.example.org")]
    public void Couriers_transient_dns_lookup_failure_for_a_domain_named_host_stays_a_network_error(string reply)
    {
        SmtpDiagnosis diagnosis = SmtpReply.Diagnose(reply);
        Assert.Equal((SmtpBounceReason.NetworkError, SmtpReplyClass.Transient), (diagnosis.Reason, diagnosis.Class));
    }

    // loopback-mtas/courier-unknown-user.eml: Courier's "550 User <%s> unknown" (its aliasexp, courierd and submit) puts
    // the local part in angle brackets between the words.
    [Theory]
    [InlineData("unknown; 550 User <nosuchuser> unknown")]
    [InlineData("unknown; 550 User <nosuchuser@courier.loopback.test> unknown")]
    public void Couriers_unknown_local_user_is_an_unknown_user_and_a_hard_bounce(string diagnostic)
    {
        SmtpBounceRecipient recipient = OnlyRecipientOf(Report("failed", "5.0.0", $"Diagnostic-Code: {diagnostic}", " <<< 550 User <nosuchuser> unknown"));
        Assert.Equal((SmtpBounceReason.UserUnknown, true), (recipient.Diagnosis.Reason, recipient.IsHardBounce));
    }

    // Angle brackets that hold no name (the null sender "<>") are words of the reply: they are not left out.
    [Theory]
    [InlineData("550 User <nosuchuser> unknown", true)]
    [InlineData("550 User <> unknown", false)]
    public void Only_a_name_in_angle_brackets_is_left_out_of_the_words(string reply, bool userUnknown)
    {
        Assert.Equal(userUnknown, SmtpReply.Diagnose(reply).Reason == SmtpBounceReason.UserUnknown);
    }

    // loopback-mtas/courier-unreachable.eml and -delayed.eml: Courier's esmtp client records the system's error text as
    // the reply it got; courierdsn prints it as " <<< Connection refused" and, in a failure, as "Diagnostic-Code: unknown;
    // Connection refused" (type "unknown": no remote server's reply).
    [Theory]
    [InlineData("failed", "5.0.0", "Diagnostic-Code: unknown; Connection refused")]
    [InlineData("delayed", "4.0.0", "Will-Retry-Until: Mon, 30 Nov 2026 18:11:02 +0000")]
    public void Couriers_refused_connection_is_a_network_error(string action, string status, string lastField)
    {
        SmtpBounceRecipient recipient = OnlyRecipientOf(Report(action, status, lastField, " <<< Connection refused"));
        Assert.Equal((SmtpBounceReason.NetworkError, false), (recipient.Diagnosis.Reason, recipient.IsHardBounce));
    }

    // GoDaddy's block says "connection refused" too, in its own reply: no Courier type or transcript mark, no network error.
    [Fact]
    public void A_bare_connection_refused_in_a_reply_is_no_network_error()
    {
        Assert.NotEqual(SmtpBounceReason.NetworkError, SmtpReply.Diagnose("554 p3plibsmtp01-01.prod.phx3.secureserver.net bizsmtp IB104. Connection refused.").Reason);
    }

    // loopback-mtas/opensmtpd-unreachable.eml: OpenSMTPD's queue.c sends "Envelope expired" with its tempfail class
    // (Action: delayed, Status: 4.4.7) and deletes the envelope.
    [Fact]
    public void Opensmtpds_envelope_expired_report_is_a_final_expired_failure()
    {
        const string Bounce = """
            From: Mailer Daemon <MAILER-DAEMON@opensmtpd.loopback.test>
            Subject: Delivery status notification: delayed
            Content-Type: multipart/mixed; boundary="b"

            --b
            Content-Description: Notification
            Content-Type: text/plain; charset=us-ascii

                Hi!

                This is the MAILER-DAEMON, please DO NOT REPLY to this email.

                A message is delayed for more than 0 seconds for the following
                list of recipients:

            someone@unreachable.test: Envelope expired

                Please note that this is only a temporary failure report.
                The message is kept in the queue for up to 7 days.
                You DO NOT NEED to re-send the message to these recipients.

            --b
            Content-Description: Delivery Report
            Content-Type: message/delivery-status

            Reporting-MTA: dns; opensmtpd.loopback.test

            Final-Recipient: rfc822; someone@unreachable.test
            Action: delayed
            Status: 4.4.7

            --b--
            """;
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Bounce).Recipients);
        Assert.Equal((SmtpDeliveryAction.Failed, SmtpBounceReason.Expired, false), (recipient.Action, recipient.Diagnosis.Reason, recipient.IsHardBounce));
    }

    // Exchange's delay notices carry 4.4.7 as well: without OpenSMTPD's words the recipient stays delayed.
    [Fact]
    public void A_delayed_recipient_under_4_4_7_without_envelope_expired_stays_delayed()
    {
        SmtpBounceRecipient recipient = OnlyRecipientOf(Report("delayed", "4.4.7", "Diagnostic-Code: smtp; 400 4.4.7 Message delayed", "Delivery has been delayed"));
        Assert.Equal(SmtpDeliveryAction.Delayed, recipient.Action);
    }

    private static SmtpBounceRecipient OnlyRecipientOf(string report) => Assert.Single(SmtpBounce.Read(report).Recipients);

    private static string Report(string action, string status, string lastField, string notice) => $"""
        From: mailer-daemon@courier.loopback.test
        Subject: {(action == "delayed" ? "DELAYED MAIL" : "NOTICE: mail delivery status.")}
        Content-Type: multipart/report; report-type=delivery-status; boundary="b"

        --b
        Content-Type: text/plain; charset="utf-8"

        This is a delivery status notification from courier.loopback.test,
        running the Courier mail server, version 1.0.16.

        <someone@unreachable.test>:
        {notice}

        --b
        Content-Type: message/delivery-status

        Reporting-MTA: dns; courier.loopback.test

        Final-Recipient: rfc822; someone@unreachable.test
        Action: {action}
        Status: {status}
        {lastField}

        --b--
        """;
}
