using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// Spectrum (Charter) ends its refusals with an AUP# code; its page "Understanding email error codes" gives 1300 to
/// 1340 as connection limits and 1350 to 1490 as limits on messages and recipients (as go-sisimai rhost/for-spectrum.go
/// quotes it). Such a refusal is a rate limit though Spectrum words it "sender rejected" under 5.1.0; other AUP codes
/// keep the AUP# row's block. The first reply is the Diagnostic-Code of the development message
/// sisimai-set-of-emails/rhost-spectrum-01.eml.
/// </summary>
public sealed class SpectrumAupLimitTests
{
    [Theory]
    [InlineData("550 5.1.0 <010001725d8ad4fc-9fe8fb1f-0292-430b-a634-1eba65166dbb-000000@amazonses.com> sender rejected. Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#In-1310")]
    [InlineData("550 5.1.0 <bounce@example.com> sender rejected. AUP#I-1450")]
    public void An_aup_code_of_spectrums_connection_or_message_limits_is_a_rate_limit(string reply)
    {
        SmtpDiagnosis diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(SmtpBounceReason.RateLimited, diagnosis.Reason);
        Assert.Equal(false, diagnosis.IsHardBounce);
    }

    [Fact]
    public void Another_aup_code_keeps_the_block()
    {
        // AUP 1000: "Your IP address has been blocked due to suspicious activity" (the same page).
        SmtpDiagnosis diagnosis = SmtpReply.Diagnose("550 5.1.0 <bounce@example.com> sender rejected. AUP#I-1000");

        Assert.Equal(SmtpBounceReason.Blocked, diagnosis.Reason);
    }
}
