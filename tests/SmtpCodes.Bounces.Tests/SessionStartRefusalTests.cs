using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// A permanent refusal of the session itself, a reply to the greeting or to EHLO/HELO before any address was given
/// (RFC 5321 sections 3.1 and 4.1.1.1), refuses the connecting host: where its words and codes name no cause, the reason
/// is Blocked, as Sisimai's Exim decoder reads a reply to HELO or EHLO (rb-sisimai lib/sisimai/lhost/exim.rb). Exim says
/// which command a reply answered ("SMTP error from remote mail server after EHLO ...", transports/smtp.c). The report
/// is the development message sisimai-set-of-emails/lhost-exim-49.eml, cut down.
/// </summary>
public sealed class SessionStartRefusalTests
{
    private const string Report = """
        From: Mail Delivery System <mailer-daemon@neko.example.com>
        To: sironeko-nyaan@neko.example.com
        Subject: Mail delivery failed: returning message to sender
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary=b

        --b
        Content-type: text/plain; charset=us-ascii

        This message was created automatically by mail delivery software.

        A message that you sent could not be delivered to one or more of its
        recipients. This is a permanent error. The following address(es) failed:

          kijitora@example.com
            host example.com.nekochan.example.net [203.0.113.222]
            SMTP error from remote mail server after {command}:
            {reply}

        --b
        Content-type: message/delivery-status

        Reporting-MTA: dns; neko.example.com

        Action: failed
        Final-Recipient: rfc822;kijitora@example.com
        Status: {status}
        Remote-MTA: dns; example.com.nekochan.example.net
        Diagnostic-Code: smtp; {reply}

        --b--
        """;

    private static SmtpBounceRecipient Read(string command, string reply, string status = "5.0.0") =>
        Assert.Single(SmtpBounce.Read(Report.Replace("{command}", command).Replace("{reply}", reply).Replace("{status}", status)).Recipients);

    [Theory]
    [InlineData("EHLO neko.example.com")]
    [InlineData("HELO neko.example.com")]
    [InlineData("initial connection")]
    public void A_permanent_refusal_of_the_session_that_names_no_cause_is_a_block_of_the_sending_host(string command)
    {
        SmtpBounceRecipient recipient = Read(command, "550 Rejected");

        Assert.Equal(SmtpBounceReason.Blocked, recipient.Diagnosis.Reason);
        Assert.Equal(false, recipient.Diagnosis.IsHardBounce);
        Assert.Equal(SmtpResponsibleParty.SenderAdministrator, recipient.Diagnosis.Party);
        Assert.Equal(SmtpRecommendedAction.ContactPostmaster, recipient.Diagnosis.Action);
    }

    [Theory]
    // RFC 5321 sections 3.1 and 4.2: a 554 sent instead of the greeting says "no SMTP service here". A code that says
    // only that the client was refused (a bare 554, "transaction failed"; X.7.1, "delivery not authorized") names no
    // cause, as it names none in a reply to MAIL FROM (SenderReplyTests): at the session's start the host was refused.
    [InlineData("initial connection", "554 No SMTP service here", "5.0.0")]
    [InlineData("EHLO neko.example.com", "550 5.7.1 Rejected", "5.7.1")]
    [InlineData("HELO neko.example.com", "554 5.7.1 Rejected", "5.7.1")]
    public void A_refusal_of_the_session_whose_codes_say_only_refused_is_a_block_of_the_sending_host(string command, string reply, string status)
    {
        SmtpBounceRecipient recipient = Read(command, reply, status);

        Assert.Equal(SmtpBounceReason.Blocked, recipient.Diagnosis.Reason);
        Assert.Equal(false, recipient.Diagnosis.IsHardBounce);
    }

    [Fact]
    public void The_same_codes_after_RCPT_TO_keep_their_meaning()
    {
        SmtpBounceRecipient recipient = Read("RCPT TO:<kijitora@example.com>", "554 5.7.1 Rejected", "5.7.1");

        Assert.Equal(SmtpBounceReason.PolicyViolation, recipient.Diagnosis.Reason);
    }

    [Fact]
    public void The_same_reply_to_RCPT_TO_is_no_block()
    {
        SmtpBounceRecipient recipient = Read("RCPT TO:<kijitora@example.com>", "550 Rejected");

        Assert.NotEqual(SmtpBounceReason.Blocked, recipient.Diagnosis.Reason);
    }

    [Fact]
    public void A_cause_the_refusal_names_stands()
    {
        // Sisimai's lhost-exim-43 (development): the missing reverse DNS the reply names.
        SmtpBounceRecipient recipient = Read("EHLO neko.example.com", "550 5.7.1 Connections not accepted from servers without a valid sender domain. Fix reverse DNS for 203.0.113.2");

        Assert.Equal(SmtpBounceReason.RequirePtr, recipient.Diagnosis.Reason);
    }

    [Fact]
    public void A_temporary_refusal_of_the_session_is_no_block()
    {
        SmtpBounceRecipient recipient = Read("EHLO neko.example.com", "450 Rejected", "4.0.0");

        Assert.NotEqual(SmtpBounceReason.Blocked, recipient.Diagnosis.Reason);
    }

