using Xunit;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// Replies that mail providers, relays, gateways and mail servers document on their own help pages, in their own
/// words: Zoho ZeptoMail's SMTP error codes, Exchange Server's Receive connector and SmtpResponse texts, STRATO's
/// error messages, Kerio Connect's relay refusal, a relay's response-code table (Iridis mailRelay), and the code
/// lists of two filtering gateways (the antispameurope/Hornetsecurity filter, the ASSP proxy), MailRoute's outbound quota. Each reply
/// read another reason, or none, before its catalog row; each row cites the page.
/// </summary>
public sealed class GatewayAndRelayWordingTests
{
    [Theory]
    // Zoho ZeptoMail, "SMTP Error Codes": an unverified From domain, the size policy, a missing subject. The 5.2.x
    // codes alone would say a mailbox (5.2.1: disabled); the words say the sender's relay refused the message.
    [InlineData("553 Relaying disallowed as kijitora@example.jp.", SmtpBounceReason.NoRelaying)]
    [InlineData("5.2.0 Email size exceeded the policy.", SmtpBounceReason.EmailTooLarge)]
    [InlineData("5.2.1 Subject is Mandatory.", SmtpBounceReason.ContentError)]
    // Exchange Server's Receive connector over its MessageRateLimit (a filtering service's list of common bounces):
    // X.4.2 alone would be a dropped connection.
    [InlineData("421 4.4.2 Message submission rate for this client has exceeded the configured limit", SmtpBounceReason.RateLimited)]
    // Exchange's Receive connector over MaxInboundConnectionPerSource (Microsoft Q&A 407670) and MaxInboundConnection
    // (SmtpResponse.TooManyConnections): a connection limit, where 4.3.2 alone says the system takes no mail (session 19).
    [InlineData("421 4.3.2 The maximum number of concurrent server connections has exceeded a per-source limit, closing transmission channel", SmtpBounceReason.RateLimited)]
    [InlineData("421 4.3.2 The maximum number of concurrent server connections has exceeded a limit, closing transmission channel", SmtpBounceReason.RateLimited)]
    // Exchange's SmtpResponse.SendAsDenied and AnonymousSendAsDenied (Microsoft Learn, Exchange Server API).
    [InlineData("550 5.7.1 Client does not have permission to send as this sender", SmtpBounceReason.SecurityError)]
    [InlineData("550 5.7.1 Anonymous client does not have permission to send as this sender", SmtpBounceReason.SecurityError)]
    // STRATO's error messages: the recipient's spam rules refused the content.
    [InlineData("550 5.7.1 Refused by local policy. No SPAM please", SmtpBounceReason.SpamDetected)]
    // Kerio Connect's relay refusal (GFI's outbound delivery troubleshooting).
    [InlineData("550 5.7.1 Relaying is denied", SmtpBounceReason.NoRelaying)]
    // Mercury/32's refusal of non-local mail (its 'Do not permit SMTP relaying of non-local mail' setting).
    [InlineData("553 We do not relay non-local mail, sorry.", SmtpBounceReason.NoRelaying)]
    // IndiMail's qmail-smtpd (err_relay), the contraction (session 28 round three).
    [InlineData("550 we don't relay (#5.7.1)", SmtpBounceReason.NoRelaying)]
    // A relay's documented response codes (Iridis mailRelay and mailFeed).
    [InlineData("550 Relay Prohibited", SmtpBounceReason.NoRelaying)]
    [InlineData("550 MSG-DOM Envelope-From (kijitora@example.jp) The 'From' address does not use a domain authorised for relay", SmtpBounceReason.NoRelaying)]
    [InlineData("451 HST-RTE Hourly send rate exceeded, retry later.", SmtpBounceReason.RateLimited)]
    [InlineData("451 HST-RTE Daily send rate exceeded, retry later", SmtpBounceReason.RateLimited)]
    // A hosting provider's relay over its daily allowance (GoDaddy's reply, as quoted in WWBN/AVideo issue 7527; the
    // AfterOffice FAQ "SMTP Relay Quota for outgoing emails"): a sending allowance, not a full mailbox nor a block.
    [InlineData("552 Message would take you over your relay quota of 500 Current quota used: 487", SmtpBounceReason.RateLimited)]
    [InlineData("554 You've reached your daily relay quota", SmtpBounceReason.RateLimited)]
    // cPanel's hourly limit on a domain's failed or deferred outgoing mail (its support article "The exceeded the max defers
    // and failures per hour message"; a host's page quotes the "surpassed the maximum" form): a sending limit, like its
    // "max emails per hour" (session 17; the bare 550 said nothing).
    [InlineData("550 Domain example.com has exceeded the max defers and failures per hour (10/10 (100%)) allowed.  Message discarded.", SmtpBounceReason.RateLimited)]
    [InlineData("Domain example.com has surpassed the maximum defers and failures per hour (30/30 (100%)) allowed. Message discarded.", SmtpBounceReason.RateLimited)]
    // Sending relays' quotas on the sending account (session 17): AuthSMTP's error 433/443 "Account is at / over message
    // quota" (a monthly message quota; the bare 433 said nothing) and Prolateral outMail's quota refusal under 5.7.1 (its
    // knowledge base; it read as 5.7.1's policy): the sender's allowance, not a full mailbox.
    [InlineData("433 Account is over message quota", SmtpBounceReason.RateLimited)]
    [InlineData("443 Account is at message quota", SmtpBounceReason.RateLimited)]
    [InlineData("554 5.7.1 <email@example.com>: Recipient address rejected: You have exceeded your Outmail quota.", SmtpBounceReason.RateLimited)]
    [InlineData("550 SND-VFY Sender domain does not exist", SmtpBounceReason.Rejected)]
    [InlineData("550 MSG-RFC Your message does not conform to RFC2822 standard", SmtpBounceReason.NotCompliantRfc)]
    [InlineData("550 MSG-EXT Blacklisted high risk file extension detected", SmtpBounceReason.PolicyViolation)]
    // The antispameurope/Hornetsecurity filter's reason codes: its 5.5.x and 5.6.x codes would say a syntax or media
    // error (or too many recipients); its words say the verdict.
    [InlineData("554 5.5.4 Spam IP rejected", SmtpBounceReason.Blocked)]
    [InlineData("554 5.5.5 e-mail Rejected Spam", SmtpBounceReason.SpamDetected)]
    [InlineData("554 5.6.1 Spam Header rejected", SmtpBounceReason.SpamDetected)]
    [InlineData("554 5.6.2 Spam Link rejected", SmtpBounceReason.SpamDetected)]
    [InlineData("554 5.6.3 Spam Body rejected", SmtpBounceReason.SpamDetected)]
    [InlineData("554 5.5.3 e-mail Rejected Content Filter Size", SmtpBounceReason.EmailTooLarge)]
    [InlineData("552 5.5.2 Message size (content filter)", SmtpBounceReason.EmailTooLarge)]
    [InlineData("554 5.5.6 Loop detection > 10 mal X-antispameurope-disclaimer", SmtpBounceReason.NetworkError)]
    // ASSP, the anti-spam SMTP proxy: an IP address on its deny lists, and its attachment-type refusal under a bare 500.
    [InlineData("554 5.7.2 Service denied, closing transmission channel (1A2B3C4D)", SmtpBounceReason.Blocked)]
    [InlineData("500 These attachments are not allowed -- Please compress (zip,tar..) them before mailing.", SmtpBounceReason.PolicyViolation)]
    // MailRoute, "Outbound Email Quotas" (session 16): a mailbox over its hourly outbound quota; the words "quota
    // exceeded" alone read as the recipient's full mailbox.
    [InlineData("554 5.7.1 <billie@example.com>: Recipient address rejected: Policy Rejection- Quota Exceeded.", SmtpBounceReason.RateLimited)]
    // The same service's form for any other of its policies, "Policy Rejection- <the policy>" (session 18): the site's
    // policy refused the message, also under a temporary 4.7.1 that would otherwise read as greylisting.
    [InlineData("554 5.7.1 <billie@example.com>: Recipient address rejected: Policy Rejection- Abuse.", SmtpBounceReason.PolicyViolation)]
    [InlineData("450 4.7.1 <billie@example.com>: Recipient address rejected: Policy Rejection- Abuse. Go away.", SmtpBounceReason.PolicyViolation)]
    // Exchange's Sender ID agent, as the gateways whose mail it refuses explain it (Broadcom's Messaging Gateway article
    // 154549, Micro Focus/GWAVA's 7019832: "a response code from Exchange where the SPF test is failing"): the SPF
    // record of the header sender's domain does not name the sending IP, an authentication failure, whatever its X.7.1
    // alone would say (session 18).
    [InlineData("550 5.7.1 Sender ID (PRA) Not Permitted", SmtpBounceReason.AuthFailure)]
    [InlineData("550 5.7.1 sender id (pra) not permitted", SmtpBounceReason.AuthFailure)]
    // The mechanism's name with a failure or a policy verdict after it, in any site's words (RFC 4406; session 29 round
    // one): the Sender ID check refused, where X.7.1 alone read a policy.
    [InlineData("550 5.7.1 Rejected due to Sender-ID policy for sender neko@example.org", SmtpBounceReason.AuthFailure)]
    [InlineData("550 5.7.1 Message refused: Sender ID check failed for example.org", SmtpBounceReason.AuthFailure)]
    // Emailit's SMTP relay refuses a From domain that the account has not verified (its page "Why does SMTP return 530
    // From domain not verified?"): the sender's domain refused, not 530's missing authentication (session 25 round three).
    [InlineData("530 From/Sender domain is not verified for this workspace. From: kijitora@example.jp", SmtpBounceReason.Rejected)]
    // Momentum's response table: a header field that breaks RFC 2822/5322's syntax, not X.6.0's content error.
    [InlineData("550 5.6.0 Invalid header found (see RFC2822 section 3.6)", SmtpBounceReason.NotCompliantRfc)]
    // The demand for TLS with words between the requirement and the channel (RFC 3207's "Must issue a STARTTLS command
    // first", Microsoft's "STARTTLS is required to send mail", Mimecast's "This route requires encryption"), where X.7.0
    // read a security error, X.2.2 a full mailbox and a bare 550 or 530 nothing or SMTP AUTH (session 30 round one).
    [InlineData("550 5.7.0 Mail from this domain must use TLS", SmtpBounceReason.FailedStartTls)]
    [InlineData("451 4.2.2 This server accepts mail only over an encrypted connection", SmtpBounceReason.FailedStartTls)]
    [InlineData("550 Your domain is required to send over an encrypted SMTP session", SmtpBounceReason.FailedStartTls)]
    [InlineData("530 Secure connection required for mail from example.jp", SmtpBounceReason.FailedStartTls)]
    // A negation before "to relay", or before the verb itself (Sisimai's NoRelaying index: "not allowed to relay through
    // this machine", "this system is not configured to relay mail"), where X.7.1 read a policy and a bare 550 nothing
    // (session 30 round one).
    [InlineData("550 Sorry, I will not relay for example.org", SmtpBounceReason.NoRelaying)]
    [InlineData("550 5.7.1 You are not allowed to use this server to relay mail", SmtpBounceReason.NoRelaying)]
    [InlineData("550 example.org no longer relays mail for old.example.jp", SmtpBounceReason.NoRelaying)]
    public void Replies_in_the_words_of_providers_relays_and_gateways_get_the_reason_their_pages_give(string reply, SmtpBounceReason reason)
    {
        Assert.Equal(reason, SmtpReply.Diagnose(reply).Reason);
    }

