using Xunit;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// Session 15's pass over go-sisimai's reason lists (reason/why-*.go: each reason's index of phrases and the fixed words
/// of its pairs), the words that this catalog's earlier imports had not taken: each reply reads as the reason Sisimai's
/// list gives it, by the row that holds the words. The replies are Sisimai's own test samples
/// (reason/02-includedin_test.go) where it has one, else its words in the shortest reply that carries them. Before
/// these rows the replies read as the bare code's meaning (a 550 or 554: undefined or a policy refusal), Sisimai's
/// virus sentence as spam (its words "spam content").
/// </summary>
public sealed class SisimaiReasonIndexWordingTests
{
    private static readonly string[] RowsOfThisFile =
    {
        "TextBlockedSisimaiIndexAdditions", "TextNoRelayingSisimaiIndexAdditions", "TextPolicyViolationSisimaiIndexAdditions",
        "TextSecurityErrorSisimaiIndexAdditions", "TextSpamDetectedSisimaiIndexAdditions", "TextVirusDetectedSisimaiIndexAdditions",
        "TextRateLimitedSisimaiIndexAdditions",
    };

    [Theory]
    // why-blocked.go: its index ("error: no valid recipients from ", " said: 550 blocked") and the pair "your access ip" ... " has been rejected".
    [InlineData("550 Error: no valid recipients from 192.0.2.1", "TextBlockedSisimaiIndexAdditions", SmtpBounceReason.Blocked, false)]
    [InlineData("554 Your access IP 192.0.2.1 has been rejected", "TextBlockedSisimaiIndexAdditions", SmtpBounceReason.Blocked, false)]
    [InlineData("host mx.example.jp[192.0.2.1] said: 550 Blocked (in reply to RCPT TO command)", "TextBlockedSisimaiIndexAdditions", SmtpBounceReason.Blocked, false)]
    // why-norelaying.go: "relaying mail to ", as a MediaTek gateway writes it.
    [InlineData("550 Relaying mail to neko@example.jp is not allowed (in reply to RCPT TO command)", "TextNoRelayingSisimaiIndexAdditions", SmtpBounceReason.NoRelaying, false)]
    // why-policyviolation.go (AOL) and why-securityerror.go's executable files, read as this catalog's policy on the kind of file.
    [InlineData("554 Your message was not delivered because the recipient is not accepting mail with attachments", "TextPolicyViolationSisimaiIndexAdditions", SmtpBounceReason.PolicyViolation, false)]
    [InlineData("552 Executable files are not allowed in compressed files.", "TextPolicyViolationSisimaiIndexAdditions", SmtpBounceReason.PolicyViolation, false)]
    // why-securityerror.go: its index and the fixed words of two pairs (a dead domain, Amazon SES's IAM refusal).
    [InlineData("530 You need authentication turned on in your email client", "TextSecurityErrorSisimaiIndexAdditions", SmtpBounceReason.SecurityError, false)]
    [InlineData("550 Domain example.org is a dead domain", "TextSecurityErrorSisimaiIndexAdditions", SmtpBounceReason.SecurityError, false)]
    [InlineData("554 User arn:aws:iam::123456789012:user/neko is not authorized to perform ses:SendRawEmail on resource arn:aws:ses:us-east-1:123456789012:identity/example.jp", "TextSecurityErrorSisimaiIndexAdditions", SmtpBounceReason.SecurityError, false)]
    // why-spamdetected.go's pairs; the first reply is 02-includedin_test.go's sample.
    [InlineData("554 5.7.1 Mail Score (59) over MessageScoringUpperLimit (50) - send error reports to postmaster@example.net", "TextSpamDetectedSisimaiIndexAdditions", SmtpBounceReason.SpamDetected, false)]
    [InlineData("554 Our filters rate at and above 90 percent probability of being spam", "TextSpamDetectedSisimaiIndexAdditions", SmtpBounceReason.SpamDetected, false)]
    [InlineData("554 This message scored 12.5 spam points", "TextSpamDetectedSisimaiIndexAdditions", SmtpBounceReason.SpamDetected, false)]
    // why-virusdetected.go, 02-includedin_test.go's sample: the longer words decide over "spam content".
    [InlineData("550 5.7.9 The message was rejected because it contains prohibited virus or spam content", "TextVirusDetectedSisimaiIndexAdditions", SmtpBounceReason.VirusDetected, false)]
    // why-ratelimited.go's pair: Google Groups' limit on posts without a captcha.
    [InlineData("550 You have exceeded the allowable number of posts without solving a captcha", "TextRateLimitedSisimaiIndexAdditions", SmtpBounceReason.RateLimited, false)]
    // why-userunknown.go at commit 017c085 (session 21): its index's "recipient refuses to accept your mail", which the
    // shorter "recipient refuses" had read as the recipient's own filter, and the fixed words of two pairs,
    // "account " ... " does not exist at the organization" and "no " ... " in name directory".
    [InlineData("550 5.1.1 Recipient refuses to accept your mail", "TextUnknownRecipientSisimaiIndexAdditions", SmtpBounceReason.UserUnknown, true)]
    [InlineData("550 Account neko does not exist at the organization this message was sent to.", "TextUnknownRecipientSisimaiIndexAdditions", SmtpBounceReason.UserUnknown, true)]
    [InlineData("550 No neko in name directory", "TextUnknownRecipientSisimaiIndexAdditions", SmtpBounceReason.UserUnknown, true)]
    // Session 35 round one (tuner now35b): why-mailboxfull.go's pair "over " ... "quota" with the two words joined by a
    // hyphen, the compound "over-quota" (a mailbox over its quota): TextMailboxFull, where a 451 read a local error and a
    // bare 550 nothing.
    [InlineData("451 Recipient over-quota, try again later", "TextMailboxFull", SmtpBounceReason.MailboxFull, false)]
    [InlineData("550 Mailbox over-quota", "TextMailboxFull", SmtpBounceReason.MailboxFull, false)]
    // Session 48 round three (tuner now48h): p5-sisimai Reason/SpamDetected.pm (libsisimai-perl 4.25.15) comments its
    // "blocked by" entry for the receiver's spam filter as a message "rejected by" it; the same verdict in that verb reads
    // TextSpamDetected, where X.7.1 read a policy refusal.
    [InlineData("550 5.7.1 Your message has been rejected by SpamAssassin", "TextSpamDetected", SmtpBounceReason.SpamDetected, false)]
    // Session 50 round three (tuner now50j): Reason/MailboxFull.pm's "mail file size exceeds the maximum size allowed for
    // mail delivery" (Exim's appendfile) said of the mailbox, beside the row's "mailbox exceeds allowed size" and
    // "mailbox exceeds fixed maximum": TextMailboxFull, where 452's insufficient system storage read SystemFull.
    [InlineData("452 Mailbox exceeds maximum size", "TextMailboxFull", SmtpBounceReason.MailboxFull, false)]
    [InlineData("552 5.2.2 <bob@example.org>: Mailbox exceeds the maximum size", "TextMailboxFull", SmtpBounceReason.MailboxFull, false)]
    // Session 50 round three (tuner now50j): Rhost/GoDaddy.pm's IB504, "This IP has sent too many messages this hour"
    // (toomanyconn), without its "too many": the messages counted in the hour decide over the account suspended for them.
    [InlineData("550 5.7.1 Account suspended: 301 messages this hour (limit 300)", "TextSendingRateInWords", SmtpBounceReason.RateLimited, false)]
    // Session 58 round one (tuner now58t): Rhost/FrancePTT.pm quotes Orange's and La Poste's "Too many connections, slow
    // down." (toomanyconn); "slow down" alone, the receiver asking for a slower rate (SMTP clients' test doubles answer a
    // throttled delivery "421 4.7.0 Slow down"), reads TextRateLimited's context phrase, where X.7.0 read a security
    // refusal.
    [InlineData("421 4.7.0 Slow down", "TextRateLimited", SmtpBounceReason.RateLimited, false)]
    [InlineData("451 4.7.0 Slow down, try again in 60 seconds", "TextRateLimited", SmtpBounceReason.RateLimited, false)]
    public void Sisimai_reason_words_read_as_its_lists_say(string reply, string entry, SmtpBounceReason reason, bool hard)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(reason, diagnosis.Reason);
        Assert.Equal(entry, diagnosis.CatalogEntry);
        Assert.Equal(hard, diagnosis.IsHardBounce == true);
    }

    [Theory]
    // Controls. An enhanced code that confirms another reason's words still decides: X.1.1 keeps "no valid recipients"
    // an unknown user beside the longer words of the block.
    [InlineData("550 5.1.1 Error: no valid recipients from 192.0.2.1", SmtpBounceReason.UserUnknown, true)]
    // Words of Sisimai's lists that this catalog reads otherwise, left out: Sendmail's connection failures are network
    // errors, RFC 5321's 421 text a system error, QQ's "Mailbox unavailable or access denied" (Sisimai: suspended) an
    // unknown user as the development part labels it, a delay has not expired.
    [InlineData("Deferred: Connection refused by mx.example.jp.", SmtpBounceReason.NetworkError, false)]
    [InlineData("421 <mx.example.jp> Service not available, closing transmission channel", SmtpBounceReason.SystemError, false)]
    [InlineData("550 Mailbox unavailable or access denied [abc IP: 192.0.2.1]. https://open.work.weixin.qq.com/help2/pc/20057.", SmtpBounceReason.UserUnknown, true)]
    [InlineData("Delivery to the following recipient has been delayed: Message will be retried for 2 more day(s)", SmtpBounceReason.Undefined, false)]
    // Session 35 round one (tuner now35b): a sender's sending quota keeps RateLimited beside the hyphenated "over-quota"
    // of TextMailboxFull, and a system short of storage keeps SystemFull.
    [InlineData("454 Throttling failure: Daily message quota exceeded", SmtpBounceReason.RateLimited, false)]
    [InlineData("452 4.3.1 Insufficient system storage", SmtpBounceReason.SystemFull, false)]
    // A reply that says only "Blocked", without Postfix's transcript around it, names no cause: the bare 550 decides.
    [InlineData("550 Blocked", SmtpBounceReason.Undefined, false)]
    // Session 48 round three (tuner now48h): "rejected by" with no filter's name after it keeps X.7.1's policy beside
    // TextSpamDetected's "rejected by" and the spam filter's name.
    [InlineData("550 5.7.1 Your message has been rejected by policy", SmtpBounceReason.PolicyViolation, false)]
    // Session 50 round three (tuner now50j): the message said to exceed the maximum size keeps EmailTooLarge beside
    // TextMailboxFull's "mailbox exceeds maximum size", and a 452 that names no mailbox keeps SystemFull.
    [InlineData("552 Message exceeds maximum size", SmtpBounceReason.EmailTooLarge, false)]
    [InlineData("452 Queue exceeds maximum size", SmtpBounceReason.SystemFull, false)]
    // Session 50 round three (tuner now50j; session 50 review: controls that hold the words): messages counted this hour
    // do not outrank a more specific cause beside them, a full mailbox or an unknown user, where TextSendingRateInWords's
    // "messages this hour" alone would read RateLimited.
    [InlineData("452 4.2.2 Mailbox full: 301 messages this hour", SmtpBounceReason.MailboxFull, false)]
    [InlineData("550 5.1.1 User unknown (2 messages this hour)", SmtpBounceReason.UserUnknown, true)]
    // Session 58 round one (tuner now58t): "slow down" is a context phrase, a frame beside which a named cause decides: a
    // missing reverse DNS name, a block list, an unknown user (hard), a refused sender (the sender's reading stays).
    [InlineData("450 4.7.1 Slow down: Client host rejected: cannot find your reverse hostname, [192.0.2.1]", SmtpBounceReason.RequirePtr, false)]
    [InlineData("421 Slow down; your IP is blacklisted", SmtpBounceReason.Blocked, false)]
    [InlineData("550 5.1.1 <neko@example.org>: Recipient address rejected: User unknown; slow down", SmtpBounceReason.UserUnknown, true)]
    [InlineData("553 5.7.1 <neko@example.org>: Sender address rejected: not owned by user kijitora; slow down", SmtpBounceReason.Rejected, false)]
    public void Nearby_words_keep_their_readings(string reply, SmtpBounceReason reason, bool hard)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(reason, diagnosis.Reason);
        Assert.Equal(hard, diagnosis.IsHardBounce == true);
        Assert.DoesNotContain(diagnosis.CatalogEntry ?? string.Empty, RowsOfThisFile);
    }
}