    [Theory]
    // The classification policy's rule for a refusal that names no cause (ClassificationPolicy.RefusalWithoutCause): a
    // temporary refusal under X.7.1 is greylisting at RCPT TO, where there is a triplet of client, sender and recipient
    // to defer (RFC 6647), and a refused host at the session's start, before any address.
    [InlineData("EHLO neko.example.com", SmtpBounceReason.Blocked)]
    [InlineData("initial connection", SmtpBounceReason.Blocked)]
    [InlineData("RCPT TO:<kijitora@example.com>", SmtpBounceReason.Greylisted)]
    public void A_temporary_policy_refusal_without_cause_reads_by_the_command_it_answered(string command, SmtpBounceReason reason)
    {
        SmtpBounceRecipient recipient = Read(command, "451 4.7.1 Please try again later", "4.7.1");

        Assert.Equal(reason, recipient.Diagnosis.Reason);
        Assert.Equal(false, recipient.Diagnosis.IsHardBounce);
    }

    [Theory]
    // Exim writes "after pipelined end of data" when it pipelined the message's end with the commands before it
    // (transports/smtp.c), as it writes "after pipelined MAIL FROM:".
    [InlineData("end of data")]
    [InlineData("pipelined end of data")]
    public void A_bare_554_after_the_end_of_data_whose_words_name_no_cause_is_the_message_refused(string command)
    {
        // Session 44 round one (tuner now44a): RFC 5321 gives 554 "Transaction failed"; after the end of data the server
        // had taken the sender and the recipient and refused the transaction when the message came, so the classification
        // policy reads the message refused (RefusalStage.MessageData), not the sending host.
        SmtpBounceRecipient recipient = Read(command, "554 Message rejected by the content scanner");

        Assert.Equal(SmtpBounceReason.ContentError, recipient.Diagnosis.Reason);
        Assert.Equal(false, recipient.Diagnosis.IsHardBounce);
        Assert.Equal(SmtpResponsibleParty.Sender, recipient.Diagnosis.Party);
        Assert.Equal(SmtpRecommendedAction.FixContent, recipient.Diagnosis.Action);
    }

    [Theory]
    [InlineData("end of data", "551 Msg refused", SmtpBounceReason.ContentError, false)]
    [InlineData("pipelined end of data", "551 Message not accepted here", SmtpBounceReason.ContentError, false)]
    [InlineData("end of data", "551 Body of the mail refused", SmtpBounceReason.ContentError, false)]
    // Session 52 review: "moved" inside another word says nothing of the recipient (fails where the words of a moved
    // recipient are read as pieces of words).
    [InlineData("end of data", "551 Msg removed", SmtpBounceReason.ContentError, false)]
    // Controls: a bare 551 at RCPT TO keeps RFC 5321's "User not local", hard, whatever its words; after the end of data,
    // words that name no message keep it too ("Not our customer", the 551's common use: reply-codes.csv), and words
    // inside a name are no words.
    [InlineData("RCPT TO:<kijitora@example.com>", "551 Msg refused", SmtpBounceReason.HasMoved, true)]
    [InlineData("end of data", "551 Not our customer", SmtpBounceReason.HasMoved, true)]
    [InlineData("end of data", "551 Try <message@example.org>", SmtpBounceReason.HasMoved, true)]
    // Session 52 review: words that say the recipient is not here keep the code's reading beside the message they name.
    [InlineData("end of data", "551 User not local, message refused", SmtpBounceReason.HasMoved, true)]
    [InlineData("end of data", "551 Mailbox moved, message not delivered", SmtpBounceReason.HasMoved, true)]
    public void A_bare_551_after_the_end_of_data_in_words_that_name_the_message_is_the_message_refused(string command, string reply, SmtpBounceReason reason, bool hard)
    {
        // Session 52 round one (tuner now52a): RFC 5321 gives 551 "User not local" only as a reply to RCPT TO (4.3.2);
        // after the end of data the recipient had been taken, and words that name the message say what was refused: the
        // classification policy's refusal of the message's data (RefusalStage.MessageData), soft, not HasMoved's hard.
        SmtpBounceRecipient recipient = Read(command, reply);

        Assert.Equal(reason, recipient.Diagnosis.Reason);
        Assert.Equal(hard, recipient.IsHardBounce);
    }

