namespace SmtpCodes.Generators.Catalog;

// The values of the catalog's vocabulary columns as the generator reasons about them. Each enum lists, in order and
// with the same names, the members of the generated enum of the same meaning (SmtpReplyClass, SmtpBounceReason, ...);
// how the CSV spells them, their documentation and the generated type names are in Vocabulary.

/// <summary>The class of a reply: its first digit (<c>class</c> column; generated as <c>SmtpReplyClass</c>).</summary>
internal enum ReplyClass
{
    Unknown,
    Preliminary,
    Success,
    Intermediate,
    Transient,
    Permanent,
}

/// <summary>Why a message bounced (<c>reason</c> column; generated as <c>SmtpBounceReason</c>).</summary>
internal enum BounceReason
{
    Undefined,
    Delivered,
    UserUnknown,
    HostUnknown,
    HasMoved,
    NotAccept,
    Suspend,
    MailboxFull,
    EmailTooLarge,
    RateLimited,
    Blocked,
    BadReputation,
    RequirePtr,
    SpamDetected,
    VirusDetected,
    PolicyViolation,
    AuthFailure,
    SecurityError,
    FailedStartTls,
    NoRelaying,
    Filtered,
    Rejected,
    ContentError,
    NotCompliantRfc,
    SyntaxError,
    SystemError,
    SystemFull,
    MailerError,
    NetworkError,
    Expired,
    OnHold,
    Greylisted,
}

/// <summary>Hard or soft bounce (<c>bounce</c> column; generated as <c>SmtpBounceKind</c>).</summary>
internal enum BounceKind
{
    None,
    Soft,
    Hard,
}

/// <summary>Who must act (<c>party</c> column; generated as <c>SmtpResponsibleParty</c>).</summary>
internal enum ResponsibleParty
{
    Nobody,
    Sender,
    SenderAdministrator,
    Recipient,
    RecipientAdministrator,
}

/// <summary>What to do (<c>action</c> column; generated as <c>SmtpRecommendedAction</c>).</summary>
internal enum RecommendedAction
{
    None,
    RetryLater,
    SlowDown,
    ReduceRecipients,
    ReduceSize,
    Authenticate,
    EnableTls,
    FixDns,
    FixReverseDns,
    FixEmailAuthentication,
    RequestDelisting,
    ImproveReputation,
    CorrectAddress,
    RemoveAddress,
    FixContent,
    FixClient,
    FixConfiguration,
    ContactPostmaster,
    DoNotRetry,
}

/// <summary>What a blocklist holds (<c>list_type</c> column; generated as <c>SmtpBlocklistType</c>).</summary>
internal enum BlocklistType
{
    Ip,
    Domain,
    Url,
    Combined,
}
