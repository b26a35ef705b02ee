using System.Collections.Generic;
using System.IO;

namespace SmtpCodes.Tool;

/// <summary>Labelled lines for a person: "Reason:        userunknown (hard bounce)".</summary>
internal static class TextBlock
{
    public static void Write(TextWriter output, IReadOnlyList<(string Label, string Value)> lines)
    {
        foreach (var (label, value) in lines)
        {
            output.WriteLine($"{label + ":",-14} {value.ReplaceLineEndings(" ")}");
        }
    }
}
