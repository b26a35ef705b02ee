using System.Linq;
using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// Sendmail 5's plain-text transcript (the shape of Sisimai's sample <c>eg/maildir-as-a-sample/new/v5sendmail-07.eml</c>
/// in rb-sisimai): each host's session opens with "While talking to HOST:" (usersmtp.c, reply(); Sendmail 8 writes
/// "... while talking to HOST:"), the server's reply follows its command ("&lt;&lt;&lt; 501 ..."), and sendmail's own line
/// names the recipient the reply failed, its status before the mailer's reply ("554 &lt;a@b&gt;... 550 Host unknown").
/// </summary>
public sealed class SendmailFiveTranscriptTests
{
    private const string Notice = """
        From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.com>
        To: sender@example.co.jp
        Subject: Returned mail: User unknown

           ----- Transcript of session follows -----
        While talking to mailin.example.org:
        >>> MAIL From:<sender@example.co.jp>
        <<< 501 <sender@example.co.jp>... no access from mail server [192.0.2.55] which is an open relay.
        554 <kijitora@example.org>... Remote protocol error
        550 example.net (smtp)... 550 Host unknown
        554 <mikeneko@example.net>... 550 Host unknown (Authoritative answer from name server)
        While talking to smtp.example.edu:
        >>> RCPT To:<hachiware@example.edu>
        <<< 550 <hachiware@example.edu>... User unknown
        550 <hachiware@example.edu>... User unknown

           ----- Unsent message follows -----
        From: sender@example.co.jp
        To: kijitora@example.org
        Subject: hello
        """;

    [Fact]
    public void Each_recipient_keeps_the_cause_of_its_own_session()
    {
        SmtpBounceRecipient[] recipients = SmtpBounce.Read(Notice).Recipients.ToArray();

        Assert.Equal(new string?[] { "kijitora@example.org", "mikeneko@example.net", "hachiware@example.edu" }, recipients.Select(r => r.FinalRecipient).ToArray());
        Assert.Equal(new[] { SmtpBounceReason.Blocked, SmtpBounceReason.HostUnknown, SmtpBounceReason.UserUnknown }, recipients.Select(r => r.Diagnosis.Reason).ToArray());
    }

    [Fact]
    public void A_reply_to_the_senders_mail_from_is_the_reply_of_the_recipient_named_after_it()
    {
        SmtpBounceRecipient kijitora = SmtpBounce.Read(Notice).Recipients.First();

        Assert.Equal(501, (int?)kijitora.Diagnosis.BasicCode);
        Assert.False(kijitora.IsHardBounce);
    }

    [Fact]
    public void The_mailers_reply_after_sendmails_own_status_gives_the_basic_code()
    {
        SmtpBounceRecipient mikeneko = SmtpBounce.Read(Notice).Recipients.ElementAt(1);

        Assert.Equal(550, (int?)mikeneko.Diagnosis.BasicCode);
        Assert.True(mikeneko.IsHardBounce);
    }

    [Fact]
    public void A_host_status_line_leaves_the_servers_reply_to_the_recipient_named_after_it()
    {
        // sisimai-set-of-emails/lhost-v5sendmail-05.eml, cut down: the host refused the message at DATA for its sender,
        // Sendmail logged the host's status ("421 host (smtp)... Deferred") and then the recipient's own failure.
        const string Transcript = """
            From: Mail Delivery Subsystem <MAILER-DAEMON@example.com>
            To: shironeko@example.jp
            Subject: Returned mail: User unknown

               ----- Transcript of session follows -----
            While talking to example.edu:
            >>> DATA
            <<< 550 Your E-Mail is redundant.  You cannot send E-Mail to yourself (shironeko@example.jp).
            421 example.edu (smtp)... Deferred: Connection reset by peer during result wait with example.edu
            554 <kijitora@example.edu>... Remote protocol error: Connection reset by peer during result wait with example.edu
            550 example.or.jp (smtp)... 550 Host unknown
            554 <kuroneko@example.or.jp>... 550 Host unknown (Authoritative answer from name server)

               ----- Unsent message follows -----
            From: shironeko@example.jp
            """;

        SmtpBounceRecipient[] recipients = SmtpBounce.Read(Transcript).Recipients.ToArray();
        Assert.Equal(new[] { "kijitora@example.edu", "kuroneko@example.or.jp" }, recipients.Select(r => r.FinalRecipient).ToArray());
        Assert.Equal(SmtpReplyCode.MailboxUnavailable, recipients[0].Diagnosis.BasicCode);
        Assert.DoesNotContain("Host unknown", recipients[0].Evidence, System.StringComparison.Ordinal);
        Assert.Equal(SmtpBounceReason.HostUnknown, recipients[1].Diagnosis.Reason);
    }
}
