using System.Collections.Generic;
using System.Globalization;

namespace SmtpCodes.Tool.Diagnose;

/// <summary>Explains a whole reply line for a person: what it means, whose fault it is, what to do.</summary>
internal static class ReplyExplainer
{
    public static IReadOnlyList<(string Label, string Value)> Explain(SmtpDiagnosis diagnosis)
    {
        var lines = new List<(string Label, string Value)>
        {
            ("Codes", Names.Codes(diagnosis) + (diagnosis.ClassConflict ? "  (the basic and the enhanced code disagree on the class; the basic code decides)" : string.Empty)),
            ("Class", diagnosis.Class == SmtpReplyClass.Unknown ? "unknown (no basic code)" : Names.Class(diagnosis.Class) + ClassAdvice(diagnosis.Class)),
            ("Reason", Names.Reason(diagnosis.Reason) + HardBounce(diagnosis)),
            ("Who must act", Names.Party(diagnosis.Party)),
            ("Action", Names.Action(diagnosis.Action)),
        };
        if (diagnosis.Description.Length > 0)
        {
            lines.Add(("Meaning", diagnosis.Description));
        }

        if (diagnosis.Resolution.Length > 0)
        {
            lines.Add(("What to do", diagnosis.Resolution));
        }

        if (diagnosis.Blocklist is not null)
        {
            lines.Add(("Blocklist", diagnosis.Blocklist + " (" + diagnosis.BlocklistType?.ToString().ToLowerInvariant() + " list)"));
        }

        lines.Add(("Decided by", diagnosis.Basis switch
        {
            SmtpDiagnosisBasis.CatalogMessage => "the catalog message " + diagnosis.CatalogEntry + (diagnosis.Vendor is null ? string.Empty : " (" + diagnosis.Vendor + ")"),
            SmtpDiagnosisBasis.EnhancedCode => "the enhanced code " + diagnosis.EnhancedCode + ": " + diagnosis.Title,
            SmtpDiagnosisBasis.BasicCode => "the basic code " + ((int?)diagnosis.BasicCode)?.ToString(CultureInfo.InvariantCulture) + ": " + diagnosis.Title,
            _ => "nothing: no code and no known message in the text",
        }));
        return lines;
    }

    private static string ClassAdvice(SmtpReplyClass replyClass) => replyClass switch
    {
        SmtpReplyClass.Transient => " (temporary: the same message may be accepted later)",
        SmtpReplyClass.Permanent => " (do not send the same message again unchanged)",
        _ => string.Empty,
    };

    private static string HardBounce(SmtpDiagnosis diagnosis) => diagnosis.IsHardBounce switch
    {
        true => " (hard bounce: the address does not work)",
        false when diagnosis.Class is SmtpReplyClass.Transient or SmtpReplyClass.Permanent => " (soft bounce: keep the address)",
        _ => string.Empty,
    };
}
