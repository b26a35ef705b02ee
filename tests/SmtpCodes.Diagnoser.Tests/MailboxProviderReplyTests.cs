using Xunit;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// Session 15: the big mailbox providers' and mail-security vendors' own lists of their SMTP replies, checked reply by
/// reply (Gmail's SMTP error reference as updated in February 2026, 112 replies; Yahoo's, iCloud's and QQ Mail's replies
/// as Sisimai's provider tables quote them; Proofpoint's IP block). Rows were added only where a documented reply read as
/// another reason: Gmail's current wordings say "email" where its older ones said "mail" (which does not match inside
/// "email"), so its recipient rate limit read as 4.2.1's disabled mailbox, its relay's sending refusal as 5.7.0's
/// security error, its spam verdict and its several-From refusal as 5.7.1's policy; its HELO refusal read as a syntax
/// error, its duplicate Message-ID quota as the 4.7.28 rate block, Proofpoint's IP block as a bare 554's policy. (QQ
/// Mail's "Bad address syntax", a syntax error here in session 15, reads since session 17 as every malformed recipient
/// address does, RFC 3463's X.1.3: RecipientAddressSyntaxTests.) Exchange Online's SMTP AUTH
/// limits (Microsoft Learn): its daily recipient limit read as 5.2.0's policy, its connection limit as 4.3.2's domain that
/// takes no mail, its throttle after repeated "mailbox full" errors as the recipient's full mailbox.
/// </summary>
public sealed class MailboxProviderReplyTests
{
    private static readonly string[] RowsOfThisFile =
    {
        "GmailRecipientReceivingEmailTooFast", "GmailDuplicateMessageIdQuota", "GmailHeloArgumentInvalid", "GmailEmailMessageMalformed",
        "GmailRelayEmailSendingDenied", "GmailRelayAccountSuspendedForAbuse", "GmailLikelyUnsolicitedEmail", "GmailMultipleFromAddressesInTheHeader",
        "ProofpointDynamicReputationBlock", "QqMailRecipientReceivingTooFast",
        "ExchangeOnlineSubmissionQuotaExceededException", "ExchangeOnlineConcurrentConnectionsLimit", "ExchangeOnlineContinuousErrorThrottling",
    };

    [Theory]
    // Gmail SMTP errors and codes (support.google.com/a/answer/3726730, updated 2026-02-12): the recipient's rate limit,
    // in the "email" wording, under 4.2.1 and 5.2.1 (they read as a disabled mailbox).
    [InlineData("450-4.2.1 The user you are trying to contact is receiving email too quickly. Please resend your message at a later time. If the user is able to receive email at that time, your message will be delivered. - gsmtp", "GmailRecipientReceivingEmailTooFast", SmtpBounceReason.RateLimited)]
    [InlineData("450-4.2.1 The user you are trying to contact is receiving email at a rate that prevents additional messages from being delivered. Please resend your message at a later time. - gsmtp", "GmailRecipientReceivingEmailTooFast", SmtpBounceReason.RateLimited)]
    [InlineData("550-5.2.1 The user you are trying to contact is receiving email at a rate that prevents additional messages from being delivered. - gsmtp", "GmailRecipientReceivingEmailTooFast", SmtpBounceReason.RateLimited)]
    // The same reference: a sender that reuses one Message-ID (both of its wordings), not the 4.7.28 rate block.
    [InlineData("421-4.7.28 Gmail has detected this sender exceeded the quota for sending messages that have the same Message-ID:. To best protect our users, the message has been temporarily rejected. - gsmtp", "GmailDuplicateMessageIdQuota", SmtpBounceReason.PolicyViolation)]
    [InlineData("421-4.7.28 Gmail has detected this message exceeded its quota for sending messages with the same Message-ID:. To best protect our users, the message has been temporarily rejected. - gsmtp", "GmailDuplicateMessageIdQuota", SmtpBounceReason.PolicyViolation)]
    // The greeting refused: a block of the sending system, as the catalog's other HELO refusals (it read as a syntax error).
    [InlineData("501 5.5.4 HELO/EHLO argument mail.example invalid closing connection. - gsmtp", "GmailHeloArgumentInvalid", SmtpBounceReason.Blocked)]
    [InlineData("501 5.5.4 Empty HELO/EHLO argument not allowed, closing connection. - gsmtp", "GmailHeloArgumentInvalid", SmtpBounceReason.Blocked)]
    // A message that breaks RFC 5322 (it read as a content error).
    [InlineData("554 5.6.0 Email message is malformed. Not accepted. - gsmtp", "GmailEmailMessageMalformed", SmtpBounceReason.NotCompliantRfc)]
    // The SMTP relay service refuses the sender account (it read as a security error, and as a relaying refusal).
    [InlineData("550 5.7.0 Email sending denied. For more information, go to SMTP relay service error messages. - gsmtp", "GmailRelayEmailSendingDenied", SmtpBounceReason.Rejected)]
    [InlineData("550-5.7.0 Email relay denied 192.0.2.1. The sending email account has been temporarily suspended due to abuse. - gsmtp", "GmailRelayAccountSuspendedForAbuse", SmtpBounceReason.Rejected)]
    // A spam verdict and a From field with several addresses (both read as 5.7.1's policy refusal).
    [InlineData("550-5.7.1 This message is likely unsolicited email. To reduce the amount of spam sent to Gmail, this message has been blocked. - gsmtp", "GmailLikelyUnsolicitedEmail", SmtpBounceReason.SpamDetected)]
    [InlineData("550-5.7.1 Messages with multiple addresses in the From: header are not accepted. - gsmtp", "GmailMultipleFromAddressesInTheHeader", SmtpBounceReason.NotCompliantRfc)]
    public void A_documented_Gmail_reply_reads_as_its_reference_says(string reply, string entry, SmtpBounceReason reason)
    {
        AssertReads(reply, entry, reason, hard: false);
    }