    [Theory]
    // The sender's domain is missing, not the recipient's: no hard bounce of the recipient.
    [InlineData("550 SND-VFY Sender domain does not exist")]
    // A 5.2.1 whose words say what is wrong with the message is not a disabled mailbox.
    [InlineData("550 5.2.1 Subject is Mandatory.")]
    public void A_refusal_of_the_sender_or_the_message_is_no_hard_bounce(string reply)
    {
        Assert.False(SmtpReply.Diagnose(reply).IsHardBounce);
    }

    [Theory]
    // The recipient's domain still makes a hard unknown-host bounce, in the same relay's words and in Postfix's.
    [InlineData("550 RPT-VFY Recipient domain does not exist", SmtpBounceReason.HostUnknown, true)]
    [InlineData("550 5.1.2 <kijitora@example.jp>: Recipient address rejected: Domain does not exist", SmtpBounceReason.HostUnknown, true)]
    // Exchange Online's plural wording keeps its own row; the generic relaying words keep theirs.
    [InlineData("550 5.7.60 SMTP; Client does not have permissions to send as this sender", SmtpBounceReason.SecurityError, false)]
    [InlineData("554 5.7.1 <kijitora@example.jp>: Relay access denied", SmtpBounceReason.NoRelaying, false)]
    // A blocklisted sender is still a block; only the attachment words name a file-type policy.
    [InlineData("550 5.7.1 Your IP address is blacklisted", SmtpBounceReason.Blocked, false)]
    // A mailbox disabled under 5.2.1 keeps its reading; "local policy" without STRATO's spam words stays a policy refusal.
    [InlineData("550 5.2.1 The email account that you tried to reach is disabled.", SmtpBounceReason.Suspend, false)]
    [InlineData("550 5.7.1 Refused by local policy", SmtpBounceReason.PolicyViolation, false)]
    // ASSP's relay refusal names no cause the catalog reads: its bare 554 refuses the sending host (catalog/README.md,
    // "A bare 554"); RFC 5321's 421 is no IP block.
    [InlineData("554 <mx.example.jp> Relay Service denied for IP 192.0.2.1, closing transmission channel", SmtpBounceReason.Blocked, false)]
    [InlineData("421 <mx.example.jp> Service not available, closing transmission channel", SmtpBounceReason.SystemError, false)]
    // Yandex's "Policy rejection on the target address" keeps its own row: the recipient's blocked account.
    [InlineData("554 5.7.1 Policy rejection on the target address", SmtpBounceReason.Suspend, false)]
    // The filter's LDAP recipient check stays a hard unknown-user bounce.
    [InlineData("554 5.7.1 unknown domain or unknown recipient (LDAP check)", SmtpBounceReason.UserUnknown, true)]
    // A 4.4.2 timeout stays a network error.
    [InlineData("421 4.4.2 mx.example.jp Error: timeout exceeded", SmtpBounceReason.NetworkError, false)]
    // Words near the demand for TLS and the refusal to relay keep their own readings (session 30 round one): SMTP AUTH
    // demanded, an encrypted attachment refused, a relay host named as a noun, a host named relay.<domain>.
    [InlineData("530 5.7.0 Authentication required", SmtpBounceReason.SecurityError, false)]
    [InlineData("554 5.7.1 Rejected: encrypted attachments are not allowed", SmtpBounceReason.PolicyViolation, false)]
    // "encrypted" alone names no channel: a demand about attachments is no demand for TLS (the lead's review).
    [InlineData("550 5.7.1 Attachments must not be encrypted", SmtpBounceReason.PolicyViolation, false)]
    [InlineData("451 4.3.0 Temporary failure: relay host unavailable", SmtpBounceReason.SystemError, false)]
    [InlineData("451 4.4.1 relay.example.org: no response, message not delivered yet", SmtpBounceReason.NetworkError, false)]
    public void Nearby_words_keep_their_own_reading(string reply, SmtpBounceReason reason, bool hard)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(reason, diagnosis.Reason);
        Assert.Equal(hard, diagnosis.IsHardBounce);
    }
}
