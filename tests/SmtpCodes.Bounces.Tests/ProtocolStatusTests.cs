using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// RFC 3463 section 3.6: X.5.0 is "Other or undefined protocol status": something was wrong with the protocol and no
/// other detail code expresses it; unlike X.5.2 it says nothing of a syntax error. go-sisimai (smtp/status/lib.go,
/// Name) gives neither 4.5.0 nor 5.5.0 a reason. Sendmail writes "Status: 4.5.0" beside a bare "Deferred" in its delay
/// warnings when it has no better code; the report below is written in that shape.
/// </summary>
public sealed class ProtocolStatusTests
{
    private const string Warning = """
        From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>
        To: <sender@example.org>
        Subject: Warning: could not send message for past 4 hours
        Content-Type: multipart/report; report-type=delivery-status; boundary="b"

        --b
        Content-Type: text/plain

            **********************************************
            **      THIS IS A WARNING MESSAGE ONLY      **
            **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
            **********************************************

        The original message was received at Mon, 1 Jan 2024 10:00:00 -0500
        from localhost [127.0.0.1]

           ----- Transcript of session follows -----
        <kijitora@example.jp>... Deferred

        --b
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mx.example.org

        Final-Recipient: RFC822; kijitora@example.jp
        Action: delayed
        Status: 4.5.0

        --b--
        """;

    [Fact]
    public void A_deferral_under_status_4_5_0_names_no_syntax_error()
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Warning).Recipients);

        Assert.Equal(SmtpDeliveryAction.Delayed, recipient.Action);
        Assert.Equal(SmtpBounceReason.Undefined, recipient.Diagnosis.Reason);
    }

    [Theory]
    [InlineData(4, SmtpBounceReason.Undefined)]
    [InlineData(5, SmtpBounceReason.Undefined)]
    public void Other_or_undefined_protocol_status_has_no_reason_of_its_own(int kind, SmtpBounceReason reason)
    {
        Assert.Equal(reason, new SmtpEnhancedStatusCode(kind, 5, 0).GetDefaultReason());
        // X.5.2, a syntax error, keeps its own.
        Assert.Equal(SmtpBounceReason.SyntaxError, new SmtpEnhancedStatusCode(kind, 5, 2).GetDefaultReason());
    }
}
