using System.Linq;
using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// RFC 3463 section 3.1: a detail of 0 is its subject's "other or undefined" status. A reply whose own code has that
/// detail and whose words name no cause says less than the report's Status of the same class and subject with a specific
/// detail: Sendmail's "Status: 5.1.1" for a "550 #5.1.0" whose words name nothing is an unknown user. goo's "550 #5.1.0
/// Address rejected" (the shape of rb-sisimai's <c>set-of-emails/maildir/err/make-test-30.eml</c>) names one itself since
/// session 27 (the catalog's AddressRejectedUnderOtherAddressCode), whatever the Status says.
/// </summary>
public sealed class OtherDetailStatusTests
{
    private static SmtpBounceRecipient Read(string status, string reply) => SmtpBounce.Read($"""
        From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.jp>
        To: <sender@example.jp>
        Subject: Returned mail: see transcript for details
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary="B"

        --B

           ----- The following addresses had permanent fatal errors -----
        <nobody@mail.example.ne.jp>
            (reason: {reply})

        --B
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mx.example.jp

        Final-Recipient: RFC822; nobody@mail.example.ne.jp
        Action: failed
        Status: {status}
        Diagnostic-Code: SMTP; {reply}

        --B--
        """).Recipients.Single();

    [Theory]
    [InlineData("5.1.1", "550 #5.1.0 Rejected nobody@mail.example.ne.jp", SmtpBounceReason.UserUnknown, true)]
    [InlineData("5.1.0", "550 #5.1.0 Rejected nobody@mail.example.ne.jp", SmtpBounceReason.Undefined, false)]
    [InlineData("5.2.2", "550 #5.1.0 Rejected nobody@mail.example.ne.jp", SmtpBounceReason.Undefined, false)]
    [InlineData("5.1.1", "550 #5.1.0 Relay access denied", SmtpBounceReason.NoRelaying, false)]
    [InlineData("5.1.0", "550 #5.1.0 Address rejected nobody@mail.example.ne.jp", SmtpBounceReason.UserUnknown, true)]
    public void A_specific_status_of_the_same_subject_decides_only_where_the_replys_other_status_names_no_cause(string status, string reply, SmtpBounceReason reason, bool hard)
    {
        // The second and third rows: no specific detail of the reply's subject to go by; the last two: the words name a cause.
        SmtpBounceRecipient recipient = Read(status, reply);

        Assert.Equal((reason, hard), (recipient.Diagnosis.Reason, recipient.IsHardBounce));
    }
}
