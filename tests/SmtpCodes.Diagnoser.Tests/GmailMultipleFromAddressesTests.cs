using Xunit;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// Gmail refuses a message whose From field holds several addresses: "550 5.7.1 Messages with multiple addresses in
/// From: header are not accepted." (Google's SMTP error reference; RFC 5322 section 3.6.2). The message breaks the
/// header rules, whatever the 5.7.1 policy code alone would say. The first input is the Diagnostic-Code of the
/// development message sisimai-set-of-emails/email-sendmail-43.eml, where Sendmail kept only the reply's first line.
/// </summary>
public sealed class GmailMultipleFromAddressesTests
{
    [Theory]
    [InlineData("550-5.7.1 [192.0.2.222      13] Messages with multiple addresses in From:")]
    [InlineData("550 5.7.1 Messages with multiple addresses in From: header are not accepted. x1si123 - gsmtp")]
    public void Several_from_addresses_are_a_header_that_breaks_rfc_5322_not_a_policy_refusal(string reply)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(SmtpBounceReason.NotCompliantRfc, diagnosis.Reason);
        Assert.Equal(false, diagnosis.IsHardBounce);
    }

    [Fact]
    public void A_message_to_multiple_addresses_is_not_the_from_header()
    {
        // Only the From header's wording: a reply about recipients keeps its own reading.
        var diagnosis = SmtpReply.Diagnose("550 5.7.1 Messages with multiple addresses in To: are not accepted");

        Assert.NotEqual("GmailMultipleFromAddresses", diagnosis.CatalogEntry);
    }
}
