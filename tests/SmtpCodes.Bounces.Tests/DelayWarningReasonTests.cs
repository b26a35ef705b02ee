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

    // sisimai-set-of-emails/lhost-x1-04.eml, cut down: Sisimai's unnamed MTA X1 words Sendmail's queue warning
    // ("Warning: could not send message for past 4 hours") its own way; "for past" says it is still trying.
    private const string X1Warning = """
        From: "Mail Deliver System" <MAILER-DAEMON@mx.example.jp>
        To: nekochan@example.co.jp
        Subject: Warning--Could not send mail for past 8.5 hours
        Content-Type: text/plain

        The original message was received at Fri, 21 Mar 2025 13:13:48 +0900 (JST)
        from nekochan@example.co.jp

        ---The following addresses had delivery errors---

        kijitora-neko@neko.example.go.jp [Connection timed out]
        """;

    [Fact]
    public void A_notice_that_could_not_send_mail_for_past_hours_is_a_delay_warning()
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(X1Warning).Recipients);
        Assert.Equal(SmtpDeliveryAction.Delayed, recipient.Action);
        Assert.Equal(SmtpBounceReason.NetworkError, recipient.Diagnosis.Reason);
    }

    [Fact]
    public void A_final_notice_that_could_not_send_the_message_is_no_warning()
    {
        // Sendmail's final return after its queue lifetime ("Returned mail: Cannot send message for 5 days") and
        // nullmailer's "Could not send message" say nothing "for past" a time: final failures.
        string final = X1Warning.Replace("Warning--Could not send mail for past 8.5 hours", "Returned mail: Could not send message", System.StringComparison.Ordinal);

        Assert.Equal(SmtpDeliveryAction.Failed, Assert.Single(SmtpBounce.Read(final).Recipients).Action);
    }
}
