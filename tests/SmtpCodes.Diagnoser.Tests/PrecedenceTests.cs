using Xunit;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// What decides a diagnosis: a catalog message whose text and codes fit, then the enhanced code, then the basic
/// code; and the class rules (basic code first, RFC 5321's 552 exception, the conflict flag).
/// </summary>
public sealed class PrecedenceTests
{
    [Fact]
    public void A_vendor_message_beats_the_meaning_of_the_enhanced_code()
    {
        // 5.1.1 means "bad destination mailbox"; Orange's OFR_417 says the mailbox is full.
        var diagnosis = SmtpReply.Diagnose("552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]");

        Assert.Equal(SmtpDiagnosisBasis.CatalogMessage, diagnosis.Basis);
        Assert.Equal(SmtpBounceReason.MailboxFull, diagnosis.Reason);
        Assert.Equal("OrangeRecipientOverQuota", diagnosis.CatalogEntry);
        Assert.NotNull(diagnosis.Vendor);
        Assert.False(diagnosis.IsHardBounce);
    }

    [Fact]
    public void A_vendor_message_whose_code_differs_does_not_fit()
    {
        // ExchangeRecipientNotFound is scoped to 550 5.1.10; a 450 reply with the same words is not that message.
        var fits = SmtpReply.Diagnose("550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup");
        var other = SmtpReply.Diagnose("450 4.4.7 RESOLVER.ADR.RecipientNotFound");

        Assert.Equal("ExchangeRecipientNotFound", fits.CatalogEntry);
        Assert.NotEqual("ExchangeRecipientNotFound", other.CatalogEntry);
    }

    [Fact]
    public void A_vendor_row_that_names_no_reason_yields_to_words_that_give_one()
    {
        // Yahoo's internal number only says where Yahoo's reason is; the generic words say what it is.
        var diagnosis = SmtpReply.Diagnose("451 Messages deferred due to user complaints - 4.16.55.1");

        Assert.Equal(SmtpBounceReason.BadReputation, diagnosis.Reason);
        Assert.Null(diagnosis.Vendor);
    }

