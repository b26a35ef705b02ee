using System.Linq;
using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// Shapes of session 6's development messages that the reader misread, each fixed by a general rule. Inputs are cut
/// from Sisimai's set of emails (rb-sisimai, BSD-2-Clause; development sources), named in each test.
/// </summary>
public sealed class TranscriptAndReportShapesTests
{
    [Fact]
    public void A_final_recipient_without_a_local_part_takes_the_address_the_text_names()
    {
        // email-sendmail-15.eml: a gateway's Sendmail writes "Final-Recipient: RFC822; @mx.example.org", a domain and no
        // mailbox; the text's "<kijitora@example.org>" under "permanent fatal errors" is the recipient.
        const string Message = """
            From: Mail Delivery Subsystem <MAILER-DAEMON@mx4.smtp.example.co.jp>
            To: <shironeko@example.or.jp>
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type=delivery-status; boundary="b"
            Subject: Returned mail: see transcript for details

            --b

               ----- The following addresses had permanent fatal errors -----
            <kijitora@example.org>
                (reason: 550 Host unknown)

               ----- Transcript of session follows -----
            550 5.1.2 <kijitora@example.org>... Host unknown (Name server: smtp24.example.org: no data known)

            --b
            Content-Type: message/delivery-status

            Reporting-MTA: dns; mx4.smtp.example.co.jp

            Final-Recipient: RFC822; @mx.example.org
            Action: failed
            Status: 5.1.2

            --b--
            """;

        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Message).Recipients);
        Assert.Equal("kijitora@example.org", recipient.OriginalRecipient);
        Assert.Equal(SmtpBounceReason.HostUnknown, recipient.Diagnosis.Reason);
    }

    [Fact]
    public void An_original_envelope_id_that_looks_like_an_address_is_no_recipient()
    {
        // email-messagingserver-03.eml: PMDF's report without its MIME boundaries, read as text; RFC 3464's
        // Original-Envelope-Id is the sender's ENVID (RFC 3461), an identifier, here written like an address.
        const string Message = """
            From: PMDF e-Mail Interconnect <MAILER-DAEMON@internetmci.com>
            Subject: Delivery Notification: Delivery has failed
            To: shironeko@example.com

            Your message cannot be delivered to the following recipients:

              Recipient address: sabineko@example.org
              Reason: Remote SMTP server has rejected address
              Diagnostic code: smtp; 550 5.7.1 550 User Unknown: sabineko@example.org

            Original-envelope-id: 000000000000000@example.org
            Reporting-MTA: dns; mailbox0.d5.example.org
            """;

        Assert.Equal(new[] { "sabineko@example.org" }, SmtpBounce.Read(Message).Recipients.Select(r => r.FinalRecipient).ToArray());
    }
}
