using System.Globalization;
using System.Text;
using SmtpCodes;

namespace SmtpCodes.Triage;

/// <summary>The words the triage tool prints, in the catalog's vocabulary: "userunknown", "sender-admin", "retry-later".</summary>
internal static class Names
{
    public static string Codes(SmtpDiagnosis diagnosis)
    {
        var basic = BasicCode(diagnosis);
        var enhanced = diagnosis.EnhancedCode?.ToString();
        return basic is null && enhanced is null ? "(none)" : (basic?.ToString(CultureInfo.InvariantCulture) + " " + enhanced).Trim();
    }

    public static int? BasicCode(SmtpDiagnosis diagnosis) => diagnosis.BasicCode is { } code ? (int)code : null;

    public static string? Class(SmtpDiagnosis diagnosis) => diagnosis.Class switch
    {
        SmtpReplyClass.Success => "success",
        SmtpReplyClass.Transient => "transient",
        SmtpReplyClass.Permanent => "permanent",
        _ => null,
    };

    public static string Reason(SmtpDiagnosis diagnosis) => diagnosis.Reason.ToString().ToLowerInvariant();

    public static string Party(SmtpDiagnosis diagnosis) => Kebab(diagnosis.Party.ToString());

    public static string Action(SmtpDiagnosis diagnosis) => Kebab(diagnosis.Action.ToString());

    // SenderAdministrator -> sender-admin, RetryLater -> retry-later: the spelling of the catalog's columns.
    private static string Kebab(string pascal)
    {
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