    [Theory]
    // Proofpoint Postmaster: a sending IP blocked by Proofpoint's reputation service, the link to its IP check the only
    // evidence (the bare 554 read as a policy refusal); iCloud's older form as Sisimai's Apple table quotes it.
    [InlineData("554 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.1")]
    [InlineData("550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.1")]
    public void A_reply_that_sends_the_sender_to_Proofpoint_s_ip_check_is_a_block(string reply)
    {
        AssertReads(reply, "ProofpointDynamicReputationBlock", SmtpBounceReason.Blocked, hard: false);
    }

    [Theory]
    // QQ Mail's bounce help (service.mail.qq.com/detail/122/166, as go-sisimai's Tencent table quotes it): its misspelt
    // "denined" is a recipient's rate limit.
    [InlineData("550 Mailbox unavailable or access denined", "QqMailRecipientReceivingTooFast", SmtpBounceReason.RateLimited)]
    public void A_documented_QQ_Mail_reply_reads_as_its_help_says(string reply, string entry, SmtpBounceReason reason)
    {
        AssertReads(reply, entry, reason, hard: false);
    }

    [Theory]
    // Microsoft Learn, "Message storage and concurrent connection throttling for SMTP Authenticated Submission" and
    // "Continuous error throttling for SMTP AUTH submissions in Exchange Online": limits on the sending mailbox.
    [InlineData("554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception with message Cannot submit message.", "ExchangeOnlineSubmissionQuotaExceededException")]
    [InlineData("432 4.3.2 Concurrent connections limit exceeded.", "ExchangeOnlineConcurrentConnectionsLimit")]
    [InlineData("550 5.2.251 Sender throttled due to continuous mailbox full errors.", "ExchangeOnlineContinuousErrorThrottling")]
    [InlineData("550 5.2.255 Sender throttled due to continuous invalid recipients errors.", "ExchangeOnlineContinuousErrorThrottling")]
    public void Exchange_Online_s_documented_submission_limits_are_rate_limits(string reply, string entry)
    {
        AssertReads(reply, entry, SmtpBounceReason.RateLimited, hard: false);
    }

    [Theory]
    // Controls. Gmail's older wordings keep their rows, and its missing address stays an unknown user, hard.
    [InlineData("450-4.2.1 The user you are trying to contact is receiving mail too quickly. - gsmtp", SmtpBounceReason.RateLimited, false)]
    [InlineData("550-5.1.1 The email account that you tried to reach does not exist. Please double-check the recipient's email address for typos or unnecessary spaces. - gsmtp", SmtpBounceReason.UserUnknown, true)]
    [InlineData("550-5.2.1 The email account that you tried to reach is inactive. - gsmtp", SmtpBounceReason.Suspend, false)]
    // Its relay's refusal of a client it does not know stays a relaying refusal.
    [InlineData("550-5.7.0 Email relay denied 192.0.2.1. Invalid credentials for relay for one of the domains in: example.com (as obtained from HELO and MAIL FROM). - gsmtp", SmtpBounceReason.NoRelaying, false)]
    // QQ Mail's missing recipient, Postfix's recipient syntax refusal and the correctly spelt Tencent enterprise reply
    // (a development bounce of an address that does not exist) keep the unknown-user reading.
    [InlineData("550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728", SmtpBounceReason.UserUnknown, true)]
    [InlineData("501 5.1.3 Bad recipient address syntax", SmtpBounceReason.UserUnknown, true)]
    [InlineData("550 Mailbox unavailable or access denied", SmtpBounceReason.UserUnknown, true)]
    // Exchange Online's Send As refusal and its own full-mailbox reply keep their rows.
    [InlineData("550 5.2.252 SendAsDenied; neko@example.com not allowed to send as cat@example.com", SmtpBounceReason.Rejected, false)]
    [InlineData("554 5.2.2 mailbox full; STOREDRV.Submission.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded", SmtpBounceReason.MailboxFull, false)]
    public void Nearby_replies_are_not_read_by_these_rows(string reply, SmtpBounceReason reason, bool hard)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(reason, diagnosis.Reason);
        Assert.Equal(hard, diagnosis.IsHardBounce == true);
        Assert.DoesNotContain(diagnosis.CatalogEntry ?? string.Empty, RowsOfThisFile);
    }

    private static void AssertReads(string reply, string entry, SmtpBounceReason reason, bool hard)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(reason, diagnosis.Reason);
        Assert.Equal(entry, diagnosis.CatalogEntry);
        Assert.Equal(hard, diagnosis.IsHardBounce == true);
    }
}
