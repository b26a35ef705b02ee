using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// RFC 3464: a delayed recipient is one the MTA still tries, so its message has not expired. Words that mean expiry
/// in a final notice give way, in a warning, to the next cause the evidence gives, or to none.
/// </summary>
public sealed class DelayWarningReasonTests
{
    // sisimai-set-of-emails/email-google-09.eml, cut down: Gmail's warning, whose sentence is also its final notice's.
    internal const string GmailWarning = """
        From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
        To: shironeko@gmail.example.com
        Subject: Delivery Status Notification (Delay)

        This is an automatically generated Delivery Status Notification

        THIS IS A WARNING MESSAGE ONLY.

        YOU DO NOT NEED TO RESEND YOUR MESSAGE.

        Delivery to the following recipient has been delayed:

             kijitora@9jo.example.jp

        Message will be retried for 2 more day(s)

        Technical details of temporary failure:
        The recipient server did not accept our requests to connect. Learn more at http://support.google.com/mail/bin/answer.py?answer=7720
        """;

    [Fact]
    public void A_delay_warning_that_names_no_other_cause_has_not_expired()
    {
        // Words that say only that time ran out; Gmail's own sentence names a cause (the server did not answer:
        // DelayedConnectionFailureTests).
        string warning = GmailWarning.Replace("The recipient server did not accept our requests to connect.", "The message has been in the queue too long.");
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(warning + "[(0) 9jo.example.jp. [192.0.2.135]:25: socket error]\n").Recipients);

        Assert.Equal(SmtpDeliveryAction.Delayed, recipient.Action);
        Assert.Equal(SmtpBounceReason.Undefined, recipient.Diagnosis.Reason);
    }

    [Fact]
    public void A_delay_warning_takes_the_next_cause_its_evidence_gives()
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(GmailWarning + "[(0) 9jo.example.jp. [192.0.2.135]:25: connection timed out]\n").Recipients);

        Assert.Equal(SmtpDeliveryAction.Delayed, recipient.Action);
        Assert.Equal(SmtpBounceReason.NetworkError, recipient.Diagnosis.Reason);
    }

    [Fact]
    public void The_same_words_in_a_final_notice_still_mean_expired()
    {
        string failure = GmailWarning
            .Replace("Subject: Delivery Status Notification (Delay)", "Subject: Delivery Status Notification (Failure)")
            .Replace("THIS IS A WARNING MESSAGE ONLY.", string.Empty)
            .Replace("YOU DO NOT NEED TO RESEND YOUR MESSAGE.", string.Empty)
            .Replace("has been delayed", "failed permanently")
            .Replace("Message will be retried for 2 more day(s)", string.Empty)
            .Replace("temporary failure", "permanent failure");

        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(failure).Recipients);

        Assert.Equal(SmtpDeliveryAction.Failed, recipient.Action);
        Assert.Equal(SmtpBounceReason.Expired, recipient.Diagnosis.Reason);
    }
}
