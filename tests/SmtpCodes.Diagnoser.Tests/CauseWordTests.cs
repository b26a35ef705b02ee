using System.Linq;
using Xunit;
using static SmtpCodes.Testing.ProjectCatalog;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// A cause word (a match string marked <c>{fallback}</c> in the catalog) is one word that names its row's cause on its own
/// ("spam", "dkim", "ptr"), for the wordings no phrase of the catalog knows. It decides only as the last resort: below any
/// phrase that names a cause (a phrase says more than one of its words), above a heading or a failed delivery program
/// (it says why), never against an enhanced code that names a cause of its own (X.1.1's unknown user), never inside a
/// link (a page's name). The catch-all enhanced codes (X.Y.0, X.7.1) and the basic codes, whose meanings are too broad,
/// give way to it. Both emitted variants (C# 7.3 without spans, the latest C# with them) rank so.
/// </summary>
public sealed class CauseWordTests
{
    private const string CatalogHeader = ProjectCatalog.Header + "\n";

    // A project's own catalog: a cause word and a phrase of another cause, both generic and without codes, and the
    // enhanced code X.1.1 (RFC 3463: an unknown user), a code that names a cause of its own.
    private const string Catalog = CatalogHeader
        + "enhanced,X.1.1,,,,BadDestinationMailboxAddress,,Bad destination mailbox address,UserUnknown,hard,sender,remove-address,,The mailbox does not exist.,Remove the address.,RFC 3463,test\n"
        + "vendor,,,Generic,{fallback}junk,ContosoJunkWord,,Junk,SpamDetected,soft,sender,fix-content,,A spam verdict.,Fix the content.,,test\n"
        + "vendor,,,Generic,too many connections,ContosoTooManyConnections,,Too many connections,RateLimited,soft,sender-admin,slow-down,,A connection limit.,Slow down.,,test\n";

    [Theory]
    [MemberData(nameof(CompileTests.EmittedVariants), MemberType = typeof(CompileTests))]
    public void A_project_rows_cause_word_decides_only_where_nothing_else_names_a_cause(TargetProfile target)
    {
        var diagnose = DiagnoserOf(Catalog, target);

        Assert.Equal("SpamDetected", Property(diagnose("554 Junk refused"), "Reason"));
        Assert.Equal("SpamDetected", Property(diagnose("550 5.7.1 Junk refused"), "Reason"));
        Assert.Equal("SpamDetected", Property(diagnose("554 5.0.0 Junk refused"), "Reason"));
        Assert.Equal("RateLimited", Property(diagnose("421 junk: too many connections"), "Reason"));
        Assert.Equal("UserUnknown", Property(diagnose("550 5.1.1 Junk refused"), "Reason"));
        // Inside a link the word names a page: the project catalog has no row for 554, so nothing names a cause.
        Assert.Equal("Undefined", Property(diagnose("554 Refused, see http://example.org/junk"), "Reason"));
    }

    [Fact]
    public void The_same_word_unmarked_outranks_the_enhanced_code()
    {
        var generated = GeneratorRun.Run([("/project/contoso.csv", Catalog.Replace("{fallback}", string.Empty))], WithoutBuiltInCatalog);
        Assert.Empty(generated.Problems);

        Assert.Equal("SpamDetected", Property(DiagnoseOf(generated.Load())("550 5.1.1 Junk refused"), "Reason"));
    }

