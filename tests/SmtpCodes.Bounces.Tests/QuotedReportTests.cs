using System.Linq;
using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// A relay that forwards a bounce as text keeps the report's RFC 3464 fields as lines of its text/plain body (OCN's
/// notice quotes Postfix's whole DSN below an mbox separator). When the notice's own explanation names no recipient,
/// the quoted report's groups are the recipients, read as a report part's are. The notice is the development message
/// sisimai-set-of-emails/lhost-postfix-49.eml, cut down (its Japanese lines left out).
/// </summary>
public sealed class QuotedReportTests
{
    private const string Notice = """
        From: MAILER-DAEMON@mail.example.ne.jp
        To: sotoneko-nyaan@example.com
        Subject: Undelivered Mail Returned to Sender
        MIME-Version: 1.0
        Content-type: text/plain; charset=us-ascii
        Date: Thu, 29 Apr 2015 23:34:45 +0900 (JST)

        I'm sorry to have to inform you that the message returned
        below could not be delivered to one or more destinations.
        For further assistance, please contact <support@ocn.ad.jp>
        ---------------------------------
        From MAILER-DAEMON  Thu Apr 29 23:34:45 2015
        Return-Path: <>
        Date: Thu, 29 Apr 2015 23:34:45 +0900 (JST)
        From: MAILER-DAEMON@relay00.ocn.ad.jp (Mail Delivery System)
        Subject: Undelivered Mail Returned to Sender
        To: mailadm+x.ocnadm.ocn.ad.jp
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status;
        	boundary="F5CC7626C47D.1687569380/relay00.ocn.ad.jp"

        --F5CC7626C47D.1687569380/relay00.ocn.ad.jp
        Content-Description: Notification
        Content-Type: text/plain

        This is the Postfix program at host relay00.ocn.ad.jp.

        <kijitora-neko-nyaan@ntt.example.ne.jp> (expanded from
            <toraneko@neko.example.co.jp>): delivery temporarily
            suspended: connect to mfsmax.example.com[192.0.2.232]: server refused
            to talk to me: 421 Service not available, closing transmission channel

        --F5CC7626C47D.1687569380/relay00.ocn.ad.jp
        Content-Description: Delivery report
        Content-Type: message/delivery-status

        Reporting-MTA: dns; relay00.ocn.ad.jp
        Arrival-Date: Thu, 29 Apr 2015 23:34:45 +0900 (JST)

        Final-Recipient: rfc822; kijitora-neko-nyaan@ntt.example.ne.jp
        Original-Recipient: rfc822; toraneko@neko.example.co.jp
        Action: failed
        Status: 4.0.0
        Diagnostic-Code: X-Postfix; delivery temporarily suspended: connect to
            mfsmax.example.com[192.0.2.232]: server refused to talk to me: 421
            Service not available, closing transmission channel

        --F5CC7626C47D.1687569380/relay00.ocn.ad.jp
        Content-Description: Undelivered Message
        Content-Type: message/rfc822

        From: kijitora-neko@example.com
        To: kijitora-neko-nyaan@ntt.example.ne.jp
        Subject: Nyaan

        Nyaan

        --F5CC7626C47D.1687569380/relay00.ocn.ad.jp--
        """;

    [Fact]
    public void A_report_quoted_in_a_text_notice_gives_its_recipients()
    {
        SmtpBounce bounce = SmtpBounce.Read(Notice);

        Assert.Equal(SmtpBounceMessageKind.PlainTextBounce, bounce.Kind);
        SmtpBounceRecipient recipient = Assert.Single(bounce.Recipients);
        Assert.Equal("kijitora-neko-nyaan@ntt.example.ne.jp", recipient.FinalRecipient);
        Assert.Equal("toraneko@neko.example.co.jp", recipient.OriginalRecipient);
        Assert.Equal(SmtpDeliveryAction.Failed, recipient.Action);
        Assert.Equal(new SmtpEnhancedStatusCode(4, 0, 0), recipient.Status);
        Assert.Equal(421, (int?)recipient.Diagnosis.BasicCode);
        Assert.Equal(false, recipient.Diagnosis.IsHardBounce);
    }

    [Theory]
    [InlineData("Action: failed\n", true)]
    [InlineData("Status: 5.1.1\n", true)]
    [InlineData("", false)]
    public void Quoted_report_fields_count_only_with_an_action_or_status(string outcome, bool isReport)
    {
        // The fields lie below the returned message's start, where the notice's own lines are not read for addresses.
        string notice = "From: MAILER-DAEMON@example.org\nTo: sender@example.org\nSubject: Undelivered Mail Returned to Sender\n"
            + "Content-Type: text/plain\n\nI'm sorry to have to inform you that your message could not be delivered.\n\n"
            + "------ This is a copy of the message, including all the headers. ------\n"
            + "Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; someone@example.net\n" + outcome + "\n";

        SmtpBounce bounce = SmtpBounce.Read(notice);

        Assert.Equal(isReport, bounce.Recipients.Any(r => r.FinalRecipient == "someone@example.net"));
    }
}
