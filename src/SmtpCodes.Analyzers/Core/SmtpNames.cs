using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SmtpCodes.Analyzers.Core;

/// <summary>
/// The naming heuristic: which members and parameters of which types hold SMTP codes by their names alone. A type is
/// in an SMTP context when its name says SMTP (<c>SmtpReply</c>, <c>SMTP_t_ReplyLine</c>) or a namespace around it does
/// (<c>MyApp.Smtp.CommandResponse</c>), and nothing says it belongs to HTTP, FTP or a web front end: an SMTP project's web
/// API returns <c>StatusCode(500)</c> too.
/// </summary>
internal static class SmtpNames
{
    // Compared without case and without a field prefix (m_, _, s_), so Code, code, m_StatusCode and replyCode all count.
    private static readonly ImmutableHashSet<string> ReplyCodeMemberNames = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "Code", "ReplyCode", "StatusCode", "ResponseCode", "SmtpCode", "SmtpReplyCode", "SmtpStatusCode", "BasicCode", "BasicStatusCode", "ExpectedCode", "ExpectedReplyCode");

    private static readonly ImmutableHashSet<string> EnhancedCodeMemberNames = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "EnhancedCode", "EnhancedStatusCode", "EnhancedStatus", "ExtendedStatusCode", "DsnCode", "DsnStatus");

    /// <summary>Words that put a type or namespace on the web side, whatever else its name says.</summary>
    private static readonly string[] NotSmtpWords = { "http", "ftp", "controller", "mvc", "webapi" };

    /// <summary>A type name that says SMTP (<c>SmtpReply</c>, <c>SMTP_ReplyLine</c>) and neither HTTP nor FTP.</summary>
    public static bool SaysSmtp(string name) => Contains(name, "smtp") && !NotSmtpWords.Any(word => Contains(name, word));

    /// <summary>A type whose name or enclosing namespace says SMTP, and that is no HTTP, FTP or web type.</summary>
    public static bool IsSmtpContext(INamedTypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        if (SaysSmtp(type.Name) || (type.ContainingType is { } outer && IsSmtpContext(outer)))
        {
            return true;
        }

        if (NotSmtpWords.Any(word => Contains(type.Name, word)) || DerivesFromController(type))
        {
            return false;
        }

        bool saysSmtp = false;
        for (INamespaceSymbol? ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            if (NotSmtpWords.Any(word => Contains(ns.Name, word)) || ns.Name.Equals("Web", StringComparison.OrdinalIgnoreCase) || ns.Name.Equals("Api", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            saysSmtp |= Contains(ns.Name, "smtp");
        }

        return saysSmtp;
    }

    /// <summary>Every member name of the heuristic, reply and enhanced codes alike, as written in the list.</summary>
    public static IEnumerable<string> AllCodeMemberNames => ReplyCodeMemberNames.Concat(EnhancedCodeMemberNames);

    public static bool IsReplyCodeMemberName(string memberName) => ReplyCodeMemberNames.Contains(WithoutPrefix(memberName));

    public static bool IsEnhancedCodeMemberName(string memberName) => EnhancedCodeMemberNames.Contains(WithoutPrefix(memberName));

    /// <summary>A field or parameter name without its prefix: <c>m_StatusCode</c> is <c>StatusCode</c>, <c>_code</c> is <c>code</c>.</summary>
    private static string WithoutPrefix(string name)
    {
        if (name.StartsWith("m_", StringComparison.Ordinal) || name.StartsWith("s_", StringComparison.Ordinal))
        {
            return name.Substring(2);
        }

        return name.TrimStart('_');
    }

    private static bool DerivesFromController(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.Name.EndsWith("Controller", StringComparison.Ordinal) || current.Name.EndsWith("ControllerBase", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(string text, string part) => text.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0;
}
