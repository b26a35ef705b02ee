using Xunit;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// A refused recipient whose address is malformed has one reading, wherever the words come from: RFC 3463 files the
/// address's syntax under the addressing subject (X.1.3, "Bad destination mailbox address syntax", beside X.1.1, useful
/// only for permanent failures), apart from the syntax of an SMTP command (X.5.2, the sending software's fault). The
/// address as written can never be delivered: an unknown user, a hard bounce, as the catalog's X.1.3 row, Sisimai's status
/// table (go-sisimai <c>smtp/status/lib.go</c>: 5.1.3 is userunknown) and Yandex's bounce help (its "Bad recipient
/// address syntax" and "Bad address mailbox syntax" under "the email was sent to a non-existing address") read it. Before
/// session 17, QQ Mail's "501 Bad address syntax" alone read as a syntax error (a row after Sisimai's Tencent table)
/// while Postfix's "501 5.1.3 Bad recipient address syntax" read as an unknown user.
/// </summary>
public sealed class RecipientAddressSyntaxTests
{
    [Theory]
    // Postfix's smtpd and postscreen (src/smtpd/smtpd.c, src/postscreen/postscreen_smtpd.c), with and without X.1.3.
    [InlineData("501 5.1.3 Bad recipient address syntax")]
    [InlineData("501 Bad recipient address syntax")]
    // QQ Mail's reply as its bounce keyword table lists it, with the link to its help page.
    [InlineData("501 Bad address syntax. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000730")]
    // Yandex's bounce help's words, and RFC 3463's title of X.1.3 as servers echo it.
    [InlineData("553 5.1.3 Bad address mailbox syntax")]
    [InlineData("501 5.1.3 Bad destination mailbox address syntax")]
    public void A_malformed_recipient_address_is_an_unknown_user(string reply)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(SmtpBounceReason.UserUnknown, diagnosis.Reason);
        Assert.Equal("TextRecipientAddressSyntax", diagnosis.CatalogEntry);
        Assert.True(diagnosis.IsHardBounce);
        Assert.Equal(SmtpRecommendedAction.CorrectAddress, diagnosis.Action);
    }

    [Fact]
    public void A_temporary_refusal_of_a_malformed_address_is_soft()
    {
        var diagnosis = SmtpReply.Diagnose("450 4.1.3 Bad recipient address syntax");

        Assert.Equal(SmtpBounceReason.UserUnknown, diagnosis.Reason);
        Assert.False(diagnosis.IsHardBounce);
    }

    [Theory]
    // The syntax of a command is the sending software's: RFC 5321's 500 and 501 texts, RFC 3463's X.5.2, and the
    // command error QQ Mail's keyword table lists beside its address error ("500 Error: bad syntax").
    [InlineData("500 Error: bad syntax", SmtpBounceReason.SyntaxError)]
    [InlineData("501 5.5.2 Syntax error", SmtpBounceReason.SyntaxError)]
    [InlineData("501 Syntax error in parameters or arguments", SmtpBounceReason.SyntaxError)]
    // The sender's address refused so is the sender's (RFC 3463 X.1.7; Postfix's "Bad sender address syntax").
    [InlineData("501 5.1.7 Bad sender address syntax", SmtpBounceReason.Rejected)]
    public void A_command_s_syntax_or_the_sender_s_address_is_not_the_recipient_s(string reply, SmtpBounceReason reason)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(reason, diagnosis.Reason);
        Assert.False(diagnosis.IsHardBounce);
    }
}
