using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SmtpCodes.Tool.Diagnose;

/// <summary>
/// Many replies at once: one table row per reply, numbered by its input line (blank lines have no row), then how many
/// replies each reason and each action has.
/// </summary>
internal sealed class BatchReport(TextWriter output)
{
    private const int TextWidth = 60;
    private readonly Dictionary<string, int> byReason = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> byAction = new(StringComparer.Ordinal);
    private int count;

    public void WriteHeader()
    {
        output.WriteLine($"{"line",5}  {"codes",-12} {"class",-10} {"reason",-16} {"hard",-5} {"action",-24} {"vendor",-20} text");
    }

    public void Add(int lineNumber, string reply)
    {
        var diagnosis = SmtpReply.Diagnose(reply);
        SmtpReply.TryParse(reply, out var parsed);
        count++;
        var reason = Names.Reason(diagnosis.Reason);
        var action = Names.Action(diagnosis.Action);
        byReason[reason] = byReason.GetValueOrDefault(reason) + 1;
        byAction[action] = byAction.GetValueOrDefault(action) + 1;
        var hard = diagnosis.IsHardBounce switch { true => "yes", false => "no", null => "-" };
        output.WriteLine($"{lineNumber,5}  {Names.Codes(diagnosis),-12} {Names.Class(diagnosis.Class) ?? "-",-10} {reason,-16} {hard,-5} {action,-24} {Clip(diagnosis.Vendor ?? "-", 20),-20} {Clip(parsed.Text, TextWidth)}");
    }

    public void WriteSummary()
    {
        output.WriteLine();
        output.WriteLine(count == 1 ? "1 reply." : $"{count} replies.");
        if (count == 0)
        {
            return;
        }

        WriteCounts("By reason", byReason);
        WriteCounts("By action", byAction);
    }

    private void WriteCounts(string title, Dictionary<string, int> counts)
    {
        output.WriteLine();
        output.WriteLine(title + ":");
        foreach (var (name, number) in counts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {name,-26} {number,6}  {100.0 * number / count,5:F1} %");
        }
    }

    // One row per reply: the line breaks of a multi-line reply become spaces.
    private static string Clip(string text, int width)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= width ? line : line.Substring(0, width - 1) + "…";
    }
}
