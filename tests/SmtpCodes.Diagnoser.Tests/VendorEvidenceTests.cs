using Xunit;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// A match string counts only as a whole word, a vendor is named only on its own evidence (a token, host, URL or
/// its own codes), and the more specific of two vendor tokens decides.
/// </summary>
public sealed class VendorEvidenceTests
{
    [Fact]
    public void A_match_string_inside_a_longer_word_does_not_match()
    {
        // Gmail's SPF row matches "SPF"; a file named .xspf says nothing about SPF.
        var diagnosis = SmtpReply.Diagnose("550 5.7.1 The attachment playlist.xspf is not allowed");

        Assert.NotEqual("GmailSpfFailure", diagnosis.CatalogEntry);
        Assert.NotEqual(SmtpBounceReason.AuthFailure, diagnosis.Reason);
    }

    [Fact]
    public void A_generic_phrase_gives_the_reason_but_not_the_vendor()
    {
        // Postfix's own reply: Mimecast has a row with the same words, but nothing here is Mimecast's.
        var diagnosis = SmtpReply.Diagnose("452 4.5.3 Error: too many recipients");

        Assert.Equal(SmtpBounceReason.RateLimited, diagnosis.Reason);
        Assert.Null(diagnosis.Vendor);
    }

    [Fact]
    public void A_vendor_token_names_the_vendor()
    {
        var diagnosis = SmtpReply.Diagnose("552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]");

        Assert.NotNull(diagnosis.Vendor);
    }

    [Fact]
    public void The_more_specific_token_decides()
    {
        // Yahoo's [TSS04] says why; 4.16.55.1 is only Yahoo's internal number.
        var diagnosis = SmtpReply.Diagnose("421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes");

        Assert.Equal("YahooVolumeDeferral", diagnosis.CatalogEntry);
        Assert.Equal(SmtpReplyClass.Transient, diagnosis.Class);
    }

    // Unknown-recipient replies that need their codes: the words alone say nothing ("Address rejected." after
    // Postfix's "Sender" or "Recipient" is any refusal). Replies as the rows' sources quote them (p5-sisimai
    // Lhost/GSuite.pm's comment; Mailgun users' notes).
    [Theory]
    [InlineData("550 #5.1.0 Address rejected.", "Cisco Secure Email (IronPort)")]
    [InlineData("550 5.0.1 Recipient rejected", "Mailgun")]
    public void A_gateways_unknown_recipient_reply_is_a_hard_bounce(string reply, string vendor)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(SmtpBounceReason.UserUnknown, diagnosis.Reason);
        Assert.True(diagnosis.IsHardBounce);
        Assert.Equal(vendor, diagnosis.Vendor);
    }

    [Theory]
    [InlineData("550 5.7.1 Address rejected.")]
    [InlineData("550 5.1.0 <a@example.com>: Sender address rejected: Domain not found")]
    [InlineData("450 4.0.1 Recipient rejected")]
    public void The_same_words_under_other_codes_are_not_an_unknown_recipient(string reply)
    {
        Assert.NotEqual(SmtpBounceReason.UserUnknown, SmtpReply.Diagnose(reply).Reason);
    }

    // AT&T's documented "521 <ip> is blocked" (its mail block "Error Message Summary": the sending system is a source
    // of spam): 521, which RFC 7504 gives to a host that accepts no mail, is here a block on the sender; a 521 without
    // those words still says the host accepts no mail.
    [Theory]
    [InlineData("521 <192.0.2.1> is blocked", SmtpBounceReason.Blocked, false)]
    [InlineData("521 5.3.2 example.com does not accept mail", SmtpBounceReason.NotAccept, true)]
    public void Atts_521_block_is_no_hard_bounce_unlike_a_host_that_accepts_no_mail(string reply, SmtpBounceReason reason, bool hard)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(reason, diagnosis.Reason);
        Assert.Equal(hard, diagnosis.IsHardBounce);
    }
}
