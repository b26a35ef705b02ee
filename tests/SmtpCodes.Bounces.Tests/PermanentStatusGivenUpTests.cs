using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// A failed recipient whose last reply was temporary but said the address or its domain does not exist is a hard bounce
/// when the report's Status is permanent (SmtpReplyRules.IsHardBounce): the reporting MTA gave the address up for good
/// (RFC 3464 2.3.4), as Sisimai's is_hardbounce and the corpus's labelling rule both read it. Postfix refuses an unknown
/// local user with unknown_local_recipient_reject_code (450 while testing) and an unknown domain with
/// unknown_address_reject_code (450 by default; postconf(5)), in its own words; Exim, retrying such a reply until its
/// retry time ran out, writes "Status: 5.0.0" for every address it gives up.
/// </summary>
public sealed class PermanentStatusGivenUpTests
{
    private const string EximDsn = """
        From: Mail Delivery System <mailer-daemon@neko.example.com>
        To: sironeko@neko.example.com
        X-Failed-Recipients: kijitora@example.net
        Subject: Mail delivery failed: returning message to sender
        Content-Type: multipart/report; report-type=delivery-status; boundary=15222222-eximdsn-2222222

        --15222222-eximdsn-2222222
        Content-type: text/plain; charset=us-ascii

        A message that you sent could not be delivered to one or more of its
        recipients. This is a permanent error. The following address(es) failed:

          kijitora@example.net
            host mx.example.net [192.0.2.1]
            SMTP error from remote mail server after RCPT TO:<kijitora@example.net>:
            REPLYSUFFIX

        --15222222-eximdsn-2222222
        Content-type: message/delivery-status

        Reporting-MTA: dns; neko.example.com

        Action: ACTION
        Final-Recipient: rfc822;kijitora@example.net
        Status: STATUS
        Remote-MTA: dns; mx.example.net
        Diagnostic-Code: smtp; REPLY

        --15222222-eximdsn-2222222--
        """;

    private const string UnknownUser = "450 4.1.1 <kijitora@example.net>: Recipient address rejected: User unknown in local recipient table";

    private const string UnknownDomain = "450 4.1.2 <kijitora@example.net>: Recipient address rejected: Domain not found";

    // Exim's retry.c appends ": retry timeout exceeded" to the last error of an address it gives up after retrying.
    private static SmtpBounceRecipient Read(string reply, string status, string action = "failed", string suffix = ": retry timeout exceeded") =>
        Assert.Single(SmtpBounce.Read(EximDsn.Replace("SUFFIX", suffix).Replace("REPLY", reply).Replace("STATUS", status).Replace("ACTION", action)).Recipients);

    [Theory]
    [InlineData(UnknownUser, SmtpBounceReason.UserUnknown)]
    [InlineData(UnknownDomain, SmtpBounceReason.HostUnknown)]
    public void A_temporary_reply_that_the_address_does_not_exist_given_up_under_a_permanent_status_is_a_hard_bounce(string reply, SmtpBounceReason reason)
    {
        SmtpBounceRecipient recipient = Read(reply, "5.0.0");

        Assert.Equal((SmtpDeliveryAction.Failed, reason, SmtpReplyClass.Transient), (recipient.Action, recipient.Diagnosis.Reason, recipient.Diagnosis.Class));
        Assert.True(recipient.IsHardBounce);
        // The reply itself stays what it said: temporary, so no hard bounce as a reply.
        Assert.False(recipient.Diagnosis.IsHardBounce);
    }

    [Theory]
    [InlineData(UnknownUser, "4.1.1", "failed")]
    [InlineData(UnknownDomain, "4.1.2", "failed")]
    [InlineData(UnknownUser, "5.0.0", "delayed")]
    public void The_same_reply_under_a_temporary_status_or_still_retried_stays_soft(string reply, string status, string action)
    {
        Assert.False(Read(reply, status, action).IsHardBounce);
    }

    [Theory]
    // RFC 7504's 521 in place of the greeting: Postfix skips a 5XX greeting (smtp_skip_5xx_greeting, on by default),
    // retries, and reports "Status: 4.0.0" when the queue lifetime ends; Sisimai's IsHardBounce reads that Status
    // before the reply code and calls NotAccept soft under it. Under a permanent Status the refusal stays hard.
    [InlineData("4.0.0", false)]
    [InlineData("5.0.0", true)]
    public void A_permanent_refusal_that_the_host_takes_no_mail_is_hard_only_under_a_permanent_status(string status, bool hard)
    {
        SmtpBounceRecipient recipient = Read("521 Server does not accept mail", status, suffix: string.Empty);

        Assert.Equal((SmtpBounceReason.NotAccept, SmtpReplyClass.Permanent), (recipient.Diagnosis.Reason, recipient.Diagnosis.Class));
        Assert.Equal(hard, recipient.IsHardBounce);
    }

    [Fact]
    public void A_temporary_reply_that_names_no_address_cause_stays_soft_under_a_permanent_status()
    {
        // A full mailbox may empty (RFC 3463 X.2.2): a cause that is no verdict on the address is soft whatever the Status.
        SmtpBounceRecipient recipient = Read("452 4.2.2 <kijitora@example.net>: Mailbox full", "5.0.0");

        Assert.Equal(SmtpBounceReason.MailboxFull, recipient.Diagnosis.Reason);
        Assert.False(recipient.IsHardBounce);
    }

    [Fact]
    public void A_permanent_reply_whose_words_name_no_cause_stays_soft_under_a_permanent_status()
    {
        // Exim's test suite's remote "550 hard error" (development exim-testsuite/0374.CALLER-1): a reason that is unknown
        // decides nothing about the address, whatever the class, Status or code (Sisimai's is_hardbounce: undefined is
        // never hard; the corpus labels it soft).
        SmtpBounceRecipient recipient = Read("550 hard error", "5.0.0", suffix: string.Empty);

        Assert.Equal((SmtpBounceReason.Undefined, SmtpReplyClass.Permanent), (recipient.Diagnosis.Reason, recipient.Diagnosis.Class));
        Assert.False(recipient.IsHardBounce);
    }
}
