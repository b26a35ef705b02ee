using System.Linq;
using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// qmail-send's bounce (qmail-send.c: "Hi. This is the qmail-send program at HOST."): each failed recipient on a line
/// "&lt;address&gt;:" of its own, the paragraph after it what was said about it, "--- Below this line is a copy of the
/// message." before the returned message. Sisimai's Lhost::Qmail (lib/sisimai/lhost/qmail.rb) takes a recipient only from
/// a "&lt;...@...&gt;:" line and every other line as the diagnosis of the recipient above it.
/// </summary>
public sealed class QmailRecipientParagraphTests
{
    private const string Notice = """
        From: MAILER-DAEMON@mx.example.net
        To: sender@example.net
        Subject: failure notice

        Hi. This is the qmail-send program at mx.example.net.
        I'm afraid I wasn't able to deliver your message to the following addresses.
        This is a permanent error; I've given up. Sorry it didn't work out.

        <kijitora@nohost.example.com>:
        Sorry, I couldn't find any host named nohost.example.com. (#5.1.2)

        <neko@example.org>:
        192.0.2.31 does not like recipient.
        Remote host said: 550 <old-name@example.org>... User unknown
        Giving up on 192.0.2.31.

        <mike@example.jp>:
        192.0.2.44 does not like recipient.
        Remote host said: 552 5.2.2 Mailbox full
        Giving up on 192.0.2.44.

        --- Below this line is a copy of the message.

        From: sender@example.net
        To: kijitora@nohost.example.com
        Subject: hello
        """;

    [Fact]
    public void An_address_inside_a_reply_paragraph_is_no_recipient()
    {
        string?[] recipients = SmtpBounce.Read(Notice).Recipients.Select(r => r.FinalRecipient).ToArray();

        Assert.Equal(new string?[] { "kijitora@nohost.example.com", "neko@example.org", "mike@example.jp" }, recipients);
    }

    [Fact]
    public void Each_recipient_keeps_its_own_paragraphs_cause()
    {
        var reasons = SmtpBounce.Read(Notice).Recipients.Select(r => r.Diagnosis.Reason).ToArray();

        Assert.Equal(new[] { SmtpBounceReason.HostUnknown, SmtpBounceReason.UserUnknown, SmtpBounceReason.MailboxFull }, reasons);
    }

    [Fact]
    public void A_reply_under_a_recipient_line_without_an_address_names_that_recipient()
    {
        // qmail prints the recipient as it was given; when that is no address ("<neko.example.org>:"), the address the
        // server quotes in its reply is the only one there is for it.
        string notice = Notice.Replace("<neko@example.org>:", "<neko.example.org>:", System.StringComparison.Ordinal);

        SmtpBounceRecipient[] recipients = SmtpBounce.Read(notice).Recipients.ToArray();

        Assert.Equal(3, recipients.Length);
        Assert.Equal("old-name@example.org", recipients[1].FinalRecipient);
        Assert.Equal(SmtpBounceReason.UserUnknown, recipients[1].Diagnosis.Reason);
    }

    [Fact]
    public void A_recipient_line_names_the_notices_own_addressee_when_mail_to_oneself_failed()
    {
        // qmail-send lists every address it gave up on under its "<address>:" line, the sender's own among them when the
        // sender wrote to itself (the shape of Sisimai's sample eg/maildir-as-a-sample/new/qmail-08.eml in p5-sisimai).
        string notice = Notice.Replace("<mike@example.jp>:", "<sender@example.net>:", System.StringComparison.Ordinal);

        string?[] recipients = SmtpBounce.Read(notice).Recipients.Select(r => r.FinalRecipient).ToArray();

        Assert.Equal(new string?[] { "kijitora@nohost.example.com", "neko@example.org", "sender@example.net" }, recipients);
    }
}
