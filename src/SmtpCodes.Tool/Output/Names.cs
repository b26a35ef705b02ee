using System.Globalization;
using System.Text;

namespace SmtpCodes.Tool;

/// <summary>The words the tool prints, in the catalog's vocabulary: "userunknown", "sender-admin", "retry-later".</summary>
internal static class Names
{
    public static string Codes(SmtpDiagnosis diagnosis)
    {
        var basic = BasicCode(diagnosis);
        var enhanced = diagnosis.EnhancedCode?.ToString();
        return basic is null && enhanced is null ? "(none)" : (basic?.ToString(CultureInfo.InvariantCulture) + " " + enhanced).Trim();
    }

    public static int? BasicCode(SmtpDiagnosis diagnosis) => diagnosis.BasicCode is { } code ? (int)code : null;

    public static string? Class(SmtpReplyClass replyClass) => replyClass == SmtpReplyClass.Unknown ? null : replyClass.ToString().ToLowerInvariant();

    public static string Reason(SmtpBounceReason reason) => reason.ToString().ToLowerInvariant();

    public static string Party(SmtpResponsibleParty party) => Kebab(party.ToString());

    public static string Action(SmtpRecommendedAction action) => Kebab(action.ToString());

    /// <summary>"hard" or "soft"; null where a bounce does not apply (success, intermediate replies).</summary>
    public static string? Bounce(SmtpBounceKind kind) => kind == SmtpBounceKind.None ? null : kind.ToString().ToLowerInvariant();

    /// <summary>A catalog text, or null where it is empty (a field without a value is never printed empty).</summary>
    public static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    public static string Kebab(string pascal)
    {
        // SenderAdministrator -> sender-admin, RetryLater -> retry-later: the spelling of the catalog's columns.
        var builder = new StringBuilder(pascal.Length + 4);
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && builder.Length > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString().Replace("administrator", "admin", System.StringComparison.Ordinal);
    }
}
