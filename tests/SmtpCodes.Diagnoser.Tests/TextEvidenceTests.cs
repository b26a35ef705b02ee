using System;
using System.IO;
using System.Linq;
using Xunit;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// catalog/text-evidence.csv, the generic phrases that classify replies no vendor row knows: every row follows the
/// catalog schema (the generator reads it without a diagnostic), has a source, and each phrase classifies a reply.
/// </summary>
public sealed class TextEvidenceTests
{
    private static readonly string FilePath = Path.Combine(AppContext.BaseDirectory, "Catalog", "text-evidence.csv");

    [Fact]
    public void The_generator_reads_every_row_without_a_diagnostic()
    {
        var generated = GeneratorRun.Run([("/project/text-evidence.csv", File.ReadAllText(FilePath))], userCode: "namespace Consumer { }");

        Assert.Empty(generated.Problems);
    }

    [Fact]
    public void Every_row_is_generic_sourced_evidence_without_codes()
    {
        var records = Csv.Read(File.ReadAllText(FilePath));
        var header = records[0];
        string Field(System.Collections.Generic.List<string> row, string name) => row[header.IndexOf(name)];

        Assert.True(records.Count > 20);
        foreach (var row in records.Skip(1))
        {
            var name = Field(row, "name");
            Assert.Equal("vendor", Field(row, "kind"));
            Assert.True(Field(row, "code").Length == 0 && Field(row, "enhanced").Length == 0, name + ": text evidence is not scoped to codes");
            // The bounce a permanent reply gets from the row: hard only when the text says the address does not work.
            Assert.Equal(Field(row, "reason") is "UserUnknown" or "HostUnknown" or "HasMoved" or "NotAccept" ? "hard" : "soft", Field(row, "bounce"));
            Assert.False(string.IsNullOrWhiteSpace(Field(row, "source")), name + " has a source");
            Assert.DoesNotContain(string.Empty, Field(row, "match").Split('|'));
        }
    }

    [Fact]
    public void Each_phrase_alone_classifies_a_reply_without_a_code()
    {
        var records = Csv.Read(File.ReadAllText(FilePath));
        var header = records[0];
        foreach (var row in records.Skip(1))
        {
            var name = row[header.IndexOf("name")];
            // A group of alternatives in aligned pieces ("[ip/client]{...}[blocked/refused]") stands for each alternative it expands to.
            foreach (var phrase in row[header.IndexOf("match")].Split('|').SelectMany(Alternatives))
            {
                var diagnosis = SmtpReply.Diagnose("Delivery failed: " + phrase.ToUpperInvariant() + ".");
                Assert.True(diagnosis.Basis == SmtpDiagnosisBasis.CatalogMessage, $"{name}: '{phrase}' matched nothing");
                Assert.True(string.Equals(row[header.IndexOf("reason")], diagnosis.Reason.ToString(), StringComparison.OrdinalIgnoreCase), $"{name}: '{phrase}' gave {diagnosis.Reason} by {diagnosis.CatalogEntry}");
            }
        }
    }

    private static System.Collections.Generic.IEnumerable<string> Alternatives(string phrase) =>
        phrase.Contains("{...}", StringComparison.Ordinal) ? SmtpCodes.Generators.Catalog.AlignedAlternatives.Expand(phrase).Alternatives : [phrase];

