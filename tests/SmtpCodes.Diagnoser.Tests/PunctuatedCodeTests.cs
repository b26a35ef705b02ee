using Xunit;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// A basic code with punctuation glued to it is still the reply's code where an enhanced code of its class follows:
/// a colon ("550: 5.1.1"), a comma and a short label ("ERROR_CODE :550, ERROR_CODE :5.1.1"), an opening bracket
/// ("[554 5.4.6"); a comma after a label that names it a code ("ERROR_CODE :550,"). Without either, a number glued
/// to punctuation (a size, a count, a time) is no code.
/// </summary>
public sealed class PunctuatedCodeTests
{
    [Theory]
    // flufl.bounce's yahoo_13 (development): Yahoo's notice writes the remote reply with a colon after its code.
    [InlineData("550: 5.1.1 <bogus-address@example.net>: Recipient address rejected: User unknown in local recipient table", 550, "5.1.1", "<bogus-address@example.net>: Recipient address rejected: User unknown in local recipient table")]
    // Sisimai's email-zoho-01 (development): Zoho's notice labels each code, "ERROR_CODE :550, ERROR_CODE :5.1.1".
    [InlineData("kijitora@example.co.jp Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <kijitora@example.co.jp>... User Unknown", 550, "5.1.1", null)]
    // Sisimai's email-x6-01 (development): the reply quoted in brackets after the notice's own sentence.
    [InlineData("Reason: SMTP Server <192.0.2.223> refused to accept your message (DATA), with the following error message: [554 5.4.6 Hop count exceeded - possible mail loop]", 554, "5.4.6", null)]
    public void A_code_glued_to_punctuation_is_read_where_an_enhanced_code_of_its_class_follows(string reply, int basic, string enhanced, string? text)
    {
        Assert.True(SmtpReply.TryParse(reply, out var parsed));

        Assert.Equal((SmtpReplyCode)basic, parsed.BasicCode);
        Assert.Equal(SmtpEnhancedStatusCode.Parse(enhanced), parsed.EnhancedCode);
        if (text != null)
        {
            Assert.Equal(text, parsed.Text);
        }
    }

    [Theory]
    [InlineData("Message size: 550, the limit is exceeded")]
    [InlineData("queue: 450, deferred")]
    [InlineData("delivered at 5:50: please check")]
    [InlineData("[500 bytes]")]
    [InlineData("[550 messages queued]")]
    // An enhanced code of another class does not make the number a code.
    [InlineData("count: 450: 5.1.1 no")]
    // A label names a code only as the word "code" before a colon, and the code is a failure's.
    [InlineData("barcode: 550, scanned")]
    [InlineData("code 550, no colon")]
    [InlineData("error_code :250, accepted")]
    public void A_number_glued_to_punctuation_without_an_enhanced_code_of_its_class_is_no_code(string text)
    {
        SmtpReply.TryParse(text, out var parsed);

        Assert.Null(parsed.BasicCode);
    }

    // Yahoo's failure notice writes each remote reply on its own line as "code: text" (Sisimai's lhost-yahoo-10 and -12,
    // development, with an enhanced code); at a line's start, glued to its colon and a blank, the number is the code
    // without one too (Sisimai's lhost-yahoo-06 and -07, development).
    [Theory]
    [InlineData("550: : User unknown")]
    [InlineData("550: <otsu-sakaba-hunter-neko-nyaaaaaaan@ezweb.ne.jp>: User unknown")]
    [InlineData("Remote host said:\n550: : User unknown")]
    public void A_code_that_starts_a_line_with_a_colon_and_a_blank_is_read_without_an_enhanced_code(string reply)
    {
        Assert.True(SmtpReply.TryParse(reply, out var parsed));

        Assert.Equal(SmtpReplyCode.MailboxUnavailable, parsed.BasicCode);
        Assert.Null(parsed.EnhancedCode);
    }

    [Theory]
    [InlineData("550:00 elapsed")]
    [InlineData("the limit\n550:1 exceeded")]
    public void A_number_that_starts_a_line_glued_to_a_colon_without_a_blank_is_no_code(string text)
    {
        SmtpReply.TryParse(text, out var parsed);

        Assert.Null(parsed.BasicCode);
    }

    [Fact]
    public void A_code_a_label_names_a_code_is_read_without_an_enhanced_code()
    {
        // Zoho's other shape, where the second label holds the reply's text (rb-sisimai lib/sisimai/lhost/zoho.rb quotes
        // it; Sisimai's older sample eg/maildir-as-a-sample/new/us-zoho-03.eml, development).
        Assert.True(SmtpReply.TryParse("shironeko@example.org Invalid Address, ERROR_CODE :550, ERROR_CODE :Requested action not taken: mailbox unavailable", out var parsed));

        Assert.Equal(SmtpReplyCode.MailboxUnavailable, parsed.BasicCode);
        Assert.Null(parsed.EnhancedCode);
    }

    [Fact]
    public void Yahoo_s_reply_with_a_colon_is_diagnosed_with_its_basic_code()
    {
        var diagnosis = SmtpReply.Diagnose("550: 5.1.1 <bogus-address@example.net>: Recipient address rejected: User unknown in local recipient table");

        Assert.Equal(SmtpReplyCode.MailboxUnavailable, diagnosis.BasicCode);
        Assert.Equal(SmtpBounceReason.UserUnknown, diagnosis.Reason);
        Assert.True(diagnosis.IsHardBounce);
    }
}
