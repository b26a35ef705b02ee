using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace SmtpCodes.Analyzers.Core;

/// <summary>The naming heuristic: which members of which types hold SMTP codes by their names alone.</summary>
internal static class SmtpNames
{
    private static readonly ImmutableHashSet<string> ReplyCodeMemberNames = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "Code", "ReplyCode", "StatusCode", "ResponseCode", "SmtpCode", "SmtpReplyCode", "SmtpStatusCode", "BasicCode", "BasicStatusCode");

    private static readonly ImmutableHashSet<string> EnhancedCodeMemberNames = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "EnhancedCode", "EnhancedStatusCode", "EnhancedStatus", "ExtendedStatusCode", "DsnCode", "DsnStatus");

    /// <summary>Every member name of the heuristic, reply and enhanced codes alike.</summary>
    public static IEnumerable<string> AllCodeMemberNames => ReplyCodeMemberNames.Concat(EnhancedCodeMemberNames);

    /// <summary>A type name that says SMTP (<c>SmtpReply</c>, <c>SMTP_ReplyLine</c>) and neither HTTP nor FTP.</summary>
    public static bool SaysSmtp(string typeName)
        => Contains(typeName, "smtp") && !Contains(typeName, "http") && !Contains(typeName, "ftp");

    public static bool IsReplyCodeMemberName(string memberName) => ReplyCodeMemberNames.Contains(memberName);

    public static bool IsEnhancedCodeMemberName(string memberName) => EnhancedCodeMemberNames.Contains(memberName);

    private static bool Contains(string text, string part) => text.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0;
}
