using System.Text.Json;

namespace SmtpCodes.Tool.Mail;

/// <summary>
/// One JSON object per (message, failed or delayed recipient), and one with <c>recipient: null</c> for a message
/// that has none; every object has the same fields, in the same order.
/// </summary>
internal static class BounceJson
{
    public static void Write(Utf8JsonWriter writer, string file, SmtpBounce bounce, SmtpBounceRecipient? recipient)
    {
        writer.WriteString("file", file);
        var diagnosis = recipient?.Diagnosis;
        writer.WriteString("recipient", recipient is null ? null : recipient.FinalRecipient ?? recipient.OriginalRecipient);
        writer.WriteString("action", recipient is null ? null : Names.Delivery(recipient.Action));
        writer.WriteString("enhanced_code", recipient?.Status?.ToString());
        if (diagnosis is { } basic && Names.BasicCode(basic) is { } code)
        {
            writer.WriteNumber("basic_code", code);
        }
        else
        {
            writer.WriteNull("basic_code");
        }

        writer.WriteString("class", diagnosis is { } forClass ? Names.Class(forClass.Class) : null);
        writer.WriteString("reason", diagnosis is { } forReason ? Names.Reason(forReason.Reason) : null);
        if (recipient is null)
        {
            writer.WriteNull("hard_bounce");
        }
        else
        {
            writer.WriteBoolean("hard_bounce", recipient.IsHardBounce);
        }

        writer.WriteString("party", diagnosis is { } forParty ? Names.Party(forParty.Party) : null);
        writer.WriteString("recommended_action", diagnosis is { } forAction ? Names.Action(forAction.Action) : null);
        writer.WriteString("vendor", diagnosis?.Vendor);
        writer.WriteString("kind", Names.Kind(bounce.Kind));
    }
}
