using System;
using System.Collections.Generic;
using System.Linq;

namespace SmtpCodes.Generators.Catalog;

/// <summary>
/// The one place for the closed sets of values: what the catalog columns accept (and how the CSV spells each value),
/// the generated enums (their names, documentation and members) and how a typed value is written in generated code.
/// The generated enums are emitted from these same lists, so a value the parser accepts always has a member to map to.
/// </summary>
internal static class Vocabulary
{
    /// <summary>The generated enum of each typed value (first, so the lists below can name them).</summary>
    private static readonly IReadOnlyDictionary<Type, string> TypeNames = new Dictionary<Type, string>
    {
        [typeof(ReplyClass)] = "SmtpReplyClass",
        [typeof(BounceReason)] = "SmtpBounceReason",
        [typeof(BounceKind)] = "SmtpBounceKind",
        [typeof(ResponsibleParty)] = "SmtpResponsibleParty",
        [typeof(RecommendedAction)] = "SmtpRecommendedAction",
        [typeof(BlocklistType)] = "SmtpBlocklistType",
    };

    /// <summary>Bounce reasons: Sisimai's names (the de-facto standard of bounce classifiers) plus Greylisted.</summary>
    public static readonly IReadOnlyList<VocabularyTerm> Reasons = Terms(
        (BounceReason.Undefined, "No reason could be determined."),
        (BounceReason.Delivered, "The message was accepted or delivered."),
        (BounceReason.UserUnknown, "The recipient's mailbox does not exist."),
        (BounceReason.HostUnknown, "The recipient's domain or mail host does not exist."),
        (BounceReason.HasMoved, "The recipient has moved and left no forwarding address."),
        (BounceReason.NotAccept, "The destination accepts no mail at all (null MX, no SMTP service)."),
        (BounceReason.Suspend, "The recipient's mailbox is disabled or suspended."),
        (BounceReason.MailboxFull, "The recipient's mailbox is over its quota."),
        (BounceReason.EmailTooLarge, "The message is larger than the recipient's server or mailbox allows."),
        (BounceReason.RateLimited, "The sender exceeded a rate, connection or volume limit."),
        (BounceReason.Blocked, "The sending IP address or host is blocked (often by a blocklist)."),
        (BounceReason.BadReputation, "The sending IP address or domain has a poor reputation."),
        (BounceReason.RequirePtr, "The sending IP address lacks valid reverse DNS (PTR) or the PTR does not match."),
        (BounceReason.SpamDetected, "The message was judged to be spam."),
        (BounceReason.VirusDetected, "The message carries a virus or malware."),
        (BounceReason.PolicyViolation, "The message violates a policy of the receiving site."),
        (BounceReason.AuthFailure, "The message failed SPF, DKIM or DMARC checks."),
        (BounceReason.SecurityError, "SMTP authentication failed or is required."),
        (BounceReason.FailedStartTls, "TLS is required, or STARTTLS failed."),
        (BounceReason.NoRelaying, "The server refuses to relay for this sender or recipient."),
        (BounceReason.Filtered, "A filter of the recipient rejected the message."),
        (BounceReason.Rejected, "The envelope sender was rejected."),
        (BounceReason.ContentError, "The message's content or format is invalid."),
        (BounceReason.NotCompliantRfc, "The message does not comply with the RFCs (headers, line length, encoding)."),
        (BounceReason.SyntaxError, "The command or its parameters were malformed."),
        (BounceReason.SystemError, "The receiving system had an internal error."),
        (BounceReason.SystemFull, "The receiving system is out of storage."),
        (BounceReason.MailerError, "The sending mailer or a program on the way failed."),
        (BounceReason.NetworkError, "A network, DNS or routing problem, including mail loops."),
        (BounceReason.Expired, "Delivery attempts went on too long and the message expired."),
        (BounceReason.OnHold, "Delivery is deferred or on hold for another reason."),
        (BounceReason.Greylisted, "The receiver defers first attempts from unknown senders; a retry will pass."));

    public static readonly IReadOnlyList<VocabularyTerm> BounceKinds = Terms(
        (BounceKind.None, "none", "Not a bounce: the reply is a success or intermediate reply."),
        (BounceKind.Soft, "soft", "A soft bounce: the address may work later; keep it."),
        (BounceKind.Hard, "hard", "A hard bounce: the address does not work; stop sending to it."));

