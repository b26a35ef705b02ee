using System.Collections.Generic;
using System.Linq;

namespace SmtpCodes.Generators.Catalog;

/// <summary>
/// The one place for the rules that turn what a reply says (its class, its reason) into what a user acts on: hard
/// or soft bounce, the class of a reply that carries no code, what a class means by itself, and the two exceptions
/// to "the class is the first digit". Emitters ask this type and write its answers into the generated tables, so
/// the generated engine applies them without restating them. Values are vocabulary member names.
/// <para>
/// The catalog's <c>bounce</c> column is the source of each row's answer (the bounce a permanent reply decided by
/// that row gets; a transient reply is always soft); the built-in catalog's values follow
/// <see cref="BounceKind"/>, which <c>CatalogContentTests</c> checks, and a project row may say otherwise for its
/// own message.
/// </para>
/// </summary>
internal static class ClassificationPolicy
{
    /// <summary>
    /// The reasons that say the address itself does not work. Only these, in a permanent reply, are a hard bounce
    /// (stop sending to the address): removing a valid subscriber is the costliest mistake a bounce handler makes,
    /// so a block, a policy, a full mailbox or a broad code alone (a bare 550) is soft. See catalog/README.md,
    /// "Hard and soft bounces", for the evidence behind the bare-550 default.
    /// </summary>
    public static readonly IReadOnlyList<string> HardBounceReasons = new[] { "UserUnknown", "HostUnknown", "HasMoved", "NotAccept" };

    /// <summary>
    /// The reasons whose condition may pass while the message waits in the queue (RFC 3463's persistent transient
    /// failures: a full mailbox or system, a network or system error, a rate limit, greylisting, a hold). A reply
    /// without any code that one of them explains is transient; every other failure reason implies a permanent
    /// failure (an expired message is a permanent failure of that message).
    /// </summary>
    public static readonly IReadOnlyList<string> TransientReasons = new[] { "MailboxFull", "SystemFull", "SystemError", "NetworkError", "RateLimited", "Greylisted", "OnHold" };

    /// <summary>The class (a <see cref="Vocabulary.Classes"/> member) a reply without any code takes from its reason.</summary>
    public static string ImpliedClass(string reason) => reason switch
    {
        "Delivered" => "Success",
        "Undefined" or "" => "Unknown",
        _ => TransientReasons.Contains(reason) ? "Transient" : "Permanent",
    };

    /// <summary>The bounce kind (a <see cref="Vocabulary.BounceKinds"/> member) of a reply of this class digit and reason when no row says otherwise.</summary>
    public static string BounceKind(int classDigit, string reason) => classDigit switch
    {
        5 when reason == "Delivered" => "None",
        5 => HardBounceReasons.Contains(reason) ? "Hard" : "Soft",
        4 => "Soft",
        _ => "None",
    };

    /// <summary>
    /// What a reply known only by its class means (RFC 5321, section 4.2.1: clients fall back on the first digit of
    /// a code they do not know). A failure class says nothing about the address, so it is never a hard bounce.
    /// </summary>
    public static (string Reason, string Party, string Action) ClassDefaults(int classDigit) => classDigit switch
    {
        2 => ("Delivered", "Nobody", "None"),
        4 => ("Undefined", "Nobody", "RetryLater"),
        5 => ("Undefined", "Sender", "DoNotRetry"),
        _ => ("Undefined", "Nobody", "None"),
    };

    /// <summary>
    /// A transient reply never tells the sender to give up on the address: the condition may pass. Actions that do
    /// (a catalog message written for the permanent form) become <c>RetryLater</c> in a transient reply.
    /// </summary>
    public static readonly IReadOnlyList<string> ActionsATransientReplyReplaces = new[] { "DoNotRetry", "RemoveAddress" };

    /// <summary>
    /// RFC 5321, section 4.5.3.1.10: "too many recipients" sent as 552 is an RFC 821 mistake for 452, so such a 552 is
    /// transient. A reply is one when the deciding row's action is this one, or its enhanced code is X.5.3.
    /// </summary>
    public const string TooManyRecipientsAction = "ReduceRecipients";
}
