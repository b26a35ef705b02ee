using System;
using System.IO;
using System.Text.Json;

namespace SmtpCodes.Bounces.Comparison;

/// <summary>
/// JSON Lines: one object per (file, recipient the reader reports), whatever its action, and one with null fields
/// for a file without any, so that the scorer sees every message.
/// </summary>
public static class ReadMessages
{
    public static int Main(string[] files)
    {
        using var output = Console.OpenStandardOutput();
        using var writer = new Utf8JsonWriter(output);
        foreach (var file in files)
        {
            var bounce = SmtpBounce.Read(File.ReadAllBytes(file));
            if (bounce.Recipients.Count == 0)
            {
                WriteLine(output, writer, file, null);
            }

            foreach (var recipient in bounce.Recipients)
            {
                WriteLine(output, writer, file, recipient);
            }
        }

        return 0;
    }

    private static void WriteLine(Stream output, Utf8JsonWriter writer, string file, SmtpBounceRecipient? recipient)
    {
        writer.WriteStartObject();
        writer.WriteString("file", file);
        writer.WriteString("final_recipient", recipient?.FinalRecipient);
        writer.WriteString("original_recipient", recipient?.OriginalRecipient);
        writer.WriteString("action", recipient?.Action.ToString().ToLowerInvariant());
        writer.WriteString("reason", recipient?.Diagnosis.Reason.ToString().ToLowerInvariant());
        writer.WriteBoolean("hard_bounce", recipient?.IsHardBounce == true);
        writer.WriteEndObject();
        writer.Flush();
        writer.Reset();
        output.WriteByte((byte)'\n');
    }
}
