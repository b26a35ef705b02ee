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

    // Exchange's own words say more than the registry's meaning of their enhanced codes (Microsoft Learn's NDR tables,
    // as p5-sisimai Rhost/ExchangeOnline.pm quotes them): the sender's quota, a throttled mailbox, the content filter.
    [Theory]
    [InlineData("550 5.2.2 Submission quota exceeded", SmtpBounceReason.RateLimited)]
    [InlineData("432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded", SmtpBounceReason.RateLimited)]
    [InlineData("550 5.2.1 Content Filter agent quarantined this message", SmtpBounceReason.SpamDetected)]
    [InlineData("552 5.2.2 Mailbox full", SmtpBounceReason.MailboxFull)]
    public void Exchange_words_decide_over_the_registry_meaning_of_their_codes(string reply, SmtpBounceReason reason)
    {
        Assert.Equal(reason, SmtpReply.Diagnose(reply).Reason);
    }

    // AT&T's and BellSouth's documented blocks of a sending system (their mail block "Error Message Summary"): 521, which
    // RFC 7504 gives to a host that accepts no mail, is here a block on the sender, so no hard bounce.
    [Theory]
    [InlineData("521 <192.0.2.1> is blocked", SmtpBounceReason.Blocked)]
    [InlineData("550 <192.0.2.1> blocked by ldap:ou=rblmx, dc=bellsouth, dc=net", SmtpBounceReason.Blocked)]
    [InlineData("550 unauthorized interface for <192.0.2.1>", SmtpBounceReason.Blocked)]
    [InlineData("421-failure in DNS look-up.", SmtpBounceReason.RequirePtr)]
    [InlineData("550 Error. Blocked for status: <unknown sender>", SmtpBounceReason.RequirePtr)]
    [InlineData("550 [permfail] bellsouth.net requires valid sender domain", SmtpBounceReason.Rejected)]
    public void Att_blocks_of_a_sending_system_are_no_hard_bounce(string reply, SmtpBounceReason reason)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(reason, diagnosis.Reason);
        Assert.False(diagnosis.IsHardBounce);
    }

    [Fact]
    public void A_521_without_the_words_of_a_block_still_accepts_no_mail()
    {
        var diagnosis = SmtpReply.Diagnose("521 5.3.2 example.com does not accept mail");

        Assert.Equal(SmtpBounceReason.NotAccept, diagnosis.Reason);
        Assert.True(diagnosis.IsHardBounce);
    }
}