    public static readonly IReadOnlyList<VocabularyTerm> Parties = Terms(
        (ResponsibleParty.Nobody, "nobody", "Nobody needs to act: wait, the condition resolves itself."),
        (ResponsibleParty.Sender, "sender", "The person or application that sent the message."),
        (ResponsibleParty.SenderAdministrator, "sender-admin", "The administrator of the sending mail system (DNS, IP reputation, TLS, authentication)."),
        (ResponsibleParty.Recipient, "recipient", "The recipient (for example, to empty a full mailbox)."),
        (ResponsibleParty.RecipientAdministrator, "recipient-admin", "The administrator or postmaster of the receiving mail system."));

    public static readonly IReadOnlyList<VocabularyTerm> Actions = Terms(
        (RecommendedAction.None, "none", "Nothing to do."),
        (RecommendedAction.RetryLater, "retry-later", "Retry later; a standard mail server's queue does this by itself."),
        (RecommendedAction.SlowDown, "slow-down", "Send more slowly: fewer connections, messages or recipients per period."),
        (RecommendedAction.ReduceRecipients, "reduce-recipients", "Send to fewer recipients per message (the rest in another transaction)."),
        (RecommendedAction.ReduceSize, "reduce-size", "Make the message smaller (attachments as links, compression)."),
        (RecommendedAction.Authenticate, "authenticate", "Authenticate with valid credentials (SMTP AUTH) before sending."),
        (RecommendedAction.EnableTls, "enable-tls", "Use TLS (STARTTLS or implicit TLS) with a valid certificate."),
        (RecommendedAction.FixDns, "fix-dns", "Fix DNS records (MX, A, domain resolution)."),
        (RecommendedAction.FixReverseDns, "fix-reverse-dns", "Give the sending IP address a PTR record that matches its host name."),
        (RecommendedAction.FixEmailAuthentication, "fix-email-authentication", "Fix SPF, DKIM and DMARC for the sending domain."),
        (RecommendedAction.RequestDelisting, "request-delisting", "Ask the blocklist or provider named in the reply to remove the listing."),
        (RecommendedAction.ImproveReputation, "improve-reputation", "Improve sending reputation (list hygiene, complaint rate, volume)."),
        (RecommendedAction.CorrectAddress, "correct-address", "Check and correct the address."),
        (RecommendedAction.RemoveAddress, "remove-address", "Remove the address from the list: it will not work."),
        (RecommendedAction.FixContent, "fix-content", "Change the content or format of the message."),
        (RecommendedAction.FixClient, "fix-client", "Fix the sending software (command syntax, protocol use)."),
        (RecommendedAction.FixConfiguration, "fix-configuration", "Fix the configuration of the mail system named by the reply."),
        (RecommendedAction.ContactPostmaster, "contact-postmaster", "Contact the postmaster of the receiving system."),
        (RecommendedAction.DoNotRetry, "do-not-retry", "Do not send the same message again unchanged."));

    public static readonly IReadOnlyList<VocabularyTerm> Classes = Terms(
        (ReplyClass.Unknown, "unknown", "Not a valid reply class."),
        (ReplyClass.Preliminary, "preliminary", "1yz: positive preliminary reply (not used by SMTP; seen from client libraries)."),
        (ReplyClass.Success, "success", "2yz: positive completion; the action succeeded."),
        (ReplyClass.Intermediate, "intermediate", "3yz: positive intermediate; the server waits for more input."),
        (ReplyClass.Transient, "transient", "4yz: transient negative completion; retry later."),
        (ReplyClass.Permanent, "permanent", "5yz: permanent negative completion; do not retry unchanged."));

    public static readonly IReadOnlyList<VocabularyTerm> ListTypes = Terms(
        (BlocklistType.Ip, "ip", "The list holds IP addresses of senders."),
        (BlocklistType.Domain, "domain", "The list holds domain names."),
        (BlocklistType.Url, "url", "The list holds domains or URLs found in message bodies."),
        (BlocklistType.Combined, "combined", "The list combines several lists of different kinds."));

