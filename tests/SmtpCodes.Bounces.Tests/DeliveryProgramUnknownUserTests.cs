using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// A local delivery program that fails may print that the user is unknown (procmail's "Unknown user"). Sisimai reads
/// unknown-user words as the cause only for a refusal at RCPT or under a Status X.1.1 (go-sisimai
/// reason/why-userunknown.go, ProbesInto) and else reads the mailer's words as a mailer error (reason/find.go,
/// reason/why-mailererror.go: "procmail: "). Reports of our own text, in the shape of an MTA that quotes its delivery
/// program's exit status and output.
/// </summary>
public sealed class DeliveryProgramUnknownUserTests
{
    private const string ProgramOutput = "delivery program failed: exit status 67 - \"procmail: Unknown user \\\"kijitora\\\"\"";

    [Fact]
    public void A_delivery_programs_unknown_user_without_a_reply_or_an_x_1_1_status_is_a_mailer_error()
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(OneRecipientReport.With("5.0.0", "smtp; " + ProgramOutput)).Recipients);

        Assert.Equal(SmtpBounceReason.MailerError, recipient.Diagnosis.Reason);
        Assert.False(recipient.IsHardBounce);
    }

    [Theory]
    // The reporting MTA's own Status says the address is bad (RFC 3463 X.1.1).
    [InlineData("5.1.1", "smtp; " + ProgramOutput)]
    // A server's reply refused the address.
    [InlineData("5.0.0", "smtp; 550 Unknown user kijitora")]
    public void Unknown_user_words_stand_under_an_x_1_1_status_or_in_a_servers_reply(string status, string diagnosticCode)
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(OneRecipientReport.With(status, diagnosticCode)).Recipients);

        Assert.Equal(SmtpBounceReason.UserUnknown, recipient.Diagnosis.Reason);
    }
}
