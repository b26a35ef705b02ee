using System.Text.Json;

namespace SmtpCodes.Tool.Explain;

/// <summary>One JSON object per explained code: every field of <see cref="CodeExplanation"/>, null where it has no value.</summary>
internal static class CodeJson
{
    public static void Write(Utf8JsonWriter writer, CodeExplanation explanation)
    {
        writer.WriteString("code", explanation.Code);
        writer.WriteString("kind", explanation.Kind);
        writer.WriteBoolean("known", explanation.Known);
        writer.WriteString("name", explanation.Name);
        writer.WriteString("title", explanation.Title);
        writer.WriteString("class", explanation.Class);
        writer.WriteString("category", explanation.Kind == "reply" ? explanation.Group : null);
        writer.WriteString("subject", explanation.Kind == "enhanced" ? explanation.Group : null);
        writer.WriteString("description", explanation.Description);
        writer.WriteString("reason", explanation.Reason);
        writer.WriteString("bounce", explanation.Bounce);
        writer.WriteString("party", explanation.Party);
        writer.WriteString("action", explanation.Action);
        writer.WriteString("resolution", explanation.Resolution);
    }
}