    /// <summary>The second digit of a reply code: no catalog column, only a generated enum.</summary>
    public static readonly IReadOnlyList<VocabularyTerm> Categories = new VocabularyTerm[]
    {
        new("syntax", "Syntax", 0, "x0z: syntax errors, and syntactically correct commands that fit no functional category."),
        new("information", "Information", 1, "x1z: replies to requests for information, such as status or help."),
        new("connections", "Connections", 2, "x2z: replies about the transmission channel."),
        new("unspecified3", "Unspecified3", 3, "x3z: not specified by RFC 5321 (used by authentication and TLS extensions)."),
        new("unspecified4", "Unspecified4", 4, "x4z: not specified by RFC 5321."),
        new("mail-system", "MailSystem", 5, "x5z: the status of the receiver mail system for the requested transfer."),
        new("unknown", "Unknown", 9, "Not a valid SMTP reply code."),
    };

    /// <summary>The subject of an enhanced status code: no catalog column, only a generated enum.</summary>
    public static readonly IReadOnlyList<VocabularyTerm> Subjects = new VocabularyTerm[]
    {
        new("other", "Other", 0, "X.0.X: other or undefined status."),
        new("addressing", "Addressing", 1, "X.1.X: addressing status (originator or recipient address)."),
        new("mailbox", "Mailbox", 2, "X.2.X: mailbox status (the recipient's mailbox)."),
        new("mail-system", "MailSystem", 3, "X.3.X: mail system status (the destination host)."),
        new("network", "Network", 4, "X.4.X: network and routing status."),
        new("protocol", "Protocol", 5, "X.5.X: mail delivery protocol status."),
        new("content", "Content", 6, "X.6.X: message content or media status."),
        new("security", "Security", 7, "X.7.X: security or policy status."),
    };

    /// <summary>The generated enums, in the order they are emitted: name, documentation, members.</summary>
    public static readonly IReadOnlyList<(string TypeName, string Summary, IReadOnlyList<VocabularyTerm> Terms)> GeneratedEnums = new (string, string, IReadOnlyList<VocabularyTerm>)[]
    {
        (TypeNames[typeof(ReplyClass)], "The class of an SMTP reply: its first digit (RFC 5321, section 4.2.1).", Classes),
        ("SmtpReplyCategory", "The category of an SMTP reply: its second digit (RFC 5321, section 4.2.1).", Categories),
        ("SmtpStatusSubject", "The subject of an enhanced status code: its second number (RFC 3463).", Subjects),
        (TypeNames[typeof(BounceReason)], "Why a message bounced, in the names bounce classifiers share (Sisimai's), plus Greylisted.", Reasons),
        (TypeNames[typeof(BounceKind)], "Whether a failure is a hard bounce (stop sending to the address) or a soft one.", BounceKinds),
        (TypeNames[typeof(ResponsibleParty)], "Who must act to resolve a failure.", Parties),
        (TypeNames[typeof(RecommendedAction)], "What to do about a failure.", Actions),
        (TypeNames[typeof(BlocklistType)], "What a DNS blocklist holds.", ListTypes),
    };

    /// <summary>The generated enum of a typed value: <c>SmtpBounceReason</c> for <see cref="BounceReason"/>.</summary>
    public static string TypeName<T>()
        where T : struct, Enum
        => TypeNames[typeof(T)];

    /// <summary>A typed value as generated code names it: <c>SmtpBounceReason.UserUnknown</c>.</summary>
    public static string Member<T>(T value)
        where T : struct, Enum
        => TypeNames[typeof(T)] + "." + value;

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

    private static VocabularyTerm[] Terms<T>(params (T Value, string Summary)[] terms)
        where T : struct, Enum
        => Terms(terms.Select(term => (term.Value, term.Value.ToString(), term.Summary)).ToArray());

    private static VocabularyTerm[] Terms<T>(params (T Value, string CsvValue, string Summary)[] terms)
        where T : struct, Enum
        => terms.Select(term => new VocabularyTerm(term.CsvValue, term.Value.ToString(), Convert.ToInt32(term.Value, System.Globalization.CultureInfo.InvariantCulture), term.Summary)).ToArray();
}
