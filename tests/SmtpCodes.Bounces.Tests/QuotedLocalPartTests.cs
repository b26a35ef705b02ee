using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// A quoted local part ("neko....nyaan...."@example.org, RFC 5321 section 4.1.2 Quoted-string) is the address's own:
/// its quotes stay, where quotes around a whole address ("a@b") are no part of it. The report is the development message
/// sisimai-set-of-emails/email-postfix-32.eml (Postfix), cut down.
/// </summary>
public sealed class QuotedLocalPartTests
{
    private const string Notice = """
        From: MAILER-DAEMON@sijo.libsisimai.org (Mail Delivery System)
        Subject: Undelivered Mail Returned to Sender
        To: sironeko@libsisimai.org
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary="b"

        --b
        Content-Description: Notification
        Content-Type: text/plain; charset=us-ascii

        This is the mail system at host sijo.libsisimai.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

                           The mail system

        <"neko....nyaan...."@libsisimai.org>: host mx.libsisimai.org[203.0.113.2] said:
            550 5.1.1 <"neko....nyaan...."@libsisimai.org>... User Unknown (in reply to
            RCPT TO command)

        --b
        """;

    private const string Report = Notice + """

        Content-Description: Delivery report
        Content-Type: message/delivery-status

        Reporting-MTA: dns; sijo.libsisimai.org

        Final-Recipient: rfc822; {final}
        Action: failed
        Status: 5.1.1
        Diagnostic-Code: smtp; 550 5.1.1 <"neko....nyaan...."@libsisimai.org>... User Unknown

        --b--
        """;

    private const string Quoted = "\"neko....nyaan....\"@libsisimai.org";

    [Fact]
    public void A_report_keeps_the_quotes_of_a_quoted_local_part()
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Report.Replace("{final}", Quoted)).Recipients);

        Assert.Equal(Quoted, recipient.FinalRecipient);
        Assert.Equal(SmtpBounceReason.UserUnknown, recipient.Diagnosis.Reason);
    }

    [Fact]
    public void Quotes_around_a_whole_address_are_no_part_of_it()
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Report.Replace("{final}", "\"kijitora@libsisimai.org\"")).Recipients);

        Assert.Equal("kijitora@libsisimai.org", recipient.FinalRecipient);
    }

    [Fact]
    public void A_notice_without_a_report_names_the_quoted_address_whole()
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Notice + "--\n").Recipients);

        Assert.Equal(Quoted, recipient.FinalRecipient);
    }
}