    [Theory]
    // SFR's spam refusal, as assoconnect/php-smtp-toolbox's spam rule quotes it: the words beat 5.7.1's catch-all policy.
    [InlineData("550 5.7.1 Email rejected per SPAM policy", SmtpBounceReason.SpamDetected)]
    // Zoho's policy refusal (smtp-field-manual's 554 list): the words beat 5.2.3's size limit.
    [InlineData("554 5.2.3 MailPolicy violation Error delivering to mailboxes", SmtpBounceReason.PolicyViolation)]
    // phquery's answer, in MailPress's list of texts for a mailbox that does not exist.
    [InlineData("Does not have a final email delivery point, please contact this person by alternate means.", SmtpBounceReason.UserUnknown)]
    // GNU Mailman's hold notice (postheld.txt): held for the moderator, not refused for the reason it gives.
    [InlineData("Is being held until the list moderator can review it for approval. The reason it is being held: Post by non-member to a members-only list", SmtpBounceReason.OnHold)]
    // Exim's address parser (parse.c, as Sisimai's Exim rules quote it): a syntax error, not an unknown address.
    [InlineData("malformed address: <neko@example.net> may not follow kijitora@example.com", SmtpBounceReason.SyntaxError)]
    // Gmail's old notices end the remote reply with its client's state; 17 and 18 are DATA (go-sisimai via-gmail.go).
    [InlineData("554 554 5.7.0 Header error (state 18).", SmtpBounceReason.Filtered)]
    // A refusal of the message's header (go-sisimai reason/why-policyviolation.go's "header error"; Sendmail relaying it in
    // eg-sendmail-09): the words beat X.7.9's weak-authentication meaning, as they beat 5.7.1's catch-all above.
    [InlineData("554 5.7.9 Header error", SmtpBounceReason.PolicyViolation)]
    [InlineData("550 550 Unknown user kijitora@example.org (state 18).", SmtpBounceReason.Filtered)]
    // Quota wordings with words between "over" and "quota", as TextQuotaWordings cites them: newpages.com.my's error-message
    // examples, the Postfix VDA patch's default (DEF_VIRT_MAILDIR_LIMIT_MESSAGE).
    [InlineData("<user@example.com>: The user is over the quota. You can try again later.", SmtpBounceReason.MailboxFull)]
    [InlineData("maildir delivery failed: Sorry, the user's maildir has overdrawn his diskspace quota, please try again later.", SmtpBounceReason.MailboxFull)]
    // Sisimai's relaying-denied texts (go-sisimai reason/why-norelaying.go): email-v5sendmail-06's reply to MAIL FROM.
    [InlineData("550 Insecure Mail Relay", SmtpBounceReason.NoRelaying)]
    // cPanel's Exim router for a suspended account's addresses: the recipient's account, not the sender's login, is
    // disabled, whatever X.7.13 says of an authenticated user (Sisimai's status table: 5.7.13 is suspend).
    [InlineData("525 5.7.13 Disabled recipient address", SmtpBounceReason.Suspend)]
    // A server that did not answer the connection (RFC 3463 X.4.1): email-google-09's and simple_21's words, a network
    // error; Gmail's whole final-notice sentence is still an expiry (TextMessageExpired, the longer match).
    [InlineData("has not yet been delivered because the recipient server did not respond.", SmtpBounceReason.NetworkError)]
    [InlineData("Technical details of temporary failure: did not accept our requests to connect [(0) 9jo.example.jp.: socket error]", SmtpBounceReason.NetworkError)]
    [InlineData("Technical details of permanent failure: The recipient server did not accept our requests to connect.", SmtpBounceReason.Expired)]
    // Debian's Exim configuration for local delivery only refuses every remote address (router/200_exim4-config_primary),
    // and its ACLs refuse a sender that does not verify (acl/30_exim4-config_check_rcpt, acl/40_exim4-config_check_data).
    [InlineData("Mailing to remote domains not supported", SmtpBounceReason.NoRelaying)]
    [InlineData("550 Sender verification failed", SmtpBounceReason.Rejected)]
    [InlineData("550 No verifiable sender address in message headers", SmtpBounceReason.Rejected)]
    // Gmail's 5.7.1 spam verdict cut at its first line (support.google.com/a/answer/3726730); the longer words of its
    // other verdicts still decide (controls).
    [InlineData("550-5.7.1 [192.0.2.1 12] Our system has detected that this message is", SmtpBounceReason.SpamDetected)]
    [InlineData("550 5.7.1 Our system has detected that this message is likely suspicious due to the very low reputation of the sending IP address.", SmtpBounceReason.BadReputation)]
    [InlineData("550 5.7.1 Our system has detected that this message is not RFC 5322 compliant.", SmtpBounceReason.NotCompliantRfc)]
    [InlineData("421 4.7.0 [192.0.2.1] Our system has detected that this message is suspicious due to the very low reputation of the sending domain.", SmtpBounceReason.BadReputation)]
    // Sisimai 4's lists of mail servers' words (p5-sisimai lib/Sisimai/Reason/*.pm): quotas, the message's structure,
    // executable attachments; the words decide over the registry meaning of the codes that come with them.
    [InlineData("552 5.2.2 Mailbox has exceeded its disk space limit", SmtpBounceReason.MailboxFull)]
    [InlineData("maildir delivery failed: userdisk quota exceeded", SmtpBounceReason.MailboxFull)]
    [InlineData("550 5.6.0 Message MIME complexity exceeds the policy maximum.", SmtpBounceReason.ContentError)]
    [InlineData("554 5.7.1 The message was rejected because it has a potentially executable attachment", SmtpBounceReason.VirusDetected)]
    // Zoho's temporary failure of its own system under X.3.1 (go-sisimai rhost/for-zoho.go), not a full mail system.
    [InlineData("452 4.3.1 Temporary System Error", SmtpBounceReason.SystemError)]
    // Courier's own replies (its esmtp and submit programs).
    [InlineData("417 DNS lookup failure: example.com", SmtpBounceReason.NetworkError)]
    [InlineData("500 Number of messages exceeded administrative limit.", SmtpBounceReason.RateLimited)]
    [InlineData("534 Message header size exceeds policy limit.", SmtpBounceReason.ContentError)]
    // Postfix's reject_unknown_reverse_client_hostname (smtpd_check.c) and policyd-weight's default replies: the sending
    // host, not the message, is refused.
    [InlineData("450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.1]", SmtpBounceReason.RequirePtr)]
    [InlineData("550 Mail appeared to be SPAM or forged. Ask your Mail/DNS-Administrator to correct HELO and DNS MX settings or to get removed from DNSBLs", SmtpBounceReason.Blocked)]
    [InlineData("450 No DNS entries for your MTA, HELO and Domain. Contact YOUR administrator", SmtpBounceReason.RequirePtr)]
    // Exchange's own words say more than the registry's meaning of their enhanced codes (Microsoft Learn's NDR tables,
    // as p5-sisimai Rhost/ExchangeOnline.pm quotes them; vendor rows): the sender's quota, a throttled mailbox, the
    // content filter; a full mailbox under 5.2.2 stays one.
    [InlineData("550 5.2.2 Submission quota exceeded", SmtpBounceReason.RateLimited)]
    [InlineData("432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded", SmtpBounceReason.RateLimited)]
    [InlineData("550 5.2.1 Content Filter agent quarantined this message", SmtpBounceReason.SpamDetected)]
    [InlineData("552 5.2.2 Mailbox full", SmtpBounceReason.MailboxFull)]
    // AT&T's and BellSouth's documented blocks of a sending system (their mail block "Error Message Summary"; vendor rows).
    [InlineData("550 <192.0.2.1> blocked by ldap:ou=rblmx, dc=bellsouth, dc=net", SmtpBounceReason.Blocked)]
    [InlineData("550 unauthorized interface for <192.0.2.1>", SmtpBounceReason.Blocked)]
    [InlineData("421-failure in DNS look-up.", SmtpBounceReason.RequirePtr)]
    [InlineData("550 Error. Blocked for status: <unknown sender>", SmtpBounceReason.RequirePtr)]
    [InlineData("550 [permfail] bellsouth.net requires valid sender domain", SmtpBounceReason.Rejected)]
    // Connection failures in the words of the MTAs and runtimes that write them (their sources): delay warnings and
    // final failures give only these as the cause. A provider's own "554 ... Connection refused." block stays out.
    [InlineData("Connection timeout", SmtpBounceReason.NetworkError)]
    [InlineData("Connection closed unexpectedly", SmtpBounceReason.NetworkError)]
    [InlineData("Remote host closed connection in response to end of data", SmtpBounceReason.NetworkError)]
    [InlineData("SMTP timeout after RCPT TO:<kijitora@example.jp>", SmtpBounceReason.NetworkError)]
    [InlineData("host lookup did not complete", SmtpBounceReason.NetworkError)]
    [InlineData("Deferred: Connection refused by mx.example.jp.", SmtpBounceReason.NetworkError)]
    [InlineData("Deferred: Connection reset by mx.example.jp.", SmtpBounceReason.NetworkError)]
    [InlineData("421 4.4.1 mx.example.jp.: Lost input channel from mx.example.jp. [192.0.2.1] to mx.example.jp. after rcpt", SmtpBounceReason.NetworkError)]
    [InlineData("451 4.4.1 reply: read error from mx.example.jp.", SmtpBounceReason.NetworkError)]
    [InlineData("Connected to 192.0.2.1 but connection died. (#4.4.2)", SmtpBounceReason.NetworkError)]
    [InlineData("Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)", SmtpBounceReason.NetworkError)]
    // The same words without the X.4.x code that says a network condition by itself.
    [InlineData("Connected to 192.0.2.1 but connection died.", SmtpBounceReason.NetworkError)]
    [InlineData("Sorry, I wasn't able to establish an SMTP connection.", SmtpBounceReason.NetworkError)]
    [InlineData("Deferred: Lost input channel from mx.example.jp.", SmtpBounceReason.NetworkError)]
    [InlineData("reply: read error from mx.example.jp.", SmtpBounceReason.NetworkError)]
    [InlineData("Connection unexpectedly closed by remote host.", SmtpBounceReason.NetworkError)]
    [InlineData("Network connection shut down by the remote mail server", SmtpBounceReason.NetworkError)]
    [InlineData("Tried all MXs example.jp", SmtpBounceReason.NetworkError)]
    [InlineData("connect to mx.example.jp[192.0.2.1]:25: Connection refused", SmtpBounceReason.NetworkError)]
    [InlineData("dial tcp 192.0.2.1:25: i/o timeout", SmtpBounceReason.NetworkError)]
    [InlineData("java.net.SocketTimeoutException: Connect timed out", SmtpBounceReason.NetworkError)]
    [InlineData("Couldn't connect to host, port: mx.example.jp, 25; timeout -1", SmtpBounceReason.NetworkError)]
    [InlineData("Unable to read data from the transport connection: Connection reset by peer.", SmtpBounceReason.NetworkError)]
    [InlineData("No connection could be made because the target machine actively refused it. 192.0.2.1:25", SmtpBounceReason.NetworkError)]
    [InlineData("connect ECONNREFUSED 192.0.2.1:25", SmtpBounceReason.NetworkError)]
    [InlineData("554 p3plibsmtp01-07.prod.phx3.secureserver.net bizsmtp IB103. Connection refused. 192.0.2.1 has a poor reputation on Cloudmark Sender Intelligence (CSI).", SmtpBounceReason.BadReputation)]
    // A final failure whose words say the retries ran out is an expiry, whatever connection failure led to it (the
    // transcript of the development message lhost-sendmail-54).
    [InlineData("kijitora... Deferred: Connection refused by [127.0.0.1]\nMessage could not be delivered for 5 days\nMessage will be deleted from queue", SmtpBounceReason.Expired)]
    // A hosting provider's own refusal for SPF (GRhosting's knowledge base a290), with its queue id between code and words.
    [InlineData("550 5.1.0 0bcW1i00G0jifNx01bcmHa blocked by SPF", SmtpBounceReason.AuthFailure)]
    public void Replies_in_the_words_of_documented_bounce_texts_get_their_reason(string reply, SmtpBounceReason reason)
    {
        Assert.Equal(reason, SmtpReply.Diagnose(reply).Reason);
    }

