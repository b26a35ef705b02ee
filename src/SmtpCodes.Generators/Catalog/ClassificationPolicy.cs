using System.Collections.Generic;
using System.Linq;

namespace SmtpCodes.Generators.Catalog;

/// <summary>
/// The one place for the rules that turn what a reply says (its class, its reason) into what a user acts on: hard
/// or soft bounce, the class of a reply that carries no code, what a class means by itself, and the two exceptions
/// to "the class is the first digit". Emitters ask this type and write its answers into the generated tables, so
/// the generated engine applies them without restating them.
/// <para>
/// The catalog's <c>bounce</c> column is the source of each row's answer (the bounce a permanent reply decided by
/// that row gets; a transient reply is always soft); the built-in catalog's values follow
/// <see cref="DefaultBounce"/>, which <c>CatalogContentTests</c> checks, and a project row may say otherwise for its
/// own message.
/// </para>
/// </summary>
internal static class ClassificationPolicy
{
    /// <summary>
    /// The reasons that say the address itself does not work. Only these, in a permanent reply, are a hard bounce
    /// (stop sending to the address): removing a valid subscriber is the costliest mistake a bounce handler makes,
    /// so a block, a policy, a full mailbox or a broad code alone (a bare 550) is soft. See catalog/README.md,
    /// "Hard and soft bounces", for the evidence behind the bare-550 default. A bounce's recipient adds one rule the
    /// engine applies with the report in hand (SmtpReplyRules.IsHardBounce): a temporary reply that said the address
    /// or its domain does not exist or has moved, given up under a permanent report Status, is hard.
    /// </summary>
    public static readonly IReadOnlyList<BounceReason> HardBounceReasons = new[] { BounceReason.UserUnknown, BounceReason.HostUnknown, BounceReason.HasMoved, BounceReason.NotAccept };

    /// <summary>
    /// The reasons whose condition may pass while the message waits in the queue (RFC 3463's persistent transient
    /// failures: a full mailbox or system, a network or system error, a rate limit, greylisting, a hold). A reply
    /// without any code that one of them explains is transient; every other failure reason implies a permanent
    /// failure (an expired message is a permanent failure of that message).
    /// </summary>
    public static readonly IReadOnlyList<BounceReason> TransientReasons = new[]
    {
        BounceReason.MailboxFull, BounceReason.SystemFull, BounceReason.SystemError, BounceReason.NetworkError, BounceReason.RateLimited, BounceReason.Greylisted, BounceReason.OnHold,
    };

    /// <summary>The class a reply without any code takes from its reason (none given: unknown).</summary>
    public static ReplyClass ImpliedClass(BounceReason? reason) => reason switch
    {
        BounceReason.Delivered => ReplyClass.Success,
        null or BounceReason.Undefined => ReplyClass.Unknown,
        { } failure => TransientReasons.Contains(failure) ? ReplyClass.Transient : ReplyClass.Permanent,
    };

    /// <summary>The bounce kind of a reply of this class digit and reason when no row says otherwise.</summary>
    public static BounceKind DefaultBounce(int classDigit, BounceReason? reason) => classDigit switch
    {
        5 when reason == BounceReason.Delivered => BounceKind.None,
        5 => reason is { } known && HardBounceReasons.Contains(known) ? BounceKind.Hard : BounceKind.Soft,
        4 => BounceKind.Soft,
        _ => BounceKind.None,
    };

