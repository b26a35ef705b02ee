using System.Linq;
using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// A notice's own addresses (its To, Delivered-To, From...) are never taken from its text as failed recipients, except
/// where the notice's own layout says the line names one: mail sent to oneself comes back to the address that failed.
/// Each input is written from the writer's documented layout (named in each test), not copied from a corpus message.
/// </summary>
public sealed class OwnAddressRecipientTests
{
    [Fact]
    public void An_exchange_list_of_recipients_that_could_not_be_reached_names_the_notices_own_addressee()
    {
        // Exchange 2000 and 2003's non-delivery report as Microsoft KB 284204 shows it ("The following recipient(s)
        // could not be reached:", the address "on" the date, the reason, "<server #5.1.1>"), for mail a user sent to
        // their own address.
        const string Message = """
            From: System Administrator <postmaster@example.org>
            To: user@example.org
            Subject: Undeliverable: Original Message

            Your message did not reach some or all of the intended recipients.

                  Subject:	Original Message
                  Sent:	7/11/2001 9:20 AM

            The following recipient(s) could not be reached:

                  user@example.org on 7/11/2001 9:20 AM
                        The e-mail account does not exist at the organization this message was sent to.
                        <server.example.org #5.1.1>
            """;

        SmtpBounce bounce = SmtpBounce.Read(Message);

        Assert.Equal(new[] { "user@example.org" }, bounce.Recipients.Select(r => r.FinalRecipient).ToArray());
        Assert.Equal(SmtpBounceReason.UserUnknown, bounce.Recipients[0].Diagnosis.Reason);
    }

    [Fact]
    public void A_service_address_under_the_recipient_list_heading_is_a_failed_recipient()
    {
        // Exchange 5.5's heading (Microsoft KB 183588, "The message was not delivered to the following recipient(s):"):
        // mail to another host's postmaster fails like any other.
        const string Message = """
            From: System Administrator <postmaster@example.org>
            To: sender@example.org
            Subject: Undeliverable: hello

            Your message was not delivered to all recipients.

            The message was not delivered to the following recipient(s):

            postmaster@example.net
            The recipient name is not recognized
            """;

        Assert.Equal(new[] { "postmaster@example.net" }, SmtpBounce.Read(Message).Recipients.Select(r => r.FinalRecipient).ToArray());
    }

    [Theory]
    [InlineData("<user@example.org>: host mx.example.net[192.0.2.1] said: 550 5.1.1")]
    [InlineData("<user@example.org> (expanded from <alias@example.org>): host mx.example.net[192.0.2.1] said: 550 5.1.1")]
    public void A_postfix_recipient_line_names_the_notices_own_addressee(string recipientLine)
    {
        // Postfix's failure notice (bounce(8): the heading and the signature of bounce_template.c's default template,
        // each recipient written "<%s>", " (expanded from <%s>)", ": %s" by bounce_notify_util.c), here without its
        // delivery-status part, for mail its user sent to their own address.
        string message = $$"""
            From: MAILER-DAEMON@mx.example.org (Mail Delivery System)
            To: user@example.org
            Delivered-To: user@example.org
            Subject: Undelivered Mail Returned to Sender

            This is the mail system at host mx.example.org.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

            If you do so, please include this problem report. You can
            delete your own text from the attached returned message.

                               The mail system

            {{recipientLine}}
                <user@example.org>: Recipient address rejected: User unknown (in reply to RCPT
                TO command)
            """;

        SmtpBounce bounce = SmtpBounce.Read(message);

        Assert.Equal(new[] { "user@example.org" }, bounce.Recipients.Select(r => r.FinalRecipient).ToArray());
        Assert.Equal(SmtpBounceReason.UserUnknown, bounce.Recipients[0].Diagnosis.Reason);
    }

    [Fact]
    public void Outside_a_postfix_notice_an_own_address_at_a_lines_start_is_no_recipient()
    {
        // The same line in a notice that has neither Postfix's heading nor a list heading names the notice's addressee,
        // not a failed recipient: the failed one is the other.
        const string Message = """
            From: MAILER-DAEMON@mx.example.org
            To: sender@example.org
            Subject: Returned mail

            Your message to nobody@example.net could not be delivered.

            <sender@example.org>: your message to nobody@example.net was refused
            """;

        Assert.DoesNotContain("sender@example.org", SmtpBounce.Read(Message).Recipients.Select(r => r.FinalRecipient));
    }

    [Theory]
    [InlineData("<")]
    [InlineData("<>")]
    [InlineData("<>:")]
    [InlineData("<user@example.org")]
    [InlineData("<user@example.org>")]
    [InlineData("<user@example.org> (expanded from <")]
    [InlineData("The following recipient")]
    [InlineData("the following recipient(s):\n\n\n")]
    public void A_cut_postfix_recipient_line_or_list_heading_is_read_without_failing(string tail)
    {
        string message = "From: MAILER-DAEMON@mx.example.org\nTo: user@example.org\nSubject: Undelivered Mail Returned to Sender\n\n"
            + "This is the mail system at host mx.example.org.\n\n" + tail;

        SmtpBounce bounce = SmtpBounce.Read(message);

        Assert.All(bounce.Recipients, r => Assert.NotEqual(string.Empty, r.FinalRecipient));
    }
}