    // Servers put the address inside their sentence; the words around it still say why (go-sisimai
    // reason/why-userunknown.go matches them as pairs: "rcpt <" ... " does not exist", "rcpt (" ... "t exist ",
    // "user (" ... ") unknown"). The misspelt "dosn't" is development crisp-oss 554_does_not_exist's reply, under a bare 554.
    [Theory]
    [InlineData("550 Rcpt <kijitora@example.jp> does not exist")]
    [InlineData("554 RCPT (kijitora@example.jp) dosn't exist (in reply to RCPT TO command)")]
    [InlineData("554 RCPT (kijitora@example.jp) doesn't exist")]
    [InlineData("550 User (kijitora@example.jp) unknown")]
    [InlineData("550 5.1.1 Mailbox <kijitora@example.jp> does not exist")]
    [InlineData("550 User kijitora@example.jp was not found")]
    [InlineData("550 Recipient kijitora@example.jp was not found in the directory")]
    public void Words_split_by_the_recipients_address_still_name_an_unknown_user(string reply)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(SmtpBounceReason.UserUnknown, diagnosis.Reason);
        Assert.True(diagnosis.IsHardBounce);
    }

    [Theory]
    [InlineData("550 5.7.1 <kijitora@example.jp>: Relay access denied", SmtpBounceReason.NoRelaying)]
    [InlineData("554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)", SmtpBounceReason.Blocked)]
    [InlineData("550 kijitora@example.jp", SmtpBounceReason.Undefined)]
    // crisp-oss 550_no_such_recipient_variant_1 (development): the words the reply holds whole decide over those
    // that meet only without the address ("mailbox ... is unavailable").
    [InlineData("550 Message was not accepted -- invalid mailbox.  Local mailbox token@mail.ru is unavailable: account is disabled", SmtpBounceReason.Suspend)]
    // The client's IP address as an address literal (RFC 5321 4.1.3) splits the words as an address does: Postfix's
    // RBL reply is "Client host [$client_address] blocked using $rbl_domain", and a site whose reply template drops the
    // zone leaves "Client host [<ip>] blocked", a block of the sending host, whatever X.7.1 alone would say. A word
    // that only starts with a host name ("mx.example.jp[192.0.2.1]:25") is no literal and stays.
    [InlineData("554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked.", SmtpBounceReason.Blocked)]
    [InlineData("554 5.7.1 Client host [IPv6:2001:db8::25] blocked", SmtpBounceReason.Blocked)]
    [InlineData("554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org", SmtpBounceReason.Blocked)]
    [InlineData("connect to mx.example.jp[192.0.2.1]:25: Connection refused", SmtpBounceReason.NetworkError)]
    public void Leaving_addresses_out_keeps_what_the_rest_of_the_reply_says(string reply, SmtpBounceReason reason)
    {
        Assert.Equal(reason, SmtpReply.Diagnose(reply).Reason);
    }

    // Lotus Domino refuses a recipient name its directory matches more than once (development bounce-email/tt_bounce_15,
    // "Diagnostic-Code: X-Notes; Recipient user name info (...) not unique.  Several matches found in Domino Directory."):
    // an ambiguous address, the receiving site's directory to fix, as Exchange's RESOLVER.ADR.Ambiguous. Sisimai's Domino
    // decoder and its SystemError index (go-sisimai reason/why-systemerror.go) list the words.
    [Theory]
    [InlineData("Recipient user name info (info@example.com) not unique.  Several matches found in Domino Directory.")]
    [InlineData("550 5.0.0 Recipient user name kijitora (kijitora@example.jp) not unique. Several matches found in Domino Directory.")]
    public void Several_matches_in_the_Domino_directory_are_a_soft_system_error(string reply)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(SmtpBounceReason.SystemError, diagnosis.Reason);
        Assert.False(diagnosis.IsHardBounce);
    }
}