    [Theory]
    // RFC 2505 (Anti-Spam Recommendations for SMTP MTAs): spam, unsolicited bulk mail; Sisimai's SpamDetected.
    [InlineData("550 No spammers here", SmtpBounceReason.SpamDetected)]
    [InlineData("554 5.7.1 Message looks like SPAM to us", SmtpBounceReason.SpamDetected)]
    // RFC 4949's "malicious logic" (a virus, a worm, a Trojan horse); Sisimai's VirusDetected: "any virus or trojan horse".
    [InlineData("554 5.7.1 Message refused: malicious logic found", SmtpBounceReason.VirusDetected)]
    [InlineData("550 5.7.0 Trojan horse found in attachment", SmtpBounceReason.VirusDetected)]
    // The same glossary's worm (session 21 round three): a refusal that names a worm it found names malware.
    [InlineData("554 5.7.1 Mydoom worm found in message", SmtpBounceReason.VirusDetected)]
    // RFC 7208 (SPF) and RFC 6376 (DKIM), the sender authentication schemes, as "dmarc" (RFC 7489).
    [InlineData("550 5.7.1 Rejected: SPF", SmtpBounceReason.AuthFailure)]
    [InlineData("550 5.7.1 Message refused: DKIM", SmtpBounceReason.AuthFailure)]
    // RFC 5782 (DNS Blacklists and Whitelists).
    [InlineData("554 Client address on blacklist", SmtpBounceReason.Blocked)]
    [InlineData("550 RBL: client refused", SmtpBounceReason.Blocked)]
    // RFC 6647 (Email Greylisting), both spellings.
    [InlineData("451 Greylist in action, come back later", SmtpBounceReason.Greylisted)]
    [InlineData("451 Graylist: deferred", SmtpBounceReason.Greylisted)]
    // RFC 5321 3.6, Relaying and Mail Routing.
    [InlineData("550 We do no relaying for you", SmtpBounceReason.NoRelaying)]
    // RFC 1035 3.3.12 and RFC 1912 2.1: the PTR record of the client's address.
    [InlineData("550 5.7.1 Client without PTR", SmtpBounceReason.RequirePtr)]
    // RFC 3207 (a server may refuse mail until the client has issued STARTTLS).
    [InlineData("550 5.7.0 Encryption needed for this session", SmtpBounceReason.FailedStartTls)]
    // RFC 5321 4.1.1.1 (the client identifies itself by HELO or EHLO) and Sisimai's Blocked reason ("rejected due to a
    // client IP address or a hostname, or the parameter of HELO/EHLO command").
    [InlineData("550 5.7.1 Parameter of HELO command not accepted", SmtpBounceReason.Blocked)]
    [InlineData("554 EHLO parameter refused", SmtpBounceReason.Blocked)]
    // Baruwa's rejection table ("The sender xxx.xxx.xxx.xxx is banned", "The domain example.com is banned": added to the
    // banned senders list), as Office 365's "banned sending IP" and Exchange Online's 5.7.511 "Banned sender".
    [InlineData("550 The sender 192.0.2.1 is banned", SmtpBounceReason.Blocked)]
    [InlineData("550 The domain example.com is banned", SmtpBounceReason.Blocked)]
    // Sisimai's BadReputation index, every phrase of which names the reputation (Microsoft's "due to IP reputation",
    // T-Online's "None/bad reputation"): a refusal for the sender's reputation in words no phrase knows, under X.7.1.
    [InlineData("554 5.7.1 Refused: your reputation score is below our threshold", SmtpBounceReason.BadReputation)]
    // Session 60 round one (tuner now60a): "domainkeys", DomainKeys (RFC 4870), the scheme DKIM replaced, as qpsmtpd's
    // domainkeys plugin refuses a signature that does not verify, after DATA (552 for DENY, 452 for DENYSOFT) and under
    // X.7.1: a full mailbox, a system error and a policy violation by the codes before.
    [InlineData("552 DomainKeys signature failed to verify", SmtpBounceReason.AuthFailure)]
    [InlineData("452 DomainKeys signature failed to verify", SmtpBounceReason.AuthFailure)]
    [InlineData("550 5.7.1 Refused: DomainKeys signature failed to verify", SmtpBounceReason.AuthFailure)]
    public void A_cause_word_names_the_cause_where_no_phrase_does(string reply, SmtpBounceReason reason)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(reason, diagnosis.Reason);
        Assert.Equal(SmtpDiagnosisBasis.CatalogMessage, diagnosis.Basis);
        Assert.False(diagnosis.IsHardBounce);
    }

    [Theory]
    // An enhanced code that names a cause of its own keeps it (X.1.1: an unknown user; X.2.2: a full mailbox).
    [InlineData("550 5.1.1 <neko@example.jp>: spam trap", SmtpBounceReason.UserUnknown)]
    [InlineData("552 5.2.2 Your spam folder takes no more", SmtpBounceReason.MailboxFull)]
    // A phrase that names a cause outranks a word of another cause.
    [InlineData("554 Mailbox full; spam", SmtpBounceReason.MailboxFull)]
    // Inside a link the word names a page, no cause: the codes decide.
    [InlineData("550 5.7.1 Refused, see https://postmaster.example.org/spam", SmtpBounceReason.PolicyViolation)]
    // A phrase that names the command order or banned content keeps its cause: Postfix's "send HELO/EHLO first"
    // (smtpd_helo_required), amavisd-new's "- BANNED:" (a part on its banned file names or types).
    [InlineData("503 5.5.1 Error: send HELO/EHLO first", SmtpBounceReason.SyntaxError)]
    [InlineData("554 5.7.0 Reject, id=12345-01 - BANNED: P=p003,L=1,M=multipart/mixed | P=p002,L=1/2,M=application/x-msdownload,T=exe", SmtpBounceReason.PolicyViolation)]
    // Session 60 round one (tuner now60a): beside "domainkeys" a cause named by its code or a phrase decides (an unknown
    // user, spam, a DNS blocklist, a full mailbox), and inside a link the word names a page.
    [InlineData("550 5.1.1 <neko@example.jp>: User unknown; DomainKeys signature failed to verify", SmtpBounceReason.UserUnknown)]
    [InlineData("554 5.7.1 Message rejected as spam; DomainKeys signature failed to verify", SmtpBounceReason.SpamDetected)]
    [InlineData("554 5.7.1 Client host blocked using zen.spamhaus.org; DomainKeys signature failed to verify", SmtpBounceReason.Blocked)]
    [InlineData("552 5.2.2 Mailbox full; DomainKeys signature failed to verify", SmtpBounceReason.MailboxFull)]
    [InlineData("550 5.7.1 Refused, see https://postmaster.example.org/domainkeys", SmtpBounceReason.PolicyViolation)]
    // Session 64 round one (tuner now64p; its cause word "bulk" withdrawn by the session 64 review, the controls kept):
    // beside "bulk" a cause named by a code or a phrase decides (an unknown user,
    // hard; a full mailbox; a DNS blocklist; greylisting; too many connections; X.7.26's authentication and DMARC; a
    // virus; a relay refusal; the sender's reputation; a rate limit; an attachment type; the size), a refused sender stays
    // the sender's, and inside a link the word names a page.
    [InlineData("550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown; bulk", SmtpBounceReason.UserUnknown)]
    [InlineData("550 5.1.1 <bob@example.org>: bulk", SmtpBounceReason.UserUnknown)]
    [InlineData("452 4.2.2 <bob@example.org>: mailbox full; bulk", SmtpBounceReason.MailboxFull)]
    [InlineData("554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; bulk mail", SmtpBounceReason.Blocked)]
    [InlineData("450 4.7.1 <bob@example.org>: Recipient address rejected: Greylisted; bulk", SmtpBounceReason.Greylisted)]
    [InlineData("421 4.7.0 Too many connections; bulk sender", SmtpBounceReason.RateLimited)]
    [InlineData("550 5.7.26 Unauthenticated bulk mail", SmtpBounceReason.AuthFailure)]
    [InlineData("550 5.7.1 bulk; DMARC policy failure", SmtpBounceReason.AuthFailure)]
    [InlineData("554 5.7.1 Bulk mail; virus found", SmtpBounceReason.VirusDetected)]
    [InlineData("550 5.7.1 Relaying denied; bulk", SmtpBounceReason.NoRelaying)]
    [InlineData("550 5.7.1 <offers@example.org>: Sender address rejected: Access denied; bulk", SmtpBounceReason.Rejected)]
    [InlineData("554 5.7.1 Sender reputation too low for bulk mail", SmtpBounceReason.BadReputation)]
    [InlineData("450 4.7.1 Bulk rate limit exceeded, slow down", SmtpBounceReason.RateLimited)]
    [InlineData("550 5.7.1 Attachment type not allowed; bulk", SmtpBounceReason.PolicyViolation)]
    [InlineData("552 5.3.4 Message size exceeds fixed limit; bulk", SmtpBounceReason.EmailTooLarge)]
    [InlineData("550 5.7.1 Refused, see https://postmaster.example.org/bulk", SmtpBounceReason.PolicyViolation)]
    public void A_cause_word_takes_nothing_from_a_code_or_a_phrase_that_names_a_cause(string reply, SmtpBounceReason reason)
    {
        Assert.Equal(reason, SmtpReply.Diagnose(reply).Reason);
    }

    [Fact]
    public void A_reply_of_nothing_but_cause_words_is_read_in_one_pass()
    {
        var reply = "550 " + string.Concat(Enumerable.Repeat("spam dkim ptr {fallback} ", 20_000));

        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(SmtpReplyClass.Permanent, diagnosis.Class);
        Assert.NotEqual(SmtpBounceReason.Undefined, diagnosis.Reason);
    }
}
