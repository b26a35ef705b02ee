using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// Identifiers written like addresses in a notice's returned text are no recipients. RFC 2045 section 7: a MIME part's
/// Content-ID is a msg-id ("&lt;" id-left "@" id-right "&gt;", RFC 5322 section 3.6.4), as a Message-ID is, so a
/// returned part's "Content-ID: &lt;1.2@host&gt;" names a part, not a mailbox. The notice below is written for the test,
/// in the shape of a failure notice that returns the message's MIME headers under a separator the reader does not know.
/// </summary>
public sealed class MessageIdentifierTests
{
    [Fact]
    public void A_returned_content_id_is_no_recipient()
    {
        const string Message = """
            From: Mail System <daemon@relay.example.org>
            To: sender@example.com
            Subject: delivery failed

            Your message could not be delivered to ghost@example.net:
              550 5.1.1 <ghost@example.net>: Recipient address rejected: User unknown

            ----- returned text -----

            From: Sender <sender@example.com>
            To: ghost@example.net
            Subject: plans
            MIME-Version: 1.0
            Content-Type: text/plain; charset="us-ascii"
            Content-ID: <4711.1796143041.1@workstation>

            See you on Thursday.
            """;

        SmtpBounce bounce = SmtpBounce.Read(Message);

        SmtpBounceRecipient recipient = Assert.Single(bounce.Recipients);
        Assert.Equal("ghost@example.net", recipient.FinalRecipient);
        Assert.Equal(SmtpBounceReason.UserUnknown, recipient.Diagnosis.Reason);
    }
}
