using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using SmtpCodes;

namespace SmtpCodes.Triage;

/// <summary>One JSON object per reply (JSON Lines), for scripts: the fields the issue names, and a few more.</summary>
internal sealed class ReplyJson(Stream output)
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Write(string reply)
    {
        var diagnosis = SmtpReply.Diagnose(reply);
        SmtpReply.TryParse(reply, out var parsed);
        using (var writer = new Utf8JsonWriter(output, Options))
        {
            writer.WriteStartObject();
            if (Names.BasicCode(diagnosis) is { } basic)
            {
                writer.WriteNumber("basic_code", basic);
            }
            else
            {
                writer.WriteNull("basic_code");
            }

            writer.WriteString("enhanced_code", diagnosis.EnhancedCode?.ToString());
            writer.WriteString("class", Names.Class(diagnosis));
            writer.WriteBoolean("class_conflict", diagnosis.ClassConflict);
            writer.WriteString("reason", Names.Reason(diagnosis));
            if (diagnosis.IsHardBounce is { } hard)
            {
                writer.WriteBoolean("hard_bounce", hard);
            }
            else
            {
                writer.WriteNull("hard_bounce");
            }

            writer.WriteString("party", Names.Party(diagnosis));
            writer.WriteString("action", Names.Action(diagnosis));
            writer.WriteString("vendor", diagnosis.Vendor);
            writer.WriteString("catalog_entry", diagnosis.CatalogEntry);
            writer.WriteString("blocklist", diagnosis.Blocklist);
            writer.WriteString("blocklist_type", diagnosis.BlocklistType?.ToString().ToLowerInvariant());
            writer.WriteString("description", diagnosis.Description);
            writer.WriteString("resolution", diagnosis.Resolution);
            writer.WriteString("text", parsed.Text);
            writer.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }
}
