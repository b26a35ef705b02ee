using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// Microsoft's Junk Mail Reporting Program (Outlook.com, Hotmail) reports a complaint in its own format, not ARF: a
/// multipart/mixed message from staff@hotmail.com whose subject is "complaint about message from &lt;ip&gt;" and whose
/// only part is the reported message. Inputs from the development messages sisimai-set-of-emails/arf-13.eml and
/// arf-24.eml, cut to their shape.
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
    public void A_junk_mail_complaint_in_microsofts_own_format_is_a_feedback_report_without_a_failed_recipient()
    {
        SmtpBounce bounce = SmtpBounce.Read(Complaint);

        Assert.Equal(SmtpBounceMessageKind.FeedbackReport, bounce.Kind);
        Assert.Empty(bounce.Recipients);
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
