using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// Google Groups refuses a post with a notice from Gmail's daemon in the sender's language, the group's address in
/// X-Failed-Recipients and no SMTP reply (rb-sisimai lib/sisimai/lhost/googlegroups.rb reads every such notice as a
/// rejected sender): the reader takes it so in any language.
/// </summary>
public sealed class GoogleGroupsNoticeTests
{
    // sisimai-set-of-emails/lhost-googlegroups-05.eml (German), cut down.
    private const string GermanNotice = """
        From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
        To: kijitora@example.jp
        Subject: Delivery Status Notification (Failure)
        X-Failed-Recipients: libsisimai@googlegroups.com
        Content-Type: text/plain; charset="UTF-8"

        Hallo kijitora@example.jp,

        Sie erhalten diese E-Mail, weil die Gruppe, die Sie kontaktieren möchten (libsisimai), möglicherweise nicht vorhanden ist bzw. Sie nicht die erforderlichen Berechtigungen haben, um der Gruppe Nachrichten zu posten.

         * In dieser Gruppe ist das Posten von Beiträgen möglicherweise nicht zulässig.

        Google Groups

        ----- Original message -----

        From: "Neko, Nyaan" <kijitora@example.jp>
        To: libsisimai@googlegroups.com
        """;

    [Fact]
    public void A_Google_Groups_notice_in_another_language_is_a_refused_post()
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(GermanNotice).Recipients);

        Assert.Equal("libsisimai@googlegroups.com", recipient.FinalRecipient);
        Assert.Equal(SmtpBounceReason.Rejected, recipient.Diagnosis.Reason);
        Assert.NotEqual(true, recipient.Diagnosis.IsHardBounce);
    }

    [Fact]
    public void The_same_words_from_another_sender_are_not_read_as_the_group_notice()
    {
        string other = GermanNotice.Replace("mailer-daemon@googlemail.com", "mailer-daemon@mx.example.net", System.StringComparison.Ordinal);

        Assert.Equal(SmtpBounceReason.Undefined, Assert.Single(SmtpBounce.Read(other).Recipients).Diagnosis.Reason);
    }
}
