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
    public void A_phrase_glued_to_the_next_sentence_by_a_full_stop_still_matches()
    {
        // Network Solutions' refusal as senders' returns quote it (pastebin.com/TuQgvjzq, /hZzK7Gfs): no space after the
        // full stop, so "content" ran on into ".Please" as a word runs into a host name's next label. Sisimai's
        // spam phrase "message was rejected for possible spam/virus content" ends on its word there.
        var diagnosis = SmtpReply.Diagnose("553 5.3.0 192.0.2.1 Your message was rejected for possible spam/virus content.Please ask your email provider to visit http://emailadmin.registeredsite.com for resolution.");

        Assert.Equal(SmtpBounceReason.SpamDetected, diagnosis.Reason);
    }

    [Theory]
    // Courier's submit (1.0.16) for a domain whose first label is "host": a phrase that runs on into a host name's next
    // label, in small letters or all in capitals, still ends inside the name, not on dma's "DNS lookup failure: host".
    [InlineData("417 DNS lookup failure: host.example.org.  Try again later.")]
    [InlineData("417 DNS lookup failure: HOST.EXAMPLE.ORG.  Try again later.")]
    public void A_phrase_running_into_a_host_name_does_not_match(string reply)
    {
        Assert.Equal(SmtpBounceReason.NetworkError, SmtpReply.Diagnose(reply).Reason);
    }

    [Fact]
    public void A_phrase_ending_on_a_stem_does_not_match_its_inflection()
    {
        // The Chinese hosts' spam refusal "content reject" is a stem the catalog chose: a filter's "Content Rejected"
        // after its verdict reports the verdict (development sisimai email-postfix-62), so the virus words decide.
        // Matching inflections as well cost development and held-out rows (catalog/README.md, session 19).
        var diagnosis = SmtpReply.Diagnose("550 Virus Detected; Content Rejected");

        Assert.Equal(SmtpBounceReason.VirusDetected, diagnosis.Reason);
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
    // Lhost/GSuite.pm's comment; Mailgun users' notes). Mailgun's "550 5.0.1 Recipient rejected" left this case in
    // session 63 round one (tuner now63f): its row's words became a context phrase of 550 5.0.1, which tied with the same
    // words of TextRecipientRejectedWithoutCause (Cox's list) and lost by row order. Back in session 64 (rank64): a
    // context phrase under all its row's codes wins that tie, as a scoped phrase does.
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
    [InlineData("550 Address rejected <a@example.com>")]
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

    // Providers' and gateways' replies as their own pages word them, each read as the page explains it.
    [Theory]
    // AT&T's "Individual Users" page: mail sent by a system that has sent high levels of spam in the past is blocked;
    // a block of the sending system, not a spam verdict on the message (also the form Sisimai's spam list quotes).
    [InlineData("550 Error. Blocked for abuse", SmtpBounceReason.Blocked, false)]
    [InlineData("550 5.7.1 blocked for abuse. see http://att.net/blocks", SmtpBounceReason.Blocked, false)]
    // BellSouth's "E-mail Error List" (net 005, net 006, net 008, its spelling).
    [InlineData("net 005: The e-mail message uses 8-bit or binary encoding and the destination mail system does not support this encoding.", SmtpBounceReason.ContentError, false)]
    [InlineData("net 006: Your e-mail message is larger than the destination mail system is able to accept.", SmtpBounceReason.EmailTooLarge, false)]
    [InlineData("net 008: The IP you are sending from does not have a valid revers DNS entry.", SmtpBounceReason.RequirePtr, false)]
    // Amazon SES, the sender's own relay, will not send for an identity the account has not verified (AWS Knowledge
    // Center "554 or 400 Message rejected ... Email address is not verified").
    [InlineData("554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: sender@example.com", SmtpBounceReason.NoRelaying, false)]
    // Exchange Online's IP throttling of a sender whose traffic grew (Microsoft Learn, 451 4.7.500-699 (ASxxx)).
    [InlineData("451 4.7.500 Server busy. Please try again later from [192.0.2.1]. (S77714) [QE2FRA04FT039.eop-fra04.prod.protection.outlook.com]", SmtpBounceReason.RateLimited, false)]
    // Exchange Online's outbound policy against automatic external forwarding (Microsoft Learn, 5.7.520).
    [InlineData("550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)", SmtpBounceReason.PolicyViolation, false)]
    // GMX: the last line of its multi-line reply decides (postmaster.gmx.com "Error messages"); the first line's
    // "mailbox unavailable" under a policy refusal is no missing mailbox.
    [InlineData("554-gmx.net (mxgmx104) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is block listed. 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=198.51.100.42", SmtpBounceReason.Blocked, false)]
    [InlineData("550-Requested action not taken: mailbox unavailable 550-Reject due to policy restrictions. 550 For explanation visit http://postmaster.gmx.com/en/error-messages?ip=192.0.2.1&c=poli", SmtpBounceReason.PolicyViolation, false)]
    // mail.com's "Error messages on sending and receiving emails" (United Internet).
    [InlineData("421 Reject due to policy violations", SmtpBounceReason.PolicyViolation, false)]
    [InlineData("421 Administrative reject", SmtpBounceReason.SystemFull, false)]
    // Trend Micro Deep Discovery Email Inspector's sender filtering: its 521 is a block on the sender.
    [InlineData("521 Block permanently (Sender Filtering/Authentication)", SmtpBounceReason.Blocked, false)]
    // Yahoo Help SLN3436: all mail from the IP is permanently deferred.
    [InlineData("421 4.7.1 [TS03] All messages from 192.0.2.1 permanently deferred; Retrying will NOT succeed.", SmtpBounceReason.Blocked, false)]
    // Libero's "RELAYING NOT ALLOWED (550 Relay Disabled)" (Libero Aiuto): no account of the recipient is disabled.
    [InlineData("550 Relay Disabled", SmtpBounceReason.NoRelaying, false)]
    // Interia's help: the recipient has probably put the sender on its blocked list.
    [InlineData("550 5.7.1 Recipient doesn't want your mail", SmtpBounceReason.Filtered, false)]
    // Microsoft's troubleshooting of SMTP submission: the authenticated account lacks Send As permission.
    [InlineData("550 5.7.60 SMTP; Client does not have permissions to send as this sender", SmtpBounceReason.SecurityError, false)]
    // A size limit and an attachment policy in receivers' words (session 21, now21a): updhosting.com's article on
    // "550 5.7.0 Message Size Violation" (the message is over the recipient server's size limit) and emailwarmup.com's
    // "554 5.7.0 Illegal Attachment Detected" (a blocked file type), where the bare codes read a security error or,
    // under 552, a full mailbox.
    [InlineData("550 5.7.0 Message Size Violation", SmtpBounceReason.EmailTooLarge, false)]
    [InlineData("552 Illegal Attachment", SmtpBounceReason.PolicyViolation, false)]
    // Controls: GMX's header check after DATA keeps its own row; its bare unknown-mailbox reply is still a hard bounce.
    [InlineData("554-Transaction failed 554-Reject due to policy restrictions. 554 For explanation visit https://postmaster.web.de/error-messages?ip=192.0.2.1&c=hi", SmtpBounceReason.NotCompliantRfc, false)]
    [InlineData("550 Requested action not taken: mailbox unavailable", SmtpBounceReason.UserUnknown, true)]
    public void Providers_documented_replies_get_the_reason_their_pages_give(string reply, SmtpBounceReason reason, bool hard)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(reason, diagnosis.Reason);
        Assert.Equal(hard, diagnosis.IsHardBounce);
    }
}
