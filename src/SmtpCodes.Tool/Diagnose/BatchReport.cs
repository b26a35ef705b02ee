using System.IO;

namespace SmtpCodes.Tool.Diagnose;

/// <summary>
/// Many replies at once: one table row per reply, numbered by its input line (blank lines have no row), then how many
/// replies each reason and each action has.
/// </summary>
internal sealed class BatchReport(TextWriter output)
{
    private const int TextWidth = 60;
    private readonly Counts byReason = new("By reason");
    private readonly Counts byAction = new("By action");
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
        byReason.Add(reason);
        byAction.Add(action);
        var hard = diagnosis.IsHardBounce switch { true => "yes", false => "no", null => "-" };
        output.WriteLine($"{lineNumber,5}  {Names.Codes(diagnosis),-12} {Names.Class(diagnosis.Class) ?? "-",-10} {reason,-16} {hard,-5} {action,-24} {Cells.Clip(diagnosis.Vendor ?? "-", 20),-20} {Cells.Clip(parsed.Text, TextWidth)}");
    }

    public void WriteSummary()
    {
        output.WriteLine();
        output.WriteLine(count == 1 ? "1 reply." : $"{count} replies.");
        if (count == 0)
        {
            return;
        }

        byReason.Write(output, count);
        byAction.Write(output, count);
    }
}
