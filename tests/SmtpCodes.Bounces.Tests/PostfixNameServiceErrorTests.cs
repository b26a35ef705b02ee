using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// Postfix's DNS client (src/dns/dns_lookup.c) writes "Host or domain name not found. Name service error for name=N
/// type=T:" above the resolver's own words for every failed lookup: "Host not found" (HOST_NOT_FOUND, bounced at once
/// with 5.4.4) and "Host not found, try again" (TRY_AGAIN, deferred with 4.4.3 and returned only when the queue lifetime
/// ends) alike. The heading says which lookup failed; the words after it say why (the catalog's context phrase).
/// </summary>
public sealed class PostfixNameServiceErrorTests
{
    // crisp-oss-email-bounce-parser/unknown_server_unknown_variant_1.eml and _variant_2.eml (development), Postfix's
    // bounce(5) notice cut to the recipient's paragraph, with the resolver's words of each case.
    private const string Notice = """
        This is the mail system at host mailer.acme.email.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

                           The mail system

        <ademy@randou.com>: Host or domain name not found. Name service error for
            name=randou.com type=MX: CAUSE

        """;

    [Fact]
    public void A_lookup_the_resolver_could_not_answer_for_now_is_a_network_error()
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Notice.Replace("CAUSE", "Host not found, try again")).Recipients);

        Assert.Equal(SmtpBounceReason.NetworkError, recipient.Diagnosis.Reason);
        Assert.False(recipient.IsHardBounce);
    }

    [Theory]
    [InlineData("Host not found")]
    [InlineData("Host found but no data record of requested type")]
    public void A_name_the_resolver_says_does_not_exist_is_an_unknown_host(string cause)
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Notice.Replace("CAUSE", cause)).Recipients);

        Assert.Equal(SmtpBounceReason.HostUnknown, recipient.Diagnosis.Reason);
        Assert.True(recipient.IsHardBounce);
    }

    [Fact]
    public void The_heading_alone_still_names_an_unknown_host()
    {
        SmtpDiagnosis diagnosis = SmtpReply.Diagnose("550 Host or domain name not found");

        Assert.Equal(SmtpBounceReason.HostUnknown, diagnosis.Reason);
    }
}
