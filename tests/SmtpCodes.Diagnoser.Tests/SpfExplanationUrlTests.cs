using Xunit;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// The SPF explanation URL (catalog row <c>TextSpfExplanationUrl</c>): when the sender's domain gives no explanation of
/// its own (RFC 7208 6.2, <c>exp=</c>), SPF checkers refuse a failed check with a default that names only the SPF
/// project's Why page: libspf2's <c>SPF_DEFAULT_EXP</c>, "Please see http://www.openspf.org/Why?id=%{S}&amp;ip=%{C}&amp;receiver=%{R}",
/// followed by " : Reason: " and the reason (its SPF_i_set_smtp_comment), and Exim's <c>$spf_smtp_comment</c>, whose
/// <c>spf_smtp_comment_template</c> is "Please%_see%_http://www.open-spf.org/Why" (the Exim specification's SPF chapter).
/// Such a reply reads as a failed SPF check; words in it that name another cause still decide.
/// </summary>
public sealed class SpfExplanationUrlTests
{
    [Theory]
    // Exim: "deny spf = fail" with "message = $spf_smtp_comment", its default template expanded.
    [InlineData("550 Please see http://www.open-spf.org/Why")]
    // Exim's template with libspf2's reason after it.
    [InlineData("550 5.7.1 Please see http://www.open-spf.org/Why : Reason: mechanism")]
    // libspf2's own default, expanded, as a policy service behind Postfix returns it at RCPT.
    [InlineData("550 5.7.1 <kijitora@example.jp>: Recipient address rejected: Please see http://www.openspf.org/Why?id=neko%40example.org&ip=192.0.2.1&receiver=mx.example.jp : Reason: mechanism")]
    // Exim's earlier template (until 2020).
    [InlineData("550 5.7.1 Please see http://www.open-spf.org/Why?id=neko%40example.org&ip=192.0.2.1&receiver=mx.example.jp")]
    // An ACL's "defer" with the same comment: a transient failure of the same check.
    [InlineData("451 4.7.1 Please see http://www.open-spf.org/Why : Reason: mechanism")]
    // The same page under its .net name (session 41 round three): a receiving server's refusal of a failed SPF check as
    // the DSN Hotmail returned quotes it (Jochen Kirstaetter, "Good to know: Sender Policy Framework", 2014; the post's
    // placeholder recipient <client@example.com> is replaced, as "client" names the sending host to the reader).
    [InlineData("550 5.7.1 <kijitora@example.jp>: Recipient address rejected: Please see https://www.openspf.net/Why?s=mfrom;id=....")]
    public void A_refusal_that_names_only_the_spf_explanation_url_is_a_failed_spf_check(string reply)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(SmtpBounceReason.AuthFailure, diagnosis.Reason);
        Assert.False(diagnosis.IsHardBounce);
    }

    [Theory]
    // The URL only points at where SPF is explained: a cause the reply states in words keeps deciding.
    [InlineData("550 5.1.1 <kijitora@example.jp>: Recipient address rejected: User unknown in local recipient table; Please see http://www.open-spf.org/Why", SmtpBounceReason.UserUnknown)]
    [InlineData("554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; Please see http://www.open-spf.org/Why", SmtpBounceReason.Blocked)]
    [InlineData("550 5.7.1 Message rejected as spam; Please see http://www.openspf.org/Why?id=neko%40example.org&ip=192.0.2.1&receiver=mx.example.jp", SmtpBounceReason.SpamDetected)]
    [InlineData("554 5.7.1 <kijitora@example.jp>: Relay access denied; Please see http://www.open-spf.org/Why", SmtpBounceReason.NoRelaying)]
    // Shorter words than the link's name a cause too: a match inside a link counts least.
    [InlineData("550 5.7.1 No such user; Please see http://www.open-spf.org/Why", SmtpBounceReason.UserUnknown)]
    [InlineData("550 5.7.1 Message rejected as spam; Please see http://www.open-spf.org/Why", SmtpBounceReason.SpamDetected)]
    // The .net name of the page counts as little: a cause stated beside it decides.
    [InlineData("550 5.1.1 <kijitora@example.jp>: Recipient address rejected: User unknown in virtual mailbox table; Please see http://www.openspf.net/Why?s=mfrom;id=neko@example.org;ip=192.0.2.1", SmtpBounceReason.UserUnknown)]
    [InlineData("554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; Please see http://www.openspf.net/Why?s=mfrom;id=neko@example.org;ip=192.0.2.1", SmtpBounceReason.Blocked)]
    // A link ends at any blank, a line break too: words on the next line of a multiline reply are no part of it.
    [InlineData("550-5.7.1 Please see http://www.open-spf.org/Why\r\n550 5.7.1 No such user", SmtpBounceReason.UserUnknown)]
    [InlineData("550-5.7.1 Please see http://www.open-spf.org/Why\n550\t5.7.1\tNo such user", SmtpBounceReason.UserUnknown)]
    // SPF's own words and the URL agree.
    [InlineData("550 5.7.1 SPF: 192.0.2.1 is not allowed to send mail from example.org: Please see http://www.open-spf.org/Why : Reason: mechanism", SmtpBounceReason.AuthFailure)]
    public void A_cause_stated_beside_the_spf_explanation_url_keeps_deciding(string reply, SmtpBounceReason reason)
    {
        Assert.Equal(reason, SmtpReply.Diagnose(reply).Reason);
    }
}
