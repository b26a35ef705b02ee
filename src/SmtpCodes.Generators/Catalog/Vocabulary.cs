using System;
using System.Collections.Generic;
using System.Linq;

namespace SmtpCodes.Generators.Catalog;

/// <summary>
/// The closed sets of values the catalog columns accept. The generated enums are emitted from these same
/// lists, so a value the parser accepts always has a member to map to.
/// </summary>
internal static class Vocabulary
{
    /// <summary>Bounce reasons: Sisimai's names (the de-facto standard of bounce classifiers) plus Greylisted.</summary>
    public static readonly IReadOnlyList<VocabularyTerm> Reasons = Terms(
        ("Undefined", "No reason could be determined."),
        ("Delivered", "The message was accepted or delivered."),
        ("UserUnknown", "The recipient's mailbox does not exist."),
        ("HostUnknown", "The recipient's domain or mail host does not exist."),
        ("HasMoved", "The recipient has moved and left no forwarding address."),
        ("NotAccept", "The destination accepts no mail at all (null MX, no SMTP service)."),
        ("Suspend", "The recipient's mailbox is disabled or suspended."),
        ("MailboxFull", "The recipient's mailbox is over its quota."),
        ("EmailTooLarge", "The message is larger than the recipient's server or mailbox allows."),
        ("RateLimited", "The sender exceeded a rate, connection or volume limit."),
        ("Blocked", "The sending IP address or host is blocked (often by a blocklist)."),
        ("BadReputation", "The sending IP address or domain has a poor reputation."),
        ("RequirePtr", "The sending IP address lacks valid reverse DNS (PTR) or the PTR does not match."),
        ("SpamDetected", "The message was judged to be spam."),
        ("VirusDetected", "The message carries a virus or malware."),
        ("PolicyViolation", "The message violates a policy of the receiving site."),
        ("AuthFailure", "The message failed SPF, DKIM or DMARC checks."),
        ("SecurityError", "SMTP authentication failed or is required."),
        ("FailedStartTls", "TLS is required, or STARTTLS failed."),
        ("NoRelaying", "The server refuses to relay for this sender or recipient."),
        ("Filtered", "A filter of the recipient rejected the message."),
        ("Rejected", "The envelope sender was rejected."),
        ("ContentError", "The message's content or format is invalid."),
        ("NotCompliantRfc", "The message does not comply with the RFCs (headers, line length, encoding)."),
        ("SyntaxError", "The command or its parameters were malformed."),
        ("SystemError", "The receiving system had an internal error."),
        ("SystemFull", "The receiving system is out of storage."),
        ("MailerError", "The sending mailer or a program on the way failed."),
        ("NetworkError", "A network, DNS or routing problem, including mail loops."),
        ("Expired", "Delivery attempts went on too long and the message expired."),
        ("OnHold", "Delivery is deferred or on hold for another reason."),
        ("Greylisted", "The receiver defers first attempts from unknown senders; a retry will pass."));

    public static readonly IReadOnlyList<VocabularyTerm> BounceKinds = Terms(
        ("none", "None", "Not a bounce: the reply is a success or intermediate reply."),
        ("soft", "Soft", "A soft bounce: the address may work later; keep it."),
        ("hard", "Hard", "A hard bounce: the address does not work; stop sending to it."));

    public static readonly IReadOnlyList<VocabularyTerm> Parties = Terms(
        ("nobody", "Nobody", "Nobody needs to act: wait, the condition resolves itself."),
        ("sender", "Sender", "The person or application that sent the message."),
        ("sender-admin", "SenderAdministrator", "The administrator of the sending mail system (DNS, IP reputation, TLS, authentication)."),
        ("recipient", "Recipient", "The recipient (for example, to empty a full mailbox)."),
        ("recipient-admin", "RecipientAdministrator", "The administrator or postmaster of the receiving mail system."));

    public static readonly IReadOnlyList<VocabularyTerm> Actions = Terms(
        ("none", "None", "Nothing to do."),
        ("retry-later", "RetryLater", "Retry later; a standard mail server's queue does this by itself."),
        ("slow-down", "SlowDown", "Send more slowly: fewer connections, messages or recipients per period."),
        ("reduce-recipients", "ReduceRecipients", "Send to fewer recipients per message (the rest in another transaction)."),
        ("reduce-size", "ReduceSize", "Make the message smaller (attachments as links, compression)."),
        ("authenticate", "Authenticate", "Authenticate with valid credentials (SMTP AUTH) before sending."),
        ("enable-tls", "EnableTls", "Use TLS (STARTTLS or implicit TLS) with a valid certificate."),
        ("fix-dns", "FixDns", "Fix DNS records (MX, A, domain resolution)."),
        ("fix-reverse-dns", "FixReverseDns", "Give the sending IP address a PTR record that matches its host name."),
        ("fix-email-authentication", "FixEmailAuthentication", "Fix SPF, DKIM and DMARC for the sending domain."),
        ("request-delisting", "RequestDelisting", "Ask the blocklist or provider named in the reply to remove the listing."),
        ("improve-reputation", "ImproveReputation", "Improve sending reputation (list hygiene, complaint rate, volume)."),
        ("correct-address", "CorrectAddress", "Check and correct the address."),
        ("remove-address", "RemoveAddress", "Remove the address from the list: it will not work."),
        ("fix-content", "FixContent", "Change the content or format of the message."),
        ("fix-client", "FixClient", "Fix the sending software (command syntax, protocol use)."),
        ("fix-configuration", "FixConfiguration", "Fix the configuration of the mail system named by the reply."),
        ("contact-postmaster", "ContactPostmaster", "Contact the postmaster of the receiving system."),
        ("do-not-retry", "DoNotRetry", "Do not send the same message again unchanged."));

    public static readonly IReadOnlyList<VocabularyTerm> Classes = Terms(
        ("unknown", "Unknown", "Not a valid reply class."),
        ("preliminary", "Preliminary", "1yz: positive preliminary reply (not used by SMTP; seen from client libraries)."),
        ("success", "Success", "2yz: positive completion; the action succeeded."),
        ("intermediate", "Intermediate", "3yz: positive intermediate; the server waits for more input."),
        ("transient", "Transient", "4yz: transient negative completion; retry later."),
        ("permanent", "Permanent", "5yz: permanent negative completion; do not retry unchanged."));

    public static readonly IReadOnlyList<VocabularyTerm> ListTypes = Terms(
        ("ip", "Ip", "The list holds IP addresses of senders."),
        ("domain", "Domain", "The list holds domain names."),
        ("url", "Url", "The list holds domains or URLs found in message bodies."),
        ("combined", "Combined", "The list combines several lists of different kinds."));

    public static VocabularyTerm? Find(IReadOnlyList<VocabularyTerm> terms, string csvValue)
    {
        foreach (var term in terms)
        {
            if (string.Equals(term.CsvValue, csvValue, StringComparison.OrdinalIgnoreCase)
                || string.Equals(term.MemberName, csvValue, StringComparison.OrdinalIgnoreCase))
            {
                return term;
            }
        }

        return null;
    }

    public static string Spell(IReadOnlyList<VocabularyTerm> terms) => string.Join(", ", terms.Select(term => term.CsvValue));

    private static VocabularyTerm[] Terms(params (string Name, string Summary)[] terms) =>
        terms.Select((term, index) => new VocabularyTerm(term.Name, term.Name, index, term.Summary)).ToArray();

    private static VocabularyTerm[] Terms(params (string CsvValue, string MemberName, string Summary)[] terms) =>
        terms.Select((term, index) => new VocabularyTerm(term.CsvValue, term.MemberName, index, term.Summary)).ToArray();
}
