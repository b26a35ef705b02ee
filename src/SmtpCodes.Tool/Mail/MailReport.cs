using System.IO;

namespace SmtpCodes.Tool.Mail;

/// <summary>
/// Many messages at once: one table row per failed or delayed recipient (and one for a bounce or report whose
/// recipients were not found), then how many messages each kind has and how many recipients each reason and each
/// recommended action has. Ordinary mail and auto-replies have no row: in a mailbox they are most of it.
/// </summary>
internal sealed class MailReport(TextWriter output)
{
    private readonly Counts byKind = new("By kind");
    private readonly Counts byReason = new("By reason");
    private readonly Counts byAction = new("By recommended action");
    private int messages;
    private int recipients;
    private int failed;
    private int hard;

    public void WriteHeader()
    {
        output.WriteLine($"{"message",-28} {"recipient",-30} {"action",-8} {"codes",-12} {"class",-10} {"reason",-16} {"hard",-5} {"recommended",-24} vendor");
    }

    public void Add(string file, SmtpBounce bounce)
    {
        messages++;
        byKind.Add(Names.Kind(bounce.Kind));
        foreach (var recipient in BounceRows.Of(bounce))
        {
            if (recipient is null)
            {
                if (bounce.Kind is not (SmtpBounceMessageKind.NotBounce or SmtpBounceMessageKind.AutoReply))
                {
                    output.WriteLine($"{Cells.ClipStart(file, 28),-28} {"(none found: " + Names.Kind(bounce.Kind) + ")"}");
                }

                continue;
            }

            var diagnosis = recipient.Diagnosis;
            var reason = Names.Reason(diagnosis.Reason);
            var action = Names.Action(diagnosis.Action);
            recipients++;
            failed += recipient.Action == SmtpDeliveryAction.Failed ? 1 : 0;
            hard += recipient.IsHardBounce ? 1 : 0;
            byReason.Add(reason);
            byAction.Add(action);
            var codes = (Names.BasicCode(diagnosis) + " " + recipient.Status).Trim();
            output.WriteLine($"{Cells.ClipStart(file, 28),-28} {Cells.Clip(recipient.FinalRecipient ?? recipient.OriginalRecipient ?? "-", 30),-30} {Names.Delivery(recipient.Action),-8} {(codes.Length == 0 ? "(none)" : codes),-12} {Names.Class(diagnosis.Class) ?? "-",-10} {reason,-16} {(recipient.IsHardBounce ? "yes" : "no"),-5} {action,-24} {Cells.Clip(diagnosis.Vendor ?? "-", 20)}");
        }
    }

    public void WriteSummary(int skipped)
    {
        output.WriteLine();
        output.WriteLine(messages == 1 ? "1 message" + KindsInline() : $"{messages} messages" + KindsInline());
        output.WriteLine($"{recipients} failed or delayed recipient{(recipients == 1 ? string.Empty : "s")}: {failed} failed, {recipients - failed} delayed; {hard} hard bounce{(hard == 1 ? string.Empty : "s")}.");
        if (skipped > 0)
        {
            output.WriteLine($"{skipped} file{(skipped == 1 ? " was" : "s were")} skipped in folders: not mail.");
        }

        if (recipients == 0)
        {
            return;
        }

        byReason.Write(output, recipients);
        byAction.Write(output, recipients);
    }

    private string KindsInline() => messages == 0 ? "." : ": " + byKind.Inline() + ".";
}