    /// <summary>
    /// The rule for a refusal whose words name no cause (no catalog row names one, so its reason would be only its codes'
    /// meaning), by the stage of the SMTP session it ended. RFC 5321 (sections 3.1, 3.3, 4.1.1.1 and 4.2.1): a refusal
    /// of the greeting or of EHLO/HELO, and a 421 (the server closes the channel, whatever command it answered), refuse
    /// the rest of the session from the connecting host before or without any address; a refusal of RCPT TO or of the
    /// message's data refuses this transaction, which the client may try again.
    /// <list type="bullet">
    /// <item><see cref="RefusalStage.Session"/>: the receiving server refused the connecting host (Blocked, as Sisimai's
    /// Exim decoder reads every reply to HELO or EHLO, and as Sisimai names a temporary X.7.1). No list to be delisted
    /// from and no configuration is named, so the sending system's administrator takes it up with the receiving site's
    /// postmaster. Blocked is soft (<see cref="DefaultBounce"/>): the address may work from another host. The engine
    /// reads it for a permanent refusal (or a temporary one under X.7.1) the bounce says answered the greeting or EHLO/HELO,
    /// and for a 421 under X.7.1.</item>
    /// <item><see cref="RefusalStage.Transaction"/>: a temporary refusal of the transaction under RFC 3463's policy code
    /// X.7.1 ("delivery not authorized, message refused", which RFC 3463 calls useful only as a permanent error) is a
    /// policy check that asks the client to come back: greylisting, "temporarily degraded service to unknown email
    /// clients" answered with a temporary failure that a legitimate client retries (RFC 6647). Greylisters send exactly
    /// that without naming themselves: ASSP's default reply to delayed mail is "451 4.7.1 Please try again later", and
    /// Postfix's access(5) DEFER, which Postgrey's DEFER_IF_PERMIT uses, is 450 4.7.1. Nobody need act: the queue
    /// retries. The engine reads the same for a 450 or 451 in a delay warning, with no enhanced code or X.0.0, that
    /// answered RCPT TO (where the greylister's triplet of client, sender and recipient is complete) and whose words only
    /// ask for a retry (RetryRequestedAtRecipient; session 46, measured against the same rule at any stage). A permanent
    /// refusal of the transaction keeps its codes' meaning (a bare 550 says nothing, 5.7.1 is the site's policy), but for a
    /// bare 554 after the end of data (<see cref="RefusalStage.MessageData"/>) and a bare 550 or 553 at RCPT TO
    /// (<see cref="RefusalStage.Recipient"/>); one the bounce says answered MAIL FROM is about the sender (X.1.7).</item>
    /// <item><see cref="RefusalStage.MessageData"/>: a bare 554 (RFC 5321's "Transaction failed", no cause in its words
    /// or its enhanced code) that the bounce says answered the end of the message's data. The server had taken the
    /// sender and the recipient and refused the transaction when the message came, so what it refused is the message:
    /// ContentError, which the sender fixes, never hard (measured in session 44 against SystemError and Undefined). The
    /// access-table refusal "Access denied" keeps the refused host there (the engine's BareRefusalAfterData).</item>
    /// <item><see cref="RefusalStage.Recipient"/>: a bare 550 or 553 (no cause in its words or its enhanced code) that
    /// the bounce says answered RCPT TO, whose only argument is the recipient's mailbox (RFC 5321 4.1.1.3): RFC 5321
    /// answers a recipient "known not to be a deliverable address" with 550 (3.3), and 553 is "mailbox name not
    /// allowed" (4.2.2). UserUnknown, which the sender checks and corrects, soft (<see cref="RecipientRefusalBounce"/>: 550
    /// also covers "no access" and policy, so the address is not removed without words or X.1.1 that confirm it; measured
    /// in session 45 against the hard form, Rejected, Filtered and Blocked), but hard where its own words call the address
    /// unknown, invalid or bad ("550 Invalid username", "550 Unknown local address"), as the catalog reads its unknown-user
    /// words (session 46 round one, tuner now46d). Words that name another cause keep the code's
    /// reading: a failure in processing ("error", "failure"), a block ("blocked") or the sender ("sender"), which Postfix
    /// also answers at RCPT TO (the engine's BareRefusalOfRecipient).</item>
    /// <item><see cref="RefusalStage.RecipientDomain"/>: the same bare 550 or 553 to RCPT TO whose words name the
    /// recipient's domain (the whole word "domain", not a piece of an address or a host name) and neither a mailbox nor a
    /// user: the server refuses the domain, not the mailbox, so it does not take mail for that domain and will not pass it
    /// on (RFC 5321 3.6.2 and 7.1, RFC 2505 2: a server refuses to relay for domains it does not serve). Postfix answers
    /// the two apart at RCPT TO (ADDRESS_CLASS_README: a domain outside its address classes, reject_unauth_destination,
    /// "Relay access denied"; an unknown user of a domain it serves, "User unknown in ... table"), and the relay
    /// refusals of the catalog's writers name the domain so (qmail's "that domain isn't in my list of allowed rcpthosts",
    /// go-sisimai's NoRelaying index "we don't handle mail for" and "specified domain is not allowed", modfin/smtpx's
    /// "Recipient domain not allowed", GoAlert's "Recipient domain not handled here", Robin's "Domain not served here").
    /// NoRelaying, which the sending system's administrator checks (the MX records, or the relay to send through), soft
    /// as every NoRelaying reading (session 46 round one, tuner now46c). The engine reads the same words so under X.1.1 at
    /// RCPT TO too, where the code's default would read the mailbox (session 47 round one, tuner now47e; Sisimai tries its
    /// relay words before X.1.1's unknown user).</item>
    /// </list>
    /// </summary>
    public static (BounceReason Reason, ResponsibleParty Party, RecommendedAction Action) RefusalWithoutCause(RefusalStage stage) => stage switch
    {
        RefusalStage.Session => (BounceReason.Blocked, ResponsibleParty.SenderAdministrator, RecommendedAction.ContactPostmaster),
        RefusalStage.MessageData => (BounceReason.ContentError, ResponsibleParty.Sender, RecommendedAction.FixContent),
        RefusalStage.Recipient => (BounceReason.UserUnknown, ResponsibleParty.Sender, RecommendedAction.CorrectAddress),
        RefusalStage.RecipientDomain => (BounceReason.NoRelaying, ResponsibleParty.SenderAdministrator, RecommendedAction.FixConfiguration),
        _ => (BounceReason.Greylisted, ResponsibleParty.Nobody, RecommendedAction.RetryLater),
    };

    /// <summary>
    /// The bounce kind of a bare 550 or 553 to RCPT TO (<see cref="RefusalStage.Recipient"/>): soft, for the code alone
    /// does not confirm the address is gone; hard (its reason's <see cref="DefaultBounce"/>, UserUnknown) where the
    /// refusal's own words call the address unknown, invalid or bad.
    /// </summary>
    public static BounceKind RecipientRefusalBounce(bool wordsCallAddressUnknown) =>
        wordsCallAddressUnknown ? DefaultBounce(5, RefusalWithoutCause(RefusalStage.Recipient).Reason) : BounceKind.Soft;

    /// <summary>
    /// What a reply known only by its class means (RFC 5321, section 4.2.1: clients fall back on the first digit of
    /// a code they do not know). A failure class says nothing about the address, so it is never a hard bounce.
    /// </summary>
    public static (BounceReason Reason, ResponsibleParty Party, RecommendedAction Action) ClassDefaults(int classDigit) => classDigit switch
    {
        2 => (BounceReason.Delivered, ResponsibleParty.Nobody, RecommendedAction.None),
        4 => (BounceReason.Undefined, ResponsibleParty.Nobody, RecommendedAction.RetryLater),
        5 => (BounceReason.Undefined, ResponsibleParty.Sender, RecommendedAction.DoNotRetry),
        _ => (BounceReason.Undefined, ResponsibleParty.Nobody, RecommendedAction.None),
    };
}
