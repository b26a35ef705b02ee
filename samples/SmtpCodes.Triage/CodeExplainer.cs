using System.Collections.Generic;
using SmtpCodes;

namespace SmtpCodes.Triage;

/// <summary>Explains a basic reply code ("550") or an enhanced status code ("5.1.1") for a person, from the generated API.</summary>
internal static class CodeExplainer
{
    public static bool TryExplain(string input, out IReadOnlyList<(string Label, string Value)> lines)
    {
        var text = input.Trim();
        if (text.Length == 3 && int.TryParse(text, out var number) && number >= 100 && number <= 599)
        {
            lines = Explain((SmtpReplyCode)number);
            return true;
        }

        if (SmtpEnhancedStatusCode.TryParse(text, out var enhanced))
        {
            lines = Explain(enhanced);
            return true;
        }

        lines = [];
        return false;
    }

    private static IReadOnlyList<(string Label, string Value)> Explain(SmtpReplyCode code) =>
    [
        ("Code", ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture) + (code.IsDefined() ? " (" + code.ToStringFast() + ")" : " (not in the catalog: explained by its class)")),
        ("Title", code.GetTitle()),
        ("Class", code.GetClass() + " / " + code.GetCategory()),
        ("Description", code.GetDescription()),
        ("Reason", code.GetDefaultReason() + (code.GetDefaultBounce() == SmtpBounceKind.Hard ? " (hard bounce)" : code.GetDefaultBounce() == SmtpBounceKind.Soft ? " (soft bounce)" : string.Empty)),
        ("Who must act", code.GetDefaultParty().ToString()),
        ("Action", code.GetDefaultAction().ToString()),
        ("Resolution", code.GetResolution()),
    ];

    private static IReadOnlyList<(string Label, string Value)> Explain(SmtpEnhancedStatusCode code) =>
    [
        ("Code", code + (code.IsKnown ? " (IANA registry)" : " (not in the registry: explained by its subject and class)")),
        ("Title", code.GetTitle()),
        ("Class", code.Class + " / " + code.SubjectKind),
        ("Description", code.GetDescription()),
        ("Reason", code.GetDefaultReason() + (code.GetDefaultBounce() == SmtpBounceKind.Hard ? " (hard bounce)" : code.GetDefaultBounce() == SmtpBounceKind.Soft ? " (soft bounce)" : string.Empty)),
        ("Who must act", code.GetDefaultParty().ToString()),
        ("Action", code.GetDefaultAction().ToString()),
        ("Resolution", code.GetResolution()),
    ];
}
