using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// Exim's bounce to an errors address other than the sender (deliver.c: "A message sent by\n\n  &lt;%s&gt;\n\ncould not be
/// delivered to one or more of its recipients. The following\naddress(es) failed:\n", as Sisimai's Exim decoder quotes
/// it) names the sender the way it names the failed addresses below: indented, on a line of its own.
/// </summary>
public sealed class EximSenderHeadingTests
{
    private const string Notice = """
        From: Mail Delivery System <Mailer-Daemon@mx.example.org>
        To: errors@example.net
        Subject: Mail delivery failed

        This message was created automatically by mail delivery software.

        A message sent by

          <newsletter@example.net>

        could not be delivered to one or more of its recipients. The following
        address(es) failed:

          kijitora@example.com
            SMTP error from remote mail server after RCPT TO:<kijitora@example.com>:
            host mx.example.com [192.0.2.25]: 550 5.1.1 User unknown
        """;

    [Fact]
    public void The_sender_under_exims_heading_is_not_a_failed_recipient()
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Notice).Recipients);
        Assert.Equal("kijitora@example.com", recipient.FinalRecipient);
        Assert.Equal(SmtpBounceReason.UserUnknown, recipient.Diagnosis.Reason);
    }

    [Fact]
    public void An_address_after_other_words_is_still_read()
    {
        string notice = Notice.Replace("A message sent by", "A message addressed to", System.StringComparison.Ordinal);

        Assert.Equal(2, SmtpBounce.Read(notice).Recipients.Count);
    }
}
