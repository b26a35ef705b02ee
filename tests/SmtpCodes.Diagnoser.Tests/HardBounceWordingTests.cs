using Xunit;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// Words that say an address does not work, under codes that say nothing (a bare 550, 554 or 5.0.0): providers'
/// own replies for an account that does not exist (Interia, GoDaddy, Seznam, i.ua), an ISP's list of postmaster
/// errors (EvenLink), Exchange Online's 5.4.310 and its Spanish words for a domain that does not exist, RFC 5321's
/// reply for a user who is not here and whose new address the server names, the RFC 3463 / RFC 7505 status
/// texts that servers and DSN writers print (Haraka's DSN module gives them as its default reply texts) and bounce
/// classifiers' lists of unknown addresses (Vlad Marian's, Vda's and Crisp's). Before these
/// rows each of the replies below read Undefined, or the reason of its basic code only, and so was no hard bounce.
/// </summary>
public sealed class HardBounceWordingTests
{
    [Theory]
    // Sisimai's unknown-user pair "bad" ... "recipient" (go-sisimai reason/why-userunknown.go) in a server's token.
    [InlineData("550 BAD_RECIPIENT", "TextUserUnknown", SmtpBounceReason.UserUnknown)]
    // Interia's help page: "550 5.1.1 Account not found", here without the 5.1.1 that already said it.
    [InlineData("550 Account not found", "TextProviderAccountDoesNotExist", SmtpBounceReason.UserUnknown)]
    // GoDaddy's bounce list: "Account does not exist" (the email address you sent to does not exist).
    [InlineData("550 5.0.0 Account does not exist", "TextProviderAccountDoesNotExist", SmtpBounceReason.UserUnknown)]
    [InlineData("554 Account does not exist", "TextProviderAccountDoesNotExist", SmtpBounceReason.UserUnknown)]
    // Seznam's notice for a recipient that does not exist, under a bare 550.
    [InlineData("550 szn; User hasn't got the service mapped", "TextProviderAccountDoesNotExist", SmtpBounceReason.UserUnknown)]
    // i.ua's refusal with the link to its error page 2, "User is not found".
    [InlineData("550 5.0.0 See http://mail.i.ua/err/2/", "IuaUserNotFound", SmtpBounceReason.UserUnknown)]
    // RFC 5321 section 3.4's reply for a mailbox whose new address the server knows, sent under 550 5.0.0.
    // Session 45 round three (tuner now45g): under 550 the words are read by the row scoped to 550 beside
    // UserNotLocalUnderPermanentRefusalCode (a bare "User not local" under 550 is a refused relay); the reading is the same.
    [InlineData("550 5.0.0 User not local; please try <neko@example.org>", "UserNotLocalPleaseTryUnderPermanentRefusalCode", SmtpBounceReason.HasMoved)]
    // RFC 3463's X.1.2 and X.1.6 texts and RFC 7505's X.1.10 text, as Haraka's DSN module writes them, without their codes.
    [InlineData("550 Bad destination system address", "TextDestinationSystemAddressBad", SmtpBounceReason.HostUnknown)]
    [InlineData("550 Requested action not taken: Destination mailbox has moved, No forwarding address", "TextDestinationMailboxHasMoved", SmtpBounceReason.HasMoved)]
    // Session 30 round three (tuner now30f): X.1.6's second half, "no forwarding address", without its first half and
    // under a policy code (X.7.1 read a policy refusal, no hard bounce), and the 550 "recipient is unacceptable" that SMTP servers'
    // RCPT handlers write when their hook refuses the address (Tiny MailCatcher, Sinkhole), which read nothing before.
    [InlineData("550 5.7.1 No forwarding address for this recipient", "TextDestinationMailboxHasMoved", SmtpBounceReason.HasMoved)]
    [InlineData("550 recipient is unacceptable", "TextUserUnknown", SmtpBounceReason.UserUnknown)]
    [InlineData("550 Recipient address has null MX", "TextRecipientAddressNullMx", SmtpBounceReason.NotAccept)]
    // An ISP's list of postmaster errors: "Invalid Domain", the domain part of the address is wrong.
    [InlineData("550 Invalid Domain", "TextInvalidDomainWording", SmtpBounceReason.HostUnknown)]
    // Exchange Online's NDR for a domain DNS says does not exist: its diagnostic line, and the Spanish NDR's own words
    // (both as published NDRs show them; the English words already read as an unknown domain).
    [InlineData("Remote Server returned '550 5.4.310 DNS domain example.invalid does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=example.invalid]'", "ExchangeOnlineDnsDomainDoesNotExist", SmtpBounceReason.HostUnknown)]
    [InlineData("550 El mensaje no se pudo entregar. El sistema de nombres de dominio (DNS) ha informado que el dominio del destinatario no existe.", "TextLocalisedUnknownDomain", SmtpBounceReason.HostUnknown)]
    // MailMarshal's rule-imposed refusal of an invalid user (Campaign Monitor's hard-bounce examples): its prefix alone
    // reads as a refusal (Sisimai), so the tail after the address decides (session 21 round three).
    [InlineData("550 Rule imposed mailbox access for nobody@example.org refused: user invalid", "MailMarshalRuleImposedUserInvalid", SmtpBounceReason.UserUnknown)]
    // Bounce classifiers' wordings for an address that does not exist (session 22): Vlad Marian's list of invalid
    // addresses and Vda's of addresses that do not exist, and Crisp's parser's account, user or mailbox "not found",
    // "unavailable" or "invalid" (each read as nothing under a bare 550 before).
    [InlineData("550 Email address is unknown", "TextBounceClassifierUnknownRecipient", SmtpBounceReason.UserUnknown)]
    [InlineData("550 <a@example.org> Mailbox is not available", "TextBounceClassifierUnknownRecipient", SmtpBounceReason.UserUnknown)]
    [InlineData("550 Account not available", "TextBounceClassifierUnknownRecipient", SmtpBounceReason.UserUnknown)]
    [InlineData("550 Recipient not known", "TextBounceClassifierUnknownRecipient", SmtpBounceReason.UserUnknown)]
    [InlineData("550 No such account", "TextBounceClassifierUnknownRecipient", SmtpBounceReason.UserUnknown)]
    [InlineData("550 Unknown account", "TextBounceClassifierUnknownRecipient", SmtpBounceReason.UserUnknown)]
    [InlineData("550 RCPT account isn't a local account", "TextBounceClassifierUnknownRecipient", SmtpBounceReason.UserUnknown)]
    [InlineData("550 \"Error 60: No mailbox", "TextBounceClassifierUnknownRecipient", SmtpBounceReason.UserUnknown)]
    [InlineData("550 Sorry, your message to a@example.org cannot be delivered. User account is unavailable", "TextBounceClassifierUnknownRecipient", SmtpBounceReason.UserUnknown)]
    [InlineData("550 Account unavailable", "TextBounceClassifierUnknownRecipient", SmtpBounceReason.UserUnknown)]
    [InlineData("550 User unavailable", "TextBounceClassifierUnknownRecipient", SmtpBounceReason.UserUnknown)]
    [InlineData("550 User is unavailable", "TextBounceClassifierUnknownRecipient", SmtpBounceReason.UserUnknown)]
    [InlineData("550 User invalid", "TextBounceClassifierUnknownRecipient", SmtpBounceReason.UserUnknown)]
    [InlineData("550 User is invalid", "TextBounceClassifierUnknownRecipient", SmtpBounceReason.UserUnknown)]
    [InlineData("550 Account invalid", "TextBounceClassifierUnknownRecipient", SmtpBounceReason.UserUnknown)]
    [InlineData("550 Account is invalid", "TextBounceClassifierUnknownRecipient", SmtpBounceReason.UserUnknown)]
    [InlineData("550 Mailbox is invalid", "TextBounceClassifierUnknownRecipient", SmtpBounceReason.UserUnknown)]
    [InlineData("550 User is not found", "TextBounceClassifierUnknownRecipient", SmtpBounceReason.UserUnknown)]
    [InlineData("550 Account is not found", "TextBounceClassifierUnknownRecipient", SmtpBounceReason.UserUnknown)]
    [InlineData("550 Mailbox is not found", "TextBounceClassifierUnknownRecipient", SmtpBounceReason.UserUnknown)]
    // The recipient, user, mailbox or account and, past the address, a verdict that it does not exist, is not found or
    // is not listed (session 24, recipients24: Sisimai's pairs "user " ... " does not exist", "mailbox " ... "does not
    // exist", RFC 3463 X.1.1), one reply per family of verdicts.
    [InlineData("550 The user jdoe@example.org does not exist on this server", "TextUnknownRecipientInWords", SmtpBounceReason.UserUnknown)]
    [InlineData("550 Recipient <jdoe@example.org> is nonexistent", "TextUnknownRecipientInWords", SmtpBounceReason.UserUnknown)]
    [InlineData("550 Mailbox jdoe@example.org was not found on this server", "TextUnknownRecipientInWords", SmtpBounceReason.UserUnknown)]
    [InlineData("550 User <jdoe@example.org> is not listed in our directory", "TextUnknownRecipientInWords", SmtpBounceReason.UserUnknown)]
    // Session 24 round three (tuner now24a): a server that takes no mail for the user (bounce processors' lists of
    // unknown addresses), and RFC 5321's own 553 text, a mailbox name the server does not accept (X.1.3), at RCPT TO.
    [InlineData("550 Requested action was not taken because this server doesn't handle mail for that user", "TextServerDoesNotHandleUser", SmtpBounceReason.UserUnknown)]
    [InlineData("553 Requested action not taken: mailbox name not allowed", "TextMailboxNameNotAllowed", SmtpBounceReason.UserUnknown)]
    // Session 26 round three (tuner now26c): an address and then "does not exist" (Sisimai's index phrase "does not
    // exist."), "No such address" (Momentum's manual; Sisimai's "no such address here"), and a recipient domain without
    // MX records (Sisimai's NotAccept words for a domain without a mail exchanger).
    [InlineData("550 jdoe@example.org does not exist", "TextAddressFollowedByDoesNotExist", SmtpBounceReason.UserUnknown)]
    [InlineData("550 No such address", "TextNoSuchAddress", SmtpBounceReason.UserUnknown)]
    [InlineData("550 jdoe@example.org does not have any MX records configured on its domain example.org", "TextRecipientDomainWithoutMxRecords", SmtpBounceReason.NotAccept)]
    // Session 27 (tuner now27b): the gateway's "Address rejected" with the refused address after it, or nothing, in place
    // of the full stop CiscoAddressRejected reads (GoDaddy's relay, as a Postfix log quotes it), under 550 and X.1.0, the
    // address status that names no cause; the words alone say nothing (VendorEvidenceTests holds the controls).
    [InlineData("550 #5.1.0 Address rejected <jdoe@example.org>", "AddressRejectedUnderOtherAddressCode", SmtpBounceReason.UserUnknown)]
    [InlineData("550 #5.1.0 Address rejected", "AddressRejectedUnderOtherAddressCode", SmtpBounceReason.UserUnknown)]
    // Session 27 round three (tuner now27c): the recipient's address refused as a whole sentence, nothing after its full
    // stop (Sisimai's unknown-user index "recipient address rejected. (in reply to rcpt to command)").
    [InlineData("550 5.0.0 <jdoe@example.org>: Recipient address rejected.", "TextRecipientAddressRefusedWithoutCause", SmtpBounceReason.UserUnknown)]
    // Session 28 round one (tuner now28c): the recipient refused in two words with no cause (Cox's postmaster list,
    // Sisimai's Cox table: "recipient rejected", not a valid account), under a Status that names no cause.
    [InlineData("550 5.1.0 Recipient rejected.", "TextRecipientRejectedWithoutCause", SmtpBounceReason.UserUnknown)]
    [InlineData("550 5.0.0 jdoe@example.org recipient rejected", "TextRecipientRejectedWithoutCause", SmtpBounceReason.UserUnknown)]
    // Session 63 round one (now63f), controls: alone, under a bare 550 or Mailgun's 550 5.0.1, the words still read the
    // unknown recipient, hard, and an unknown user named beside them keeps its row. Under 550 5.0.1 by Mailgun's row since
    // session 64 (rank64: a context phrase under all its row's codes wins the tie with the same words of this row; it
    // lost it by row order before); under the bare 550, which lacks 5.0.1, by this row.
    [InlineData("550 5.0.1 Recipient rejected", "MailgunRecipientRejected", SmtpBounceReason.UserUnknown)]
    [InlineData("550 Recipient rejected", "TextRecipientRejectedWithoutCause", SmtpBounceReason.UserUnknown)]
    [InlineData("550 Recipient Rejected: No such user", "TextUserUnknown", SmtpBounceReason.UserUnknown)]
    // Session 39 round one (tuner now39a): a recipient's domain the server has no route for, "unroutable domain" (a
    // server's RCPT reply quoted in crossvertise/ActionMailerNext's issue 24, for a domain without a top-level part),
    // and the same reply spelt with an e, as Exim spells "unrouteable address".
    [InlineData("550 unroutable domain: gmail", "TextHostUnknown", SmtpBounceReason.HostUnknown)]
    [InlineData("550 Unrouteable domain: gmail", "TextHostUnknown", SmtpBounceReason.HostUnknown)]
    // Session 43 round one (tuner now43a): the row's "invalid address" with the word email between, as SMTP servers' RCPT
    // handlers write it when they refuse the address (pleasenospam's onRcptTo, "550 Invalid email address", quoted in its
    // issue 37; PHPMailer-BMH's rule 0111 reads "Invalid" and then the noun as an unknown address), under a bare code.
    [InlineData("550 Invalid Email Address", "TextUserUnknown", SmtpBounceReason.UserUnknown)]
    [InlineData("550 5.0.0 Invalid e-mail address", "TextUserUnknown", SmtpBounceReason.UserUnknown)]
    public void Documented_words_for_an_address_that_does_not_work_are_a_hard_bounce_under_a_bare_code(string reply, string entry, SmtpBounceReason reason)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(reason, diagnosis.Reason);
        Assert.Equal(entry, diagnosis.CatalogEntry);
        Assert.True(diagnosis.IsHardBounce);
    }

    [Theory]
    // The same words in a transient reply: no hard bounce (a transient reply is always soft).
    [InlineData("450 Account not found")]
    [InlineData("451 4.0.0 Bad destination system address")]
    [InlineData("450 The user jdoe@example.org does not exist on this server")]
    // Mailgun's words under a temporary code read the unknown recipient of TextRecipientRejectedWithoutCause since
    // session 28 (Cox's list, Sisimai's Cox table), no longer nothing; a transient reply stays soft (was a control of
    // VendorEvidenceTests that the words alone say nothing).
    [InlineData("450 4.0.1 Recipient rejected")]
    [InlineData("451 unroutable domain: gmail")]
    // Session 43 round one (now43a): "invalid email address" under a 4xx stays soft.
    [InlineData("451 Invalid email address")]
    public void The_same_words_in_a_transient_reply_are_no_hard_bounce(string reply)
    {
        Assert.False(SmtpReply.Diagnose(reply).IsHardBounce);
    }

    [Theory]
    // Controls: nearby words that say something else keep their own reading.
    // RFC 5321's 251 forwards the message: a success, not a moved address.
    [InlineData("251 User not local; will forward to <forward-path>", SmtpBounceReason.Delivered)]
    // The sender's domain (X.1.8, X.7.27) is not the recipient's.
    [InlineData("550 5.7.27 Sender address has null MX", SmtpBounceReason.Rejected)]
    // i.ua's error 3 is a frozen mailbox, not a missing one.
    [InlineData("550 Mailbox is frozen. See http://mail.i.ua/err/3/", SmtpBounceReason.Suspend)]
    // A refusal of the sender's own domain is no bounce of the recipient.
    [InlineData("550 5.0.0 Sender address rejected: Invalid domain", SmtpBounceReason.Rejected)]
    // An SMTP AUTH refusal that names an account is the sender's login, not the recipient.
    [InlineData("535 Authentication failed: account not found", SmtpBounceReason.SecurityError)]
    // Postfix's heading "Recipient address rejected:" before a policy's words is no unknown recipient.
    [InlineData("450 4.2.0 <jdoe@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html", SmtpBounceReason.Greylisted)]
    // hMailServer's anti-spam words for the sender's domain without MX records, and RFC 5321's 450 "mailbox unavailable"
    // (mailbox busy): the mailbox exists, the system cannot deliver to it now (session 26 round three, now26c).
    [InlineData("554 Sender domain does not have any MX records.", SmtpBounceReason.Rejected)]
    // The bare sentence yields to a cause the reply names after it: a context phrase (session 27 round three, now27c).
    [InlineData("554 5.7.1 <jdoe@example.org>: Recipient address rejected. Blocked using zen.spamhaus.org", SmtpBounceReason.Blocked)]
    // The two words yield to a cause named after them (session 28 round one, now28c).
    [InlineData("550 5.2.1 recipient rejected. Mailbox suspended", SmtpBounceReason.Suspend)]
    [InlineData("550 5.7.1 Recipient rejected due to spam", SmtpBounceReason.SpamDetected)]
    [InlineData("450 Mailbox unavailable; please try again later", SmtpBounceReason.SystemError)]
    // Under 451 too (RFC 5321's local error in processing): a transient reply, the system failing to deliver to a
    // mailbox it knows (session 32 round three, now32e).
    [InlineData("451 4.2.1 Error: mailbox unavailable, try again later", SmtpBounceReason.SystemError)]
    [InlineData("451 Mailbox is unavailable", SmtpBounceReason.SystemError)]
    // Under X.2.1 (RFC 3463's mailbox disabled): RFC 5321's stock words of 550 say no more than the code, the enhanced
    // code says the mailbox exists and is switched off (session 33 round three, now33e).
    [InlineData("550 5.2.1 mailbox unavailable", SmtpBounceReason.Suspend)]
    [InlineData("550-5.2.1 Requested action not taken: mailbox unavailable", SmtpBounceReason.Suspend)]
    // "Mailbox busy", RFC 5321's example of its 450 "mailbox unavailable (e.g., mailbox busy ...)", said alone: the
    // mailbox exists and the receiving system cannot deliver to it now, even under X.2.1 (session 40 round three,
    // now40d): digipost's SMTP test server (digipost/smtp-test-server-node server.js, its mailbox-busy recipient).
    [InlineData("450 4.2.1 Mailbox busy", SmtpBounceReason.SystemError)]
    // Control: RFC 3463's own words for X.2.1 under the same 450 keep the mailbox switched off.
    [InlineData("450 4.2.1 Mailbox disabled, not accepting messages", SmtpBounceReason.Suspend)]
    // A delivery program's exit status in Exim's words: "command does not exist" without an address is no unknown user.
    [InlineData("550 Child process of address_pipe transport returned 69 (could mean unable to exec or command does not exist) from command: /usr/local/bin/filter", SmtpBounceReason.MailerError)]
    // Exim's "Unrouteable mail domain" keeps the network reading of TextNetworkUnreachable beside the unroutable domain
    // of TextHostUnknown (session 39 round one, now39a).
    [InlineData("550 Unrouteable mail domain \"example.org\"", SmtpBounceReason.NetworkError)]
    // Session 43 round one (now43a): the sender's address called an invalid email address keeps the sender's reading
    // (X.1.7, RFC 3463's bad sender mailbox address syntax), and an SMTP AUTH refusal that names an invalid email
    // address is the sender's login, not the recipient.
    [InlineData("553 5.1.7 Sender address rejected: invalid email address", SmtpBounceReason.Rejected)]
    [InlineData("535 5.7.8 Authentication failed: invalid email address or password", SmtpBounceReason.SecurityError)]
    // Session 59 round one (now59u) and its review: under 554 the words keep 554's reading, and the sender's, a block
    // list or a full mailbox named beside them decides. now59u scoped the row by X.1.0 alone, and its context phrase
    // outranked the refused sender ("sender blocked", TextSenderRejected): the review took the scope back to 550 and X.1.0.
    [InlineData("554 5.1.0 <IFG>: Sender address rejected: User unknown in local recipient table", SmtpBounceReason.Rejected)]
    [InlineData("554 5.1.0 <jdoe@example.org>: Sender address rejected", SmtpBounceReason.Rejected)]
    [InlineData("554 5.1.0 Address rejected: your IP is blacklisted", SmtpBounceReason.Blocked)]
    [InlineData("554 5.1.0 Address rejected: mailbox full", SmtpBounceReason.MailboxFull)]
    [InlineData("554 Address rejected <jdoe@example.org>", SmtpBounceReason.Blocked)]
    [InlineData("554 5.1.0 Address rejected: sender blocked", SmtpBounceReason.Rejected)]
    // Session 63 round one (tuner now63f): the two words under a bare 550 yield to a cause named after them, as under
    // a cause-free enhanced code. Mailgun's row (MailgunRecipientRejected, 550 and 5.0.1) read the words plain, and a row
    // with codes outranks every phrase beside its words: under a 550 without an enhanced code it read an unknown user,
    // hard, over the causes p5-sisimai 4.25.15 writes after them (Reason/Suspend.pm "recipient rejected: temporarily
    // inactive", Reason/MailboxFull.pm "recipient rejected: mailbox would exceed maximum allowed storage") and over the
    // catalog's own "recipient rejected by policy". Its words are now a context phrase of its codes: read under 550 5.0.1
    // only, ranked below any cause named beside them.
    [InlineData("550 recipient rejected: temporarily inactive", SmtpBounceReason.Suspend)]
    // Session 64 (rank64): under Mailgun's own 550 5.0.1, where its context phrase now wins the tie with the same words,
    // a cause named after them still decides.
    [InlineData("550 5.0.1 Recipient rejected: mailbox would exceed maximum allowed storage", SmtpBounceReason.MailboxFull)]
    [InlineData("550 5.0.1 Recipient rejected by policy", SmtpBounceReason.PolicyViolation)]
    [InlineData("550 Recipient rejected: mailbox would exceed maximum allowed storage", SmtpBounceReason.MailboxFull)]
    [InlineData("550 Recipient rejected by policy", SmtpBounceReason.PolicyViolation)]
    [InlineData("550 recipient rejected. Mailbox suspended", SmtpBounceReason.Suspend)]
    [InlineData("550 Recipient rejected due to spam", SmtpBounceReason.SpamDetected)]
    [InlineData("550 Recipient rejected: Relay access denied", SmtpBounceReason.NoRelaying)]
    [InlineData("550 Recipient rejected: relaying denied", SmtpBounceReason.NoRelaying)]
    [InlineData("550 Recipient rejected: listed in zen.spamhaus.org", SmtpBounceReason.Blocked)]
    [InlineData("550 Recipient rejected - greylisted, try again later", SmtpBounceReason.Greylisted)]
    public void Nearby_words_that_say_something_else_keep_their_own_reading(string reply, SmtpBounceReason reason)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(reason, diagnosis.Reason);
        Assert.False(diagnosis.IsHardBounce);
    }
}
