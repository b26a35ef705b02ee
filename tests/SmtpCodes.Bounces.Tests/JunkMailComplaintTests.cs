using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// Microsoft's Junk Mail Reporting Program (Outlook.com, Hotmail) reports a complaint in its own format, not ARF: a
/// multipart/mixed message from staff@hotmail.com (the "RFC822 Attachment" format of the program's partner FAQ) whose
/// subject was "complaint about message from &lt;ip&gt;" in 2015-2016 and whose only part is the reported message, in
/// whose header X-HmXmrOriginalRecipient names the complainant (Sisimai::ARF reads it there). Inputs from the
/// development messages sisimai-set-of-emails/arf-13.eml and arf-24.eml, cut to their shape.
/// </summary>
public sealed class JunkMailComplaintTests
{
    private const string Complaint = """
        From: staff@hotmail.com
        Subject:  complaint about message from 192.0.2.222
        To: abuse-report@example.com
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="F0000EEE2-0000-2111-AAB0-000000000000"

        --F0000EEE2-0000-2111-AAB0-000000000000
        Content-Type: message/rfc822
        Content-Disposition: inline

        X-HmXmrOriginalRecipient: kijitora@example.com
        To: kijitora@example.com
        From: Neko <sironeko@example.com>
        Subject: Nyaan
        Message-ID: <0000000000fffffffff0000000000000@example.com>

        Nyaan

        --F0000EEE2-0000-2111-AAB0-000000000000--
        """;

    [Fact]
    public void A_junk_mail_complaint_in_microsofts_own_format_is_a_feedback_report_naming_the_complainant_without_a_failure()
    {
        SmtpBounce bounce = SmtpBounce.Read(Complaint);

        Assert.Equal(SmtpBounceMessageKind.FeedbackReport, bounce.Kind);
        SmtpBounceRecipient complainant = Assert.Single(bounce.Recipients);
        Assert.Equal("kijitora@example.com", complainant.FinalRecipient);
        Assert.Equal(SmtpDeliveryAction.Unknown, complainant.Action);
        Assert.Equal("abuse", complainant.DiagnosticText);
    }

    [Theory]
    [InlineData("staff@hotmail.com", "Junk mail report")]
    [InlineData("Hotmail Staff <STAFF@hotmail.com>", "")]
    [InlineData("reports@example.net", "Fwd: Nyaan")]
    public void A_junk_mail_complaint_is_known_by_its_sender_or_its_complainant_field_whatever_its_subject(string from, string subject)
    {
        string complaint = Complaint.Replace("From: staff@hotmail.com", $"From: {from}").Replace("Subject:  complaint about message from 192.0.2.222", $"Subject: {subject}");
        SmtpBounce bounce = SmtpBounce.Read(complaint);

        Assert.Equal(SmtpBounceMessageKind.FeedbackReport, bounce.Kind);
        Assert.DoesNotContain(bounce.Recipients, recipient => recipient.Action == SmtpDeliveryAction.Failed);
    }

    [Fact]
    public void A_junk_mail_complaint_forwarded_as_it_is_is_known_by_the_complainant_field_of_its_own_header()
    {
        // The program's "Original" format: the reported message forwarded as it is, so its header is the message's own.
        const string Forwarded = """
            X-HmXmrOriginalRecipient: <kijitora@example.com>
            To: kijitora@example.com
            From: Neko <sironeko@example.com>
            Subject: Nyaan
            Message-ID: <0000000000fffffffff0000000000000@example.com>

            Nyaan
            """;

        SmtpBounce bounce = SmtpBounce.Read(Forwarded);

        Assert.Equal(SmtpBounceMessageKind.FeedbackReport, bounce.Kind);
        Assert.Equal("kijitora@example.com", Assert.Single(bounce.Recipients).FinalRecipient);
    }

    [Fact]
    public void A_message_from_staff_at_hotmail_without_a_reported_message_is_no_feedback_report()
    {
        const string Message = """
            From: staff@hotmail.com
            Subject: Your account
            To: someone@example.org

            Please verify your account settings.
            """;

        Assert.Equal(SmtpBounceMessageKind.NotBounce, SmtpBounce.Read(Message).Kind);
    }

    [Fact]
    public void The_complaint_subject_alone_without_the_reported_message_is_no_feedback_report()
    {
        const string Message = """
            From: someone@example.org
            Subject: complaint about message from our newsletter
            To: support@example.com

            I did not ask for your newsletter.
            """;

        Assert.NotEqual(SmtpBounceMessageKind.FeedbackReport, SmtpBounce.Read(Message).Kind);
    }
}