    // A row that names no reason never outranks words that name one, however many of its codes fit: Sisimai's pseudo
    // status 5.0.999 (catalog row SisimaiPseudoStatusCode, go-sisimai smtp/status/lib.go) fits the enhanced code and
    // Yahoo's internal number fits its token, but only the generic words say why. Replies in the shape of Postfix's
    // DSN Diagnostic-Code (RFC 3464) and of the rows' own sources.
    [Theory]
    [InlineData("550 5.0.999 unknown user: \"kijitora\"", SmtpBounceReason.UserUnknown, true)]
    [InlineData("5.0.999 unknown user: \"kijitora\"", SmtpBounceReason.UserUnknown, true)]
    [InlineData("550 5.0.999 Mailbox is full", SmtpBounceReason.MailboxFull, false)]
    [InlineData("554 5.0.999 Message rejected as spam", SmtpBounceReason.SpamDetected, false)]
    [InlineData("421 #4.16.1 Messages deferred due to user complaints", SmtpBounceReason.BadReputation, false)]
    public void A_row_that_names_no_reason_never_outranks_words_that_name_one(string reply, SmtpBounceReason reason, bool hard)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(reason, diagnosis.Reason);
        Assert.Equal(hard, diagnosis.IsHardBounce);
        Assert.Null(diagnosis.Vendor);
    }

    [Fact]
    public void A_row_that_names_no_reason_still_decides_when_nothing_else_is_said()
    {
        // Sisimai's pseudo status alone: its row says what the code is, and that the reason is not known.
        var diagnosis = SmtpReply.Diagnose("550 5.0.999 Sorry");

        Assert.Equal(SmtpBounceReason.Undefined, diagnosis.Reason);
        Assert.Equal("SisimaiPseudoStatusCode", diagnosis.CatalogEntry);
        Assert.False(diagnosis.IsHardBounce);
    }

    [Fact]
    public void A_catch_all_enhanced_code_leaves_the_tie_to_the_more_specific_words()
    {
        // 5.7.1 ("delivery not authorized") would confirm the policy phrase, 5.7.0 ("other security status") the
        // authentication phrase; the server's longer words say spam.
        var notAuthorized = SmtpReply.Diagnose("550 5.7.1 Message rejected as spam; local policy");
        var otherSecurity = SmtpReply.Diagnose("550 5.7.0 Message rejected as spam; auth failed");

        Assert.Equal(SmtpBounceReason.SpamDetected, notAuthorized.Reason);
        Assert.Equal(SmtpBounceReason.SpamDetected, otherSecurity.Reason);
    }

    // Postfix's pipe(8) reports a delivery program's exit and then its output ("permission denied. Command output: ..."):
    // the output, where it names a cause, says why the program failed. Alone, the exit is a mailer error.
    [Theory]
    [InlineData("permission denied. Command output: Mail quota exceeded.", SmtpBounceReason.MailboxFull)]
    [InlineData("Command died with status 1: \"/usr/bin/procmail\"", SmtpBounceReason.MailerError)]
    public void A_failed_delivery_program_yields_to_the_cause_its_output_names(string reply, SmtpBounceReason reason)
    {
        Assert.Equal(reason, SmtpReply.Diagnose(reply).Reason);
    }

    [Fact]
    public void The_enhanced_code_beats_the_basic_code()
    {
        // 550 alone means an unavailable mailbox; 5.7.26 says authentication failed.
        var diagnosis = SmtpReply.Diagnose("550 5.7.26 Message fails checks");

        Assert.Equal(SmtpDiagnosisBasis.EnhancedCode, diagnosis.Basis);
        Assert.Equal(SmtpBounceReason.AuthFailure, diagnosis.Reason);
        Assert.Null(diagnosis.Vendor);
    }

    [Fact]
    public void The_basic_code_decides_when_nothing_else_is_known()
    {
        var diagnosis = SmtpReply.Diagnose("452 Please retry");

        Assert.Equal(SmtpDiagnosisBasis.BasicCode, diagnosis.Basis);
        Assert.Equal(((SmtpReplyCode)452).GetDefaultReason(), diagnosis.Reason);
        Assert.Equal(SmtpReplyClass.Transient, diagnosis.Class);
    }

    // A temporary 450 whose words and enhanced code name no cause is a passing failure of the receiving system, no longer
    // greylisting (catalog/README.md, "A bare 450 is a system error"; session 29's parts: mailrise, opa-smtp, crymap).
    [Theory]
    [InlineData("450 failed to send notification")]
    [InlineData("450 undone because mail box not disponible")]
    [InlineData("450 4.2.0 Unexpected problem delivering mail")]
    [InlineData("450 4.0.0 Temporary failure")]
    public void A_temporary_450_that_names_no_cause_is_a_system_error(string reply)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(SmtpDiagnosisBasis.BasicCode, diagnosis.Basis);
        Assert.Equal(SmtpBounceReason.SystemError, diagnosis.Reason);
        Assert.Equal(SmtpReplyClass.Transient, diagnosis.Class);
        Assert.False(diagnosis.IsHardBounce);
    }

    // The greylisters' own words and X.7.1 still read greylisting (ClassificationPolicy.RefusalWithoutCause).
    [Theory]
    [InlineData("450 4.2.0 <a@b.example>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/b.example.html")]
    [InlineData("450 4.7.1 <a@b.example>: Recipient address rejected: Try again later")]
    public void A_450_that_names_greylisting_or_sends_x_7_1_stays_greylisting(string reply)
    {
        Assert.Equal(SmtpBounceReason.Greylisted, SmtpReply.Diagnose(reply).Reason);
    }

    [Fact]
    public void Text_evidence_classifies_a_reply_without_a_code()
    {
        var diagnosis = SmtpReply.Diagnose("delivery failed: mailbox full");

        Assert.Equal(SmtpDiagnosisBasis.CatalogMessage, diagnosis.Basis);
        Assert.Equal(SmtpBounceReason.MailboxFull, diagnosis.Reason);
        // Without a code, the class is the one a full mailbox implies: transient while the message is retried.
        Assert.Equal(SmtpReplyClass.Transient, diagnosis.Class);
        Assert.False(diagnosis.IsHardBounce);
    }

    [Fact]
    public void A_vendor_message_beats_generic_text_evidence_that_is_longer()
    {
        // "Connection refused" and "poor reputation" are generic words; IB105 is GoDaddy's own code for a Spamhaus listing.
        var diagnosis = SmtpReply.Diagnose("554 p3plibsmtp01-07.prod.phx3.secureserver.net bizsmtp IB105. Connection refused. 192.0.2.1 is listed on the Exploits Block List (XBL)");

        Assert.Equal("GoDaddySpamhausListing", diagnosis.CatalogEntry);
        Assert.Equal(SmtpBounceReason.Blocked, diagnosis.Reason);
    }

    [Fact]
    public void A_vendor_message_whose_codes_are_missing_is_no_more_specific_than_generic_evidence()
    {
        // Exchange's 5.7.12 row matches "not authenticated"; without 5.7.12 in the reply nothing says it is Exchange.
        var diagnosis = SmtpReply.Diagnose("Delivery failed: not authenticated");

        Assert.Equal(SmtpBounceReason.SecurityError, diagnosis.Reason);
        Assert.Null(diagnosis.Vendor);
        Assert.Equal("ExchangeOnlineSenderNotAuthenticatedByOrganization", SmtpReply.Diagnose("550 5.7.12 The sender was not authenticated by the organization").CatalogEntry);
    }

    [Fact]
    public void The_codes_break_a_tie_between_text_evidence()
    {
        // "rate limited" and "SPF record" are both text evidence; 4.7.24 (SPF validation error) confirms the SPF failure.
        var diagnosis = SmtpReply.Diagnose("451 4.7.24 The SPF record of the sending domain has one or more suspicious entries. To protect our users from spam, mail sent from your IP address has been temporarily rate limited.");

        Assert.Equal(SmtpBounceReason.AuthFailure, diagnosis.Reason);
    }

    [Fact]
    public void A_blocklist_is_named_with_its_type()
    {
        var diagnosis = SmtpReply.Diagnose("554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1");

        Assert.Equal(SmtpBounceReason.Blocked, diagnosis.Reason);
        Assert.NotNull(diagnosis.Blocklist);
        Assert.Contains("Spamhaus", diagnosis.Blocklist!, System.StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(diagnosis.BlocklistType);
        Assert.Equal(SmtpRecommendedAction.RequestDelisting, diagnosis.Action);
        Assert.Equal(SmtpResponsibleParty.SenderAdministrator, diagnosis.Party);
    }

    [Fact]
    public void A_552_about_too_many_recipients_is_transient()
    {
        var tooMany = SmtpReply.Diagnose("552 5.5.3 Too many recipients");
        var full = SmtpReply.Diagnose("552 5.2.2 Mailbox full");

        Assert.Equal(SmtpReplyClass.Transient, tooMany.Class);
        Assert.Equal(SmtpRecommendedAction.ReduceRecipients, tooMany.Action);
        Assert.Equal(SmtpReplyClass.Permanent, full.Class);
    }

    [Fact]
    public void Basic_and_enhanced_classes_that_disagree_are_flagged_and_the_basic_code_decides()
    {
        var diagnosis = SmtpReply.Diagnose("421 5.7.32 Your email was blocked because the From: header isn't aligned with either the authenticated SPF or DKIM organizational domain.");

        Assert.True(diagnosis.ClassConflict);
        Assert.Equal(SmtpReplyClass.Transient, diagnosis.Class);
        Assert.False(diagnosis.IsHardBounce);
        Assert.False(SmtpReply.Diagnose("550 5.7.1 blocked").ClassConflict);
    }

    [Theory]
    [InlineData("550 HELO host must be a FQDN or address literal (RFC 5321 2.3.5)")]
    [InlineData("554 Transaction failed after 250 2.0.0 Ok: queued as 4ABC")]
    public void A_success_class_dotted_number_in_a_refusals_text_is_not_its_status(string reply)
    {
        // Haraka's helo.checks plugin cites RFC 5321's section 2.3.5; read as the reply's enhanced code, it made a
        // refusal read Delivered. A 4.x.x or 5.x.x that disagrees with the basic class still counts (the test above).
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Null(diagnosis.EnhancedCode);
        Assert.Equal(SmtpReplyClass.Permanent, diagnosis.Class);
        Assert.NotEqual(SmtpBounceReason.Delivered, diagnosis.Reason);
    }

    [Fact]
    public void A_success_class_code_right_after_a_refusals_code_is_a_class_conflict()
    {
        // Written where the reply's own enhanced code stands, a 2.x.x under 550 is the server's (if wrong) status: it
        // stays, flagged, and the basic code decides, as for a 5.x.x under 421.
        var diagnosis = SmtpReply.Diagnose("550 2.1.5 Recipient rejected");

        Assert.Equal(new SmtpEnhancedStatusCode(2, 1, 5), diagnosis.EnhancedCode);
        Assert.True(diagnosis.ClassConflict);
        Assert.Equal(SmtpReplyClass.Permanent, diagnosis.Class);
    }

    [Fact]
    public void A_transient_reply_never_says_to_give_up()
    {
        var diagnosis = SmtpReply.Diagnose("450 4.1.1 <a@b.example>: Recipient address rejected: User unknown in local recipient table");

        Assert.Equal(SmtpBounceReason.UserUnknown, diagnosis.Reason);
        Assert.False(diagnosis.IsHardBounce);
        Assert.NotEqual(SmtpRecommendedAction.RemoveAddress, diagnosis.Action);
        Assert.NotEqual(SmtpRecommendedAction.DoNotRetry, diagnosis.Action);
    }

    [Theory]
    [InlineData("550 5.1.7 No such domain neko.example.com.")]
    [InlineData("553 5.1.8 Domain of sender address does not exist")]
    [InlineData("550 5.1.8 User unknown")]
    public void Words_about_an_address_under_a_sender_address_code_are_not_the_recipients_hard_bounce(string reply)
    {
        // RFC 3463: X.1.7 and X.1.8 are the sender's address (Exim's email-exim-50 in the bounce corpus, after MAIL FROM).
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(SmtpBounceReason.Rejected, diagnosis.Reason);
        Assert.False(diagnosis.IsHardBounce);
    }

    [Fact]
    public void An_unknown_user_with_a_permanent_code_is_a_hard_bounce()
    {
        var diagnosis = SmtpReply.Diagnose("550 5.1.1 <a@b.example>: Recipient address rejected: User unknown");

        Assert.True(diagnosis.IsHardBounce);
        Assert.Equal(SmtpReplyClass.Permanent, diagnosis.Class);
        Assert.NotEmpty(diagnosis.Description);
        Assert.NotEmpty(diagnosis.Resolution);
    }

    [Fact]
    public void A_success_reply_is_delivered()
    {
        var diagnosis = SmtpReply.Diagnose("250 2.0.0 OK 1700000000 queued");

        Assert.Equal(SmtpBounceReason.Delivered, diagnosis.Reason);
        Assert.Equal(SmtpRecommendedAction.None, diagnosis.Action);
        Assert.False(diagnosis.IsHardBounce);
    }

    [Fact]
    public void Text_without_code_or_known_message_is_undefined()
    {
        var diagnosis = SmtpReply.Diagnose("the weather is fine");

        Assert.Equal(SmtpDiagnosisBasis.None, diagnosis.Basis);
        Assert.Equal(SmtpBounceReason.Undefined, diagnosis.Reason);
        Assert.Null(diagnosis.IsHardBounce);
        Assert.Null(diagnosis.CatalogEntry);
    }
}
