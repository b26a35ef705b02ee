using System.Text.Json;

namespace SmtpCodes.Tool.Diagnose;

/// <summary>
/// One JSON object per input line, for scripts. A blank line gives an object whose fields are all null, so line N of
/// the output is always about line N of the input.
/// </summary>
internal static class ReplyJson
{
    private static readonly string[] Fields =
    [
        "basic_code", "enhanced_code", "class", "class_conflict", "reason", "hard_bounce", "party", "action",
        "vendor", "catalog_entry", "blocklist", "blocklist_type", "description", "resolution", "text",
    ];

    public static void Write(Utf8JsonWriter writer, string? reply)
    {
        if (reply is null)
        {
            foreach (var field in Fields)
            {
                writer.WriteNull(field);
            }

            return;
        }

        var diagnosis = SmtpReply.Diagnose(reply);
        SmtpReply.TryParse(reply, out var parsed);
        if (Names.BasicCode(diagnosis) is { } basic)
        {
            writer.WriteNumber("basic_code", basic);
        }
        else
        {
            writer.WriteNull("basic_code");
        }

        writer.WriteString("enhanced_code", diagnosis.EnhancedCode?.ToString());
        writer.WriteString("class", Names.Class(diagnosis.Class));
        writer.WriteBoolean("class_conflict", diagnosis.ClassConflict);
        writer.WriteString("reason", Names.Reason(diagnosis.Reason));
        if (diagnosis.IsHardBounce is { } hard)
        {
            writer.WriteBoolean("hard_bounce", hard);
        }
        else
        {
            writer.WriteNull("hard_bounce");
        }

        writer.WriteString("party", Names.Party(diagnosis.Party));
        writer.WriteString("action", Names.Action(diagnosis.Action));
        writer.WriteString("vendor", diagnosis.Vendor);
        writer.WriteString("catalog_entry", diagnosis.CatalogEntry);
        writer.WriteString("blocklist", diagnosis.Blocklist);
        writer.WriteString("blocklist_type", diagnosis.BlocklistType?.ToString().ToLowerInvariant());
        writer.WriteString("description", Names.NullIfBlank(diagnosis.Description));
        writer.WriteString("resolution", Names.NullIfBlank(diagnosis.Resolution));
        writer.WriteString("text", parsed.Text);
    }
}
