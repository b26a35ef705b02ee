using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// Trend Micro InterScan E-Mail VirusWall NT's notice closes its text with "***** End of message *****" and names the
/// addresses it could not deliver to above it in angle brackets (GNU Mailman's SimpleMatch bounce detector reads every
/// bracketed address up to that line: its kviv.be and s1.com patterns). Without a MIME structure it may run straight on
/// into the returned header, whose To names the sender's addressee, not the recipient that failed.
/// </summary>
public sealed class InterScanEndOfMessageTests
{
    private const string Notice = """
        From: postmaster@gw.example.net
        To: sender@example.net
        Subject: Mail could not be delivered

        ****** Message from InterScan E-Mail VirusWall NT ******

        Unknown recipient <rcpt@example.org>

        *****************     End of message     ***************
        Received: from client.example.net by gw.example.net
        From: Sender <sender@example.net>
        To: team@example.org
        Subject: hello

        hello
        """;

    [Fact]
    public void The_bracketed_address_above_the_end_of_message_line_is_the_recipient()
    {
        SmtpBounce bounce = SmtpBounce.Read(Notice);
        Assert.Equal(SmtpBounceMessageKind.PlainTextBounce, bounce.Kind);
        SmtpBounceRecipient recipient = Assert.Single(bounce.Recipients);
        Assert.Equal("rcpt@example.org", recipient.FinalRecipient);
        Assert.Equal(SmtpBounceReason.UserUnknown, recipient.Diagnosis.Reason);
    }

    [Fact]
    public void A_sender_named_above_the_end_of_message_line_is_no_recipient()
    {
        string notice = Notice.Replace("Unknown recipient <rcpt@example.org>", "From: <someone@example.com>\nUnknown recipient <rcpt@example.org>", System.StringComparison.Ordinal);

        Assert.Equal("rcpt@example.org", Assert.Single(SmtpBounce.Read(notice).Recipients).FinalRecipient);
    }

    [Fact]
    public void Without_the_end_of_message_line_the_bracketed_address_is_not_read_so()
    {
        string notice = Notice.Replace("*****************     End of message     ***************", "-- ", System.StringComparison.Ordinal);

        Assert.DoesNotContain(SmtpBounce.Read(notice).Recipients, recipient => recipient.FinalRecipient == "rcpt@example.org");
    }
}
