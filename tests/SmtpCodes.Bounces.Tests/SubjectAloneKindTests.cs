using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// A bounce's Subject alone does not make a message a bounce when nothing else in it does (no failed recipient, no mail
/// daemon's sender, no X-Failed-Recipients, no returned message, no bounce's opening sentence): Sisimai reads no message
/// as a bounce without a recipient (its Lhost decoders, rb-sisimai's lib/sisimai/lhost/*.rb, end "return nil unless
/// recipients &gt; 0"). The inputs are our own.
/// </summary>
public sealed class SubjectAloneKindTests
{
    [Theory]
    [InlineData("Undeliverable", "Hi Anna,\n\nI keep getting mail back when I write to the sales team. Can you have a look at it?\n\nThanks, Bob\n")]
    [InlineData("Mail delivery problem", "Hello,\n\nsince Monday our mailbox seems to lose mail. Who should I ask about it?\n")]
    [InlineData("Undeliverable: your parcel", "Your parcel is waiting. Confirm your address at the link below to receive it.\n")]
    public void A_message_with_a_bounce_subject_and_nothing_else_of_a_bounce_is_ordinary_mail(string subject, string body)
    {
        string message = $"From: Bob <bob@example.org>\nTo: anna@example.org\nSubject: {subject}\n\n{body}";

        SmtpBounce bounce = SmtpBounce.Read(message);

        Assert.Equal(SmtpBounceMessageKind.NotBounce, bounce.Kind);
        Assert.Empty(bounce.Recipients);
    }

    [Theory]
    [InlineData("From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\n", "")]
    [InlineData("From: Bob <bob@example.org>\nX-Failed-Recipients: nobody@example.net\n", "")]
    [InlineData("From: Bob <bob@example.org>\n", "Your message could not be delivered to one or more recipients.\n")]
    public void A_bounce_subject_with_another_sign_of_a_bounce_stays_a_bounce(string fields, string opening)
    {
        string message = fields + "To: anna@example.org\nSubject: Undeliverable\n\n" + opening + "Something went wrong.\n";

        Assert.Equal(SmtpBounceMessageKind.PlainTextBounce, SmtpBounce.Read(message).Kind);
    }

    [Fact]
    public void A_bounce_subject_over_a_returned_message_stays_a_bounce()
    {
        const string Message = """
            From: Bob <bob@example.org>
            To: anna@example.org
            Subject: Undeliverable
            Content-Type: multipart/mixed; boundary="b"

            --b
            Content-Type: text/plain

            One or more of the recipients are not valid.

            --b
            Content-Type: message/rfc822

            From: anna@example.org
            To: list@example.net
            Subject: hello

            hello
            --b--
            """;

        Assert.Equal(SmtpBounceMessageKind.PlainTextBounce, SmtpBounce.Read(Message).Kind);
    }

    [Fact]
    public void An_auto_reply_with_a_bounce_subject_and_nothing_else_of_a_bounce_stays_an_auto_reply()
    {
        const string Message = "From: Bob <bob@example.org>\nTo: anna@example.org\nSubject: Undeliverable\nAuto-Submitted: auto-replied\n\nI am away.\n";

        Assert.Equal(SmtpBounceMessageKind.AutoReply, SmtpBounce.Read(Message).Kind);
    }
}
