using System.Linq;
using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// A quoted local part ("neko....nyaan...."@example.org, RFC 5321 section 4.1.2 Quoted-string) is the address's own:
/// its quotes stay, where quotes around a whole address ("a@b") are no part of it. The report is the development message
/// sisimai-set-of-emails/email-postfix-32.eml (Postfix), cut down. A quoted local part may hold an '@' too
/// ("a@b"@example.org: RFC 5321's qtextSMTP is every printable character but '"' and '\\'): the quotes stay and the
/// address is one recipient in every place that names it (report fields, X-Failed-Recipients, Postfix's and Exim's
/// notices); the messages below are written after Postfix's and Exim's formats, with addresses of their own.
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

    // An '@' inside the quotes, and a blank with it.
    public static readonly TheoryData<string> QuotedWithAt = new() { "\"a@b\"@example.org", "\"x@y z\"@example.net" };

    // Postfix's notice and report above for another address, with an Original-Recipient; the notice names it or not.
    private static string PostfixBounce(string address, bool namedInNotice, bool withReport)
    {
        string message = (withReport ? Report : Notice + "--\n")
            .Replace("Final-Recipient: rfc822; {final}\n", "Final-Recipient: rfc822; {final}\nOriginal-Recipient: rfc822;{final}\n")
            .Replace("{final}", address);
        return message.Replace(Quoted, namedInNotice ? address : "the recipient");
    }

    // Exim's bounce for one address: its X-Failed-Recipients field, its notice naming the address, its report.
    private static string EximBounce(string? failedRecipients, string? noticeAddress, string? finalRecipient)
    {
        string header = failedRecipients == null ? string.Empty : $"X-Failed-Recipients: {failedRecipients}\n";
        string named = noticeAddress == null
            ? "    the remote host refused it\n"
            : $"  {noticeAddress}\n    host mx.example.net [192.0.2.9]\n    SMTP error from remote mail server after RCPT TO:<{noticeAddress}>:\n    550 5.1.1 no such mailbox here\n";
        string report = finalRecipient == null ? string.Empty : $"""
            --e
            Content-type: message/delivery-status

            Reporting-MTA: dns; mx.example.com

            Action: failed
            Final-Recipient: rfc822;{finalRecipient}
            Status: 5.0.0

            """;
        return $"""
            From: Mail Delivery System <Mailer-Daemon@mx.example.com>
            To: sender@example.com
            {header}Subject: Mail delivery failed: returning message to sender
            Content-Type: multipart/report; report-type=delivery-status; boundary=e

            --e
            Content-type: text/plain; charset=us-ascii

            This message was created automatically by mail delivery software.

            A message that you sent could not be delivered to one or more of its
            recipients. This is a permanent error. The following address(es) failed:

            {named}
            {report}--e--
            """;
    }

    [Theory]
    [MemberData(nameof(QuotedWithAt))]
    public void Report_fields_keep_a_quoted_local_part_with_an_at_sign_whole(string address)
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(PostfixBounce(address, namedInNotice: false, withReport: true)).Recipients);

        Assert.Equal(address, recipient.FinalRecipient);
        Assert.Equal(address, recipient.OriginalRecipient);
    }

    // The notices that name the address, alone and with the other places of their bounce.
    public static readonly TheoryData<string, string> NoticesNamingIt = new()
    {
        { "Postfix notice", "\"a@b\"@example.org" },
        { "Postfix notice", "\"x@y z\"@example.net" },
        { "Postfix notice and report", "\"a@b\"@example.org" },
        { "Postfix notice and report", "\"x@y z\"@example.net" },
        { "Exim notice", "\"a@b\"@example.org" },
        { "Exim notice", "\"x@y z\"@example.net" },
        { "Exim notice, X-Failed-Recipients and report", "\"a@b\"@example.org" },
        { "Exim notice, X-Failed-Recipients and report", "\"x@y z\"@example.net" },
    };

    [Theory]
    [MemberData(nameof(NoticesNamingIt))]
    public void A_notice_names_a_quoted_local_part_with_an_at_sign_whole_and_once(string bounce, string address)
    {
        string message = bounce switch
        {
            "Postfix notice" => PostfixBounce(address, namedInNotice: true, withReport: false),
            "Postfix notice and report" => PostfixBounce(address, namedInNotice: true, withReport: true),
            "Exim notice" => EximBounce(null, address, null),
            _ => EximBounce(address, address, address),
        };

        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(message).Recipients);

        Assert.Equal(address, recipient.FinalRecipient);
        Assert.Equal(SmtpBounceReason.UserUnknown, recipient.Diagnosis.Reason);
    }

    [Theory]
    [MemberData(nameof(QuotedWithAt))]
    public void X_Failed_Recipients_names_a_quoted_local_part_with_an_at_sign_whole(string address)
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(EximBounce(address, null, null)).Recipients);

        Assert.Equal(address, recipient.FinalRecipient);
    }

    // What the quotes' '@' check kept out before an '@' could lie inside them, and still does: a display name in quotes,
    // an address in quotes, a quote that no '@' follows, a quote that never closes. X-Failed-Recipients takes any
    // address its value holds; Exim's notice line, one that starts with the address (a display name first is no
    // recipient line of its).
    [Theory]
    [InlineData("\"Kiji Tora\" <kijitora@example.org>", "kijitora@example.org", false)]
    [InlineData("\"kiji\" tora@example.org", "tora@example.org", false)]
    [InlineData("\"kijitora@example.org\" <kijitora@example.org>", "kijitora@example.org", true)]
    [InlineData("\"kijitora@example.org\"", "kijitora@example.org", true)]
    [InlineData("\"kijitora@example.org", "kijitora@example.org", true)]
    public void Quotes_that_close_before_no_at_sign_are_no_part_of_the_address(string written, string address, bool noticeLine)
    {
        Assert.Equal(address, Assert.Single(SmtpBounce.Read(EximBounce(written, null, null)).Recipients).FinalRecipient);
        if (noticeLine)
        {
            Assert.Equal(address, Assert.Single(SmtpBounce.Read(EximBounce(null, written, null)).Recipients).FinalRecipient);
        }
    }

    [Theory]
    [InlineData("\"kijitora@example.org\"")]
    [InlineData("<kijitora@example.org>")]
    [InlineData("\"<kijitora@example.org>\"")]
    public void A_report_field_without_a_quoted_local_part_drops_the_quotes_and_brackets_around_it(string written)
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Report.Replace("{final}", written)).Recipients);

        Assert.Equal("kijitora@example.org", recipient.FinalRecipient);
    }

    [Theory]
    [InlineData("\"@", 50_000)]
    [InlineData("@\"", 50_000)]
    [InlineData("\"a@", 33_334)]
    [InlineData("\"\"@@", 25_000)]
    public void A_hundred_thousand_quotes_and_at_signs_in_a_row_are_read_in_linear_time_without_an_exception(string unit, int count)
    {
        string row = string.Concat(Enumerable.Repeat(unit, count));
        string unclosed = "\"" + new string('@', 100_000) + "\"@example.org";
        foreach (string hostile in new[] { row, row + "@example.org", unclosed })
        {
            Assert.NotNull(SmtpBounce.Read(EximBounce(hostile, hostile, hostile)).Recipients);
            Assert.NotNull(SmtpBounce.Read(PostfixBounce(hostile, namedInNotice: true, withReport: true)).Recipients);
        }
    }
}