    [Theory]
    // Controls: the same bare 554 at the greeting, after EHLO and after RCPT TO keeps the refused host (at MAIL FROM it
    // is the sender, SenderReplyTests); after the end of data, words that name a cause keep their reading, and the
    // generic words of an access table's refusal (Sendmail's and Postfix's "Access denied") keep the refused host.
    [InlineData("initial connection", "554 Message rejected by the content scanner", SmtpBounceReason.Blocked)]
    [InlineData("EHLO neko.example.com", "554 Message rejected by the content scanner", SmtpBounceReason.Blocked)]
    [InlineData("RCPT TO:<kijitora@example.com>", "554 Message rejected by the content scanner", SmtpBounceReason.Blocked)]
    [InlineData("end of data", "554 Access denied", SmtpBounceReason.Blocked)]
    [InlineData("end of data", "554 Transaction failed due to too many MIME parts", SmtpBounceReason.ContentError)]
    [InlineData("end of data", "554 Message contains spam", SmtpBounceReason.SpamDetected)]
    [InlineData("end of data", "554 5.7.1 Rejected", SmtpBounceReason.PolicyViolation)]
    // Session 45 (now45a): the same bare 550 at the session's start keeps the refused host, at the end of data the
    // code's reading; at RCPT TO words that name another cause (a failure in processing, the sender) keep the code's
    // reading, a bare 554 the refused host, and words and codes that name a cause their own.
    [InlineData("EHLO neko.example.com", "550 Sorry, no", SmtpBounceReason.Blocked)]
    [InlineData("end of data", "550 Sorry, no", SmtpBounceReason.Undefined)]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 Failure", SmtpBounceReason.Undefined)]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 hard error", SmtpBounceReason.Undefined)]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 Sorry, no sender", SmtpBounceReason.Undefined)]
    [InlineData("RCPT TO:<kijitora@example.com>", "554 Sorry, no", SmtpBounceReason.Blocked)]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 Relaying denied", SmtpBounceReason.NoRelaying)]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 5.7.1 Rejected", SmtpBounceReason.PolicyViolation)]
    // Session 46 (now46d): at RCPT TO the words without a noun for the address, the noun before the word, a noun too far
    // from the word and another noun before "expired" stay soft; the sender's address keeps the sender's refusal; the
    // same words at another command keep their reading.
    [InlineData("RCPT TO:<kijitora@example.com>", "550 Invalid route token", SmtpBounceReason.UserUnknown)]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 Invalid token for this user", SmtpBounceReason.UserUnknown)]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 Session expired", SmtpBounceReason.UserUnknown)]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 Invalid sender address", SmtpBounceReason.Rejected)]
    [InlineData("EHLO neko.example.com", "550 Invalid username", SmtpBounceReason.Blocked)]
    [InlineData("end of data", "550 Invalid username", SmtpBounceReason.Undefined)]
    // Session 46 review: the words inside an address or a host name, and the noun followed by the address's form, the
    // message or the domain, call no address unknown; the noun then "expired" where a catalog row reads the account
    // suspended keeps that row's reading.
    [InlineData("RCPT TO:<kijitora@example.com>", "550 <invalid.user@example.org>: Sorry, no", SmtpBounceReason.UserUnknown)]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 Sorry, bad.user.example.org says no", SmtpBounceReason.UserUnknown)]
    // ("553 Invalid address syntax" never reaches the rule: the catalog row TextUserUnknown reads "invalid address"
    // first, UserUnknown, hard. "550 Unknown recipient domain" and "550 Invalid recipient domain" do not either: the
    // catalog reads the domain wrong, below.)
    [InlineData("RCPT TO:<kijitora@example.com>", "553 Bad mailbox syntax", SmtpBounceReason.UserUnknown)]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 Bad email content", SmtpBounceReason.UserUnknown)]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 Bad user domain", SmtpBounceReason.UserUnknown)]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 account expired", SmtpBounceReason.Suspend)]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 mailbox expired", SmtpBounceReason.Suspend)]
    // Session 47 (now47b): "invalid" after another word than the noun or one "is", after the noun and two words, or
    // followed by the address's form stays soft; the same words at the end of data keep the code's reading.
    [InlineData("RCPT TO:<kijitora@example.com>", "550 Session is invalid", SmtpBounceReason.UserUnknown)]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 recipient token is invalid", SmtpBounceReason.UserUnknown)]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 recipient is now invalid", SmtpBounceReason.UserUnknown)]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 recipient is invalid syntax", SmtpBounceReason.UserUnknown)]
    [InlineData("end of data", "550 recipient is invalid", SmtpBounceReason.Undefined)]
    // Session 48 round three (now48f): "no" before another word than the noun or "such", or "no such" before another
    // word, stays soft; the same words at the end of data keep the code's reading.
    [InlineData("RCPT TO:<kijitora@example.com>", "550 No access for user", SmtpBounceReason.UserUnknown)]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 No such route for this address", SmtpBounceReason.UserUnknown)]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 Nothing for this user", SmtpBounceReason.UserUnknown)]
    [InlineData("end of data", "550 No user for email address", SmtpBounceReason.Undefined)]
    // Session 48 round three (now48f): "unknown" after another word than the noun, "name" or one "is", or "name"
    // without the noun before it, stays soft.
    [InlineData("RCPT TO:<kijitora@example.com>", "550 mailbox state unknown", SmtpBounceReason.UserUnknown)]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 Route name unknown", SmtpBounceReason.UserUnknown)]
    [InlineData("end of data", "550 mailbox name unknown", SmtpBounceReason.Undefined)]
    // Session 48 review: "no" before a plural or before the relay names no address ("recipients" is not a noun of the
    // list), and "unknown" after the domain, even with a noun for the address before it, says nothing of the mailbox:
    // each stays soft (the domain's words keep their own readings).
    [InlineData("RCPT TO:<kijitora@example.com>", "550 no recipients", SmtpBounceReason.UserUnknown)]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 no relay for domain", SmtpBounceReason.NoRelaying)]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 domain unknown", SmtpBounceReason.UserUnknown)]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 recipient domain unknown", SmtpBounceReason.UserUnknown)]
    // Session 51 round one (now51a): "or" joins only one word to "unknown" or "invalid" ("invalid or expired" then
    // another noun than the address's stays soft); "Recipient address rejected" followed by more words, and the words
    // at the end of data, keep their readings.
    [InlineData("RCPT TO:<kijitora@example.com>", "550 Invalid or expired token for this user", SmtpBounceReason.UserUnknown)]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 Unknown or invalid route token for user", SmtpBounceReason.UserUnknown)]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 Recipient address rejected for now", SmtpBounceReason.UserUnknown)]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 Recipient address was rejected", SmtpBounceReason.UserUnknown)]
    [InlineData("end of data", "550 Recipient address rejected", SmtpBounceReason.Undefined)]
    [InlineData("end of data", "550 Unknown or unlisted recipient", SmtpBounceReason.Undefined)]
    // Session 51 review: "or" joins only right after the word; after another word it is a second word between ("invalid
    // request or address" calls a request invalid), where MDaemon's backscatter refusal, which a catalog row reads before
    // the rule, could fail neither with the join removed nor broadened.
    [InlineData("RCPT TO:<kijitora@example.com>", "550 Invalid request or address", SmtpBounceReason.UserUnknown)]
    public void A_bare_refusal_elsewhere_or_with_words_that_name_a_cause_keeps_its_reading(string command, string reply, SmtpBounceReason reason)
    {
        SmtpBounceRecipient recipient = Read(command, reply, reply.Contains("5.7.1") ? "5.7.1" : "5.0.0");

        Assert.Equal(reason, recipient.Diagnosis.Reason);
        Assert.Equal(false, recipient.Diagnosis.IsHardBounce);
    }

    [Theory]
    // Exim writes "after pipelined RCPT TO:" when it pipelined the command (transports/smtp.c).
    [InlineData("RCPT TO:<kijitora@example.com>", "550 Sorry, no", false)]
    [InlineData("pipelined RCPT TO:<kijitora@example.com>", "550 Sorry, no", false)]
    [InlineData("RCPT TO:<kijitora@example.com>", "553 Sorry, no", false)]
    // Session 46 round one (tuner now46d): words that call the address unknown, invalid, bad or expired make it hard.
    [InlineData("RCPT TO:<kijitora@example.com>", "550 Invalid username", true)]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 Unknown local address", true)]
    [InlineData("pipelined RCPT TO:<kijitora@example.com>", "550 Invalid board address", true)]
    [InlineData("RCPT TO:<kijitora@example.com>", "553 bad mailbox name", true)]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 address expired", true)]
    // Session 47 round one (tuner now47b): the noun then "invalid", side by side or past one "is", makes it hard too.
    [InlineData("RCPT TO:<kijitora@example.com>", "550 recipient is invalid", true)]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 recipient invalid", true)]
    [InlineData("pipelined RCPT TO:<kijitora@example.com>", "553 alias is invalid", true)]
    // Session 48 round three (tuner now48f): "no" then the noun, or "no such" then the noun, says there is no such address.
    [InlineData("RCPT TO:<kijitora@example.com>", "550 No user for email address kijitora@example.com", true)]
    // Session 56 round three (tuner now56i): "no such alias" is TextUserUnknown's phrase now (remove the address, as
    // "no such user"), so the rule's own reading is shown on a noun no phrase holds.
    [InlineData("RCPT TO:<kijitora@example.com>", "550 no such email", true)]
    [InlineData("pipelined RCPT TO:<kijitora@example.com>", "553 No such username", true)]
    // Session 48 round three (tuner now48f): the noun (with "name" after it or not) then "unknown" is an unknown address.
    [InlineData("RCPT TO:<kijitora@example.com>", "550 Email Receiver: mailbox name unknown", true)]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 alias is unknown", true)]
    // Session 51 round one (tuner now51a): "or" and one more word between "unknown" or "invalid" and the noun
    // ("unknown or illegal alias"), and Postfix's "Recipient address rejected" ending the reply.
    [InlineData("RCPT TO:<kijitora@example.com>", "550 Unknown or unlisted recipient", true)]
    [InlineData("pipelined RCPT TO:<kijitora@example.com>", "553 Invalid or unusable user name", true)]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 Recipient address rejected", true)]
    [InlineData("pipelined RCPT TO:<kijitora@example.com>", "550 5.0.0 Recipient address rejected", true)]
    public void A_bare_550_or_553_to_RCPT_TO_is_the_recipient_refused_hard_only_where_its_words_call_the_address_unknown(string command, string reply, bool hard)
    {
        // Session 45 round one (tuner now45a): RCPT TO's only argument is the recipient's mailbox, RFC 5321 answers a
        // recipient "known not to be a deliverable address" with 550 (3.3) and gives 553 "mailbox name not allowed"
        // (4.2.2), so the classification policy reads the recipient's address (RefusalStage.Recipient); nothing confirms
        // that the mailbox does not exist, so it is soft. Session 46 round one (tuner now46d): "unknown", "invalid" or
        // "bad" beside a noun for the address (user, address, mailbox, recipient, account, alias, email; one word at most
        // between), or the noun then "expired", is PHPMailer-BMH's reading of an address that does not exist (rules 0160,
        // 0233 and 0183, remove) and go-sisimai's at RCPT (reason/why-userunknown.go), so it is hard. Session 47 round one
        // (tuner now47b): the noun then "invalid" is Sisimai's ("550 address invalid", "mailbox invalid":
        // Sisimai::Reason::UserUnknown), with one "is" between as that list writes the noun's other states. Session 48 round
        // three (tuner now48f): "no" or "no such" right before the noun is Sisimai's too ("no such user", "no such
        // recipient", "no mailbox found"), and so is the noun then "unknown" ("address unknown", "recipient unknown"),
        // with RFC 5321's "mailbox name" (4.2.3) as the noun.
        SmtpBounceRecipient recipient = Read(command, reply);

        Assert.Equal(SmtpBounceReason.UserUnknown, recipient.Diagnosis.Reason);
        Assert.Equal(hard, recipient.Diagnosis.IsHardBounce);
        Assert.Equal(SmtpResponsibleParty.Sender, recipient.Diagnosis.Party);
        Assert.Equal(SmtpRecommendedAction.CorrectAddress, recipient.Diagnosis.Action);
    }

    [Theory]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 Sorry, that domain is not hosted here", "5.0.0")]
    [InlineData("pipelined RCPT TO:<kijitora@example.com>", "550 Domain example.com is not configured on this system", "5.0.0")]
    [InlineData("RCPT TO:<kijitora@example.com>", "553 We only take mail for our own domain.", "5.0.0")]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 5.1.1 Sorry, that domain is not hosted here", "5.1.1")]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 5.1.1 This domain is not hosted on this server", "5.0.0")]
    [InlineData("pipelined RCPT TO:<kijitora@example.com>", "553 5.1.1 We only take mail for our own domain.", "5.1.1")]
    // Session 49 round one (tuner now49e): under X.7.1 too, whose default (PolicyViolation) would decide: X.7.1 is the
    // code Postfix's reject_unauth_destination gives the domain it does not serve ("Relay access denied") and GoAlert's
    // "550 5.7.1 Recipient domain not handled here".
    [InlineData("RCPT TO:<kijitora@example.com>", "554 5.7.1 Domain not handled by this mail server", "5.7.1")]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 5.7.1 <kijitora@example.com>: Recipient address rejected: Recipient domain not local", "5.7.1")]
    [InlineData("pipelined RCPT TO:<kijitora@example.com>", "554 5.7.1 <kijitora@example.com>: Recipient address rejected: Domain is not handled by this relay", "5.7.1")]
    public void A_bare_550_or_553_or_an_X_1_1_to_RCPT_TO_whose_words_name_the_recipients_domain_is_the_domain_refused_soft(string command, string reply, string status)
    {
        // Session 46 round one (tuner now46c): the same bare refusal in words that name the recipient's domain, not its
        // mailbox, refuses the domain, which the server does not take mail for (RFC 5321 3.6.2 and 7.1; Postfix's
        // ADDRESS_CLASS_README answers a domain outside its address classes "Relay access denied", an unknown user of one
        // of its domains "User unknown"): the classification policy's RefusalStage.RecipientDomain, NoRelaying, soft.
        // Session 47 round one (tuner now47e): so under X.1.1 too, whose default (UserUnknown, hard) would decide, as
        // Sisimai reads a relay refusal's words before X.1.1's unknown user (Sisimai::Reason::UserUnknown->true, its
        // prematches).
        SmtpBounceRecipient recipient = Read(command, reply, status);

        Assert.Equal(SmtpBounceReason.NoRelaying, recipient.Diagnosis.Reason);
        Assert.Equal(false, recipient.Diagnosis.IsHardBounce);
        Assert.Equal(SmtpResponsibleParty.SenderAdministrator, recipient.Diagnosis.Party);
        Assert.Equal(SmtpRecommendedAction.FixConfiguration, recipient.Diagnosis.Action);
    }

    [Theory]
    // Session 46 round one (tuner now46c), controls: "domain" inside an address or a host name, words that name the
    // mailbox, and words that say the domain is unknown or has no DNS keep the recipient refused (UserUnknown); the
    // domain called unknown (session 55) and the domain without MX (session 58) now read HostUnknown, the theory below.
    [InlineData("550 Sorry, no <kitty@domain.example> here")]
    [InlineData("550 Sorry, relay.domain.example says no")]
    [InlineData("550 Sorry, that account is not in this domain")]
    public void A_bare_550_to_RCPT_TO_that_names_no_domain_it_does_not_serve_keeps_the_recipient_refused(string reply)
    {
        SmtpBounceRecipient recipient = Read("RCPT TO:<kijitora@example.com>", reply);

        Assert.Equal(SmtpBounceReason.UserUnknown, recipient.Diagnosis.Reason);
        Assert.Equal(false, recipient.Diagnosis.IsHardBounce);
    }

    [Theory]
    // Session 46's controls (now46c): "Unknown domain" and "No MX for that domain" name no domain the server does not
    // serve, so they are not NoRelaying. Session 55 round one (tuner now55b): "Unknown domain" is TextInvalidDomainWording's
    // unknown domain (p5-sisimai's HostUnknown "recipient address rejected: unknown domain name"); session 58 round three
    // (tuner now58d): "No MX for" is TextRecipientDomainHasNoMxRecord's context phrase (Haraka's outbound "No MX for
    // <domain>" under X.1.2; moved here from the theory above at the session 58 review). Each reads HostUnknown, hard,
    // where the bare refusal's soft unknown user read them before.
    [InlineData("550 Unknown domain example.com")]
    [InlineData("550 No MX for that domain")]
    public void A_bare_550_to_RCPT_TO_that_calls_the_domain_unknown_or_without_mx_reads_the_catalogs_unknown_host(string reply)
    {
        SmtpBounceRecipient recipient = Read("RCPT TO:<kijitora@example.com>", reply);

        Assert.NotEqual(SmtpBounceReason.NoRelaying, recipient.Diagnosis.Reason);
        Assert.Equal(SmtpBounceReason.HostUnknown, recipient.Diagnosis.Reason);
        Assert.Equal(true, recipient.Diagnosis.IsHardBounce);
    }

    [Theory]
    // Session 47 round one (tuner now47e), controls: under X.1.1 the mailbox's words, "domain" in an address, and an
    // unknown domain keep the code's reading; so do the same words to MAIL FROM, and under X.1.2.
    [InlineData("RCPT TO:<kijitora@example.com>", "550 5.1.1 Sorry, that account is not in this domain")]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 5.1.1 Sorry, no <kitty@domain.example> here")]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 5.1.1 Unknown domain example.com")]
    [InlineData("MAIL FROM:<sironeko@neko.example.com>", "550 5.1.1 Sorry, that domain is not hosted here")]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 5.1.2 Sorry, that domain is not hosted here")]
    // Session 47's final reading: words of another cause, as in the bare refusal (OtherCauseWords), keep the code's reading.
    [InlineData("RCPT TO:<kijitora@example.com>", "550 5.1.1 Sorry, that sender domain is not hosted here")]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 5.1.1 Lookup error: that domain is not hosted here")]
    // Session 49 round one (tuner now49e), controls under X.7.1: the mailbox's words, the sender's domain, a domain
    // blocked, an unknown domain, and the same words to MAIL FROM or under X.7.0 keep the code's reading.
    [InlineData("RCPT TO:<kijitora@example.com>", "550 5.7.1 Mailbox not allowed in this domain")]
    [InlineData("RCPT TO:<kijitora@example.com>", "554 5.7.1 Sender domain not handled by this mail server")]
    [InlineData("RCPT TO:<kijitora@example.com>", "554 5.7.1 Domain blocked by policy")]
    [InlineData("RCPT TO:<kijitora@example.com>", "554 5.7.1 Recipient address rejected: not allowed to send mail from this domain")]
    [InlineData("RCPT TO:<kijitora@example.com>", "554 5.7.1 Recipient address rejected: Recipient domain not resolvable: example.com")]
    [InlineData("RCPT TO:<kijitora@example.com>", "554 5.7.1 Recipient address rejected: Domain unknown")]
    [InlineData("MAIL FROM:<sironeko@neko.example.com>", "554 5.7.1 Domain not handled by this mail server")]
    [InlineData("RCPT TO:<kijitora@example.com>", "554 5.7.0 Domain not handled by this mail server")]
    // Session 49 review: under X.7.1 "from" names the domain the mail comes from, a policy on the sender's side, and keeps
    // the code's reading (each read NoRelaying before the review).
    [InlineData("RCPT TO:<kijitora@example.com>", "550 5.7.1 Messages from this domain are not accepted")]
    [InlineData("RCPT TO:<kijitora@example.com>", "554 5.7.1 From domain is on the deny list")]
    [InlineData("RCPT TO:<kijitora@example.com>", "554 5.7.1 Header From domain not aligned with envelope domain")]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 5.7.1 Mail from your domain is refused")]
    // A DMARC, SPF or blocklist verdict on a domain, or the sender's domain, named in passing: a catalog row or the sender's
    // words decide first.
    [InlineData("RCPT TO:<kijitora@example.com>", "554 5.7.1 DMARC policy of the domain says reject")]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 5.7.1 SPF: domain example.org does not designate 192.0.2.1 as permitted")]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 5.7.1 Domain example.org has no valid DMARC record")]
    [InlineData("RCPT TO:<kijitora@example.com>", "550 5.7.1 Domain of sender address does not resolve")]
    [InlineData("RCPT TO:<kijitora@example.com>", "554 5.7.1 Recipient address rejected: Your domain has been blacklisted")]
    public void A_refusal_under_X_1_1_or_X_1_2_that_names_no_domain_it_does_not_serve_keeps_its_codes_reading(string command, string reply)
    {
        SmtpBounceRecipient recipient = Read(command, reply, reply.Contains(" 5.7.") ? reply.Substring(4, 5) : "5.1.1");

        Assert.NotEqual(SmtpBounceReason.NoRelaying, recipient.Diagnosis.Reason);
    }

    [Theory]
    // Session 47 review: which reading wins where the words of more than one RCPT TO rule stand in one reply. The
    // catalog's words decide before any of them: the recipient's domain called invalid or unknown is the domain wrong
    // (TextInvalidDomainWording, HostUnknown), not TextUserUnknown's hard unknown user of "invalid recipient" and
    // "unknown recipient". In a bare refusal the words that name the recipient's domain (now46c) decide before those that
    // call the address invalid (now46d, now47b), and under X.1.1 the same domain words (now47e) decide before the code's
    // unknown user, "invalid" beside the noun or not; a mailbox named beside them keeps the mailbox's reading. (Two
    // rankings of the catalog's rows come first and keep the hard unknown user, SmtpReply.Matching.cs: under a 550,
    // "Invalid recipient domain" is Mimecast's "550 Invalid Recipient", a vendor's row whose code fits the reply, over
    // generic words of any length; under X.1.1, "unknown recipient" is the row whose reason the code confirms, as
    // now47e leaves an unknown domain to X.1.1.)
    [InlineData("550 Unknown recipient domain", "5.0.0", SmtpBounceReason.HostUnknown, true)]
    [InlineData("553 Invalid recipient domain", "5.0.0", SmtpBounceReason.HostUnknown, true)]
    [InlineData("550 Invalid recipient domain", "5.0.0", SmtpBounceReason.UserUnknown, true)]
    [InlineData("550 5.1.1 Unknown recipient domain", "5.1.1", SmtpBounceReason.UserUnknown, true)]
    [InlineData("550 Recipient is invalid: domain not hosted here", "5.0.0", SmtpBounceReason.NoRelaying, false)]
    [InlineData("550 5.1.1 Recipient is invalid: domain not hosted here", "5.1.1", SmtpBounceReason.NoRelaying, false)]
    [InlineData("550 5.1.1 Recipient is invalid", "5.1.1", SmtpBounceReason.UserUnknown, true)]
    [InlineData("550 Recipient is invalid: no such user in this domain", "5.0.0", SmtpBounceReason.UserUnknown, true)]
    public void Where_the_words_of_several_RCPT_TO_rules_meet_the_domain_decides_before_the_invalid_address(string reply, string status, SmtpBounceReason reason, bool hard)
    {
        SmtpBounceRecipient recipient = Read("RCPT TO:<kijitora@example.com>", reply, status);

        Assert.Equal(reason, recipient.Diagnosis.Reason);
        Assert.Equal(hard, recipient.Diagnosis.IsHardBounce);
    }

    // Exim's plain-text bounce, without a delivery-status part: the recipient's evidence is the notice's paragraph, whose
    // "SMTP error from remote mail server" is Exim's context, not a word of the refusal (transports/smtp.c).
    private const string EximPlainBounce = """
        From: Mail Delivery System <Mailer-Daemon@neko.example.com>
        To: sironeko-nyaan@neko.example.com
        Subject: Mail delivery failed: returning message to sender
        Auto-Submitted: auto-replied

        This message was created automatically by mail delivery software.

        A message that you sent could not be delivered to one or more of its
        recipients. This is a permanent error. The following address(es) failed:

          kijitora@example.com
            host example.com.nekochan.example.net [203.0.113.222]
            SMTP error from remote mail server after RCPT TO:<kijitora@example.com>:
            {reply}
        """;

    // Postfix's DSN: the notice says which command the reply answered, "(in reply to RCPT TO command)" (smtp(8)); the
    // report's Diagnostic-Code does not.
    private const string PostfixReport = """
        From: MAILER-DAEMON@neko.example.com (Mail Delivery System)
        To: sironeko-nyaan@neko.example.com
        Subject: Undelivered Mail Returned to Sender
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary=b

        --b
        Content-Description: Notification
        Content-Type: text/plain; charset=us-ascii

        This is the mail system at host neko.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients.

        <kijitora@example.com>: host example.com.nekochan.example.net[203.0.113.222]
            said: {reply} (in reply to {command} command)

        --b
        Content-Description: Delivery report
        Content-Type: message/delivery-status

        Reporting-MTA: dns; neko.example.com

        Final-Recipient: rfc822; kijitora@example.com
        Action: failed
        Status: 5.0.0
        Remote-MTA: dns; example.com.nekochan.example.net
        Diagnostic-Code: smtp; {reply}

        --b--
        """;

    [Theory]
    // Session 45 (now45a), the other ways a bounce says the reply answered RCPT TO: Exim's plain-text bounce, Postfix's
    // notice, and a reply that carries X.0.0 itself; the same Postfix reply to the end of data keeps the code's reading.
    [InlineData("exim", "RCPT TO", "550 Sorry, no", SmtpBounceReason.UserUnknown)]
    [InlineData("postfix", "RCPT TO", "550 Sorry, no", SmtpBounceReason.UserUnknown)]
    [InlineData("postfix", "RCPT TO", "550 5.0.0 Sorry, no", SmtpBounceReason.UserUnknown)]
    [InlineData("postfix", "end of DATA", "550 Sorry, no", SmtpBounceReason.Undefined)]
    public void Each_bounce_that_says_the_reply_answered_RCPT_TO_gives_the_bare_refusal_its_stage(string writer, string command, string reply, SmtpBounceReason reason)
    {
        string message = writer == "exim"
            ? EximPlainBounce.Replace("{reply}", reply)
            : PostfixReport.Replace("{command}", command).Replace("{reply}", reply);

        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(message).Recipients);

        Assert.Equal(reason, recipient.Diagnosis.Reason);
        Assert.Equal(false, recipient.Diagnosis.IsHardBounce);
    }

    // Postfix's delay warning for the same reply: the recipient is still retried (Action delayed, Status 4.0.0).
    private static SmtpBounceRecipient ReadWarning(string command, string reply, string action = "delayed")
    {
        string message = PostfixReport.Replace("{command}", command).Replace("{reply}", reply)
            .Replace("Action: failed", "Action: " + action).Replace("Status: 5.0.0", "Status: 4.0.0");
        return Assert.Single(SmtpBounce.Read(message).Recipients);
    }

    [Theory]
    [InlineData("451 Try again later")]
    [InlineData("450 Please try again later.")]
    [InlineData("451 4.0.0 Please try again later")]
    public void A_temporary_reply_to_RCPT_TO_that_only_asks_for_a_retry_is_greylisting(string reply)
    {
        // Session 46 round one (tuner now46b): a greylister defers at RCPT TO, where its triplet of client, sender and
        // recipient is complete (RFC 6647), with a temporary failure that asks only for a retry (ASSP's "451 4.7.1 Please
        // try again later"); the classification policy's temporary refusal without cause (RefusalStage.Transaction).
        SmtpBounceRecipient recipient = ReadWarning("RCPT TO", reply);

        Assert.Equal(SmtpDeliveryAction.Delayed, recipient.Action);
        Assert.Equal(SmtpBounceReason.Greylisted, recipient.Diagnosis.Reason);
        Assert.Equal(false, recipient.Diagnosis.IsHardBounce);
        Assert.Equal(SmtpResponsibleParty.Nobody, recipient.Diagnosis.Party);
        Assert.Equal(SmtpRecommendedAction.RetryLater, recipient.Diagnosis.Action);
    }

    [Theory]
    // Controls (session 46, now46b): words that name a cause keep their reading at RCPT TO (a local problem, full
    // storage, a busy mailbox, a rate, a failed lookup, X.3.2's system not accepting); the bare request after the end
    // of data (a content filter's deferral) keeps the code's, and so does a failure (the rule reads warnings: a return
    // the bounce says was given up keeps the code's reading, SystemError).
    [InlineData("RCPT TO", "451 4.3.0 Temporary local problem", "delayed", SmtpBounceReason.SystemError)]
    [InlineData("RCPT TO", "451 Temporary local problem - please try later", "delayed", SmtpBounceReason.SystemError)]
    [InlineData("RCPT TO", "452 insufficient system storage", "delayed", SmtpBounceReason.SystemFull)]
    [InlineData("RCPT TO", "451 4.2.1 Mailbox busy, try again later", "delayed", SmtpBounceReason.Suspend)]
    [InlineData("RCPT TO", "450 4.7.1 Rate limit exceeded, try again later", "delayed", SmtpBounceReason.RateLimited)]
    [InlineData("RCPT TO", "451 Temporary lookup failure", "delayed", SmtpBounceReason.SystemError)]
    [InlineData("RCPT TO", "451 4.3.2 Please try again later", "delayed", SmtpBounceReason.NotAccept)]
    [InlineData("end of DATA", "451 Try again later", "delayed", SmtpBounceReason.SystemError)]
    [InlineData("RCPT TO", "451 Try again later", "failed", SmtpBounceReason.SystemError)]
    public void A_temporary_reply_that_names_more_than_a_retry_or_came_elsewhere_keeps_its_reading(string command, string reply, string action, SmtpBounceReason reason)
    {
        SmtpBounceRecipient recipient = ReadWarning(command, reply, action);

        Assert.Equal(reason, recipient.Diagnosis.Reason);
        Assert.Equal(false, recipient.Diagnosis.IsHardBounce);
    }
}
