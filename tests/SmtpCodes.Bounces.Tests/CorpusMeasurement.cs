using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// What the reader gets right on a part of the corpus. A labelled recipient is found when the reader reports a
/// recipient whose final or original address is the labelled one (ignoring case); a spurious recipient is one the reader
/// reports as failed or delayed on a bounce that no label names. The labels list the failed and delayed recipients
/// only, what a sender acts on; a recipient the report says was delivered, relayed or expanded is reported with that
/// action, as RFC 3464 and the issue ask, and is not a failure the reader made up. Status (the enhanced code), basic code and action are counted over found
/// recipients whose label states them; reason and hard bounce over every found recipient (each has both labels).
/// A non-bounce (auto-reply, feedback report, ordinary mail) counts when the reader reports a failed recipient for it.
/// </summary>
public sealed class CorpusMeasurement
{
    public int Messages { get; private set; }
    public int KindCorrect { get; private set; }
    public int Bounces { get; private set; }
    public int LabelledRecipients { get; private set; }
    public int Found { get; private set; }
    public int Spurious { get; private set; }
    public int StatusLabelled { get; private set; }
    public int StatusCorrect { get; private set; }
    public int ActionCorrect { get; private set; }
    public int BasicLabelled { get; private set; }
    public int BasicCorrect { get; private set; }
    public int ReasonCorrect { get; private set; }
    public int HardCorrect { get; private set; }
    public int NonBounces { get; private set; }
    public int NonBouncesWithFailedRecipients { get; private set; }
    public List<string> Misses { get; } = new();

    public static CorpusMeasurement Of(IEnumerable<CorpusMessage> messages)
    {
        var measurement = new CorpusMeasurement();
        foreach (var message in messages)
        {
            measurement.Add(message, SmtpBounce.Read(message.ReadBytes()));
        }

        return measurement;
    }

    private void Add(CorpusMessage message, SmtpBounce bounce)
    {
        Messages++;
        if (KindName(bounce.Kind) == message.Kind)
        {
            KindCorrect++;
        }
        else
        {
            Misses.Add($"{message.File}: kind {KindName(bounce.Kind)}, labelled {message.Kind}");
        }

        if (!message.IsBounce)
        {
            NonBounces++;
            if (bounce.Recipients.Any(recipient => recipient.Action == SmtpDeliveryAction.Failed))
            {
                NonBouncesWithFailedRecipients++;
                Misses.Add($"{message.File}: a {message.Kind} read with failed recipients");
            }

            return;
        }

        Bounces++;
        var matched = new HashSet<SmtpBounceRecipient>();
        foreach (var expected in message.Recipients)
        {
            LabelledRecipients++;
            var recipient = bounce.Recipients.FirstOrDefault(candidate => Is(candidate.FinalRecipient, expected.Address) || Is(candidate.OriginalRecipient, expected.Address));
            if (recipient is null)
            {
                Misses.Add($"{message.File}: {expected.Address} not found (found: {string.Join(", ", bounce.Recipients.Select(r => r.FinalRecipient))})");
                continue;
            }

            matched.Add(recipient);
            Found++;
            if (expected.Status.Length > 0)
            {
                StatusLabelled++;
                if (recipient.Status?.ToString() == expected.Status)
                {
                    StatusCorrect++;
                }
                else
                {
                    Misses.Add($"{message.File}: {expected.Address} status {recipient.Status}, labelled {expected.Status}");
                }
            }

            if (expected.BasicCode.Length > 0)
            {
                BasicLabelled++;
                string basic = recipient.Diagnosis.BasicCode.HasValue ? ((int)recipient.Diagnosis.BasicCode.Value).ToString(CultureInfo.InvariantCulture) : "-";
                if (basic == expected.BasicCode)
                {
                    BasicCorrect++;
                }
                else
                {
                    Misses.Add($"{message.File}: {expected.Address} basic code {basic}, labelled {expected.BasicCode}");
                }
            }

            if (string.Equals(recipient.Diagnosis.Reason.ToString(), expected.Reason, System.StringComparison.OrdinalIgnoreCase))
            {
                ReasonCorrect++;
            }
            else
            {
                Misses.Add($"{message.File}: {expected.Address} reason {recipient.Diagnosis.Reason}, labelled {expected.Reason}");
            }

            if (recipient.IsHardBounce == expected.IsHard)
            {
                HardCorrect++;
            }
            else
            {
                Misses.Add($"{message.File}: {expected.Address} hard bounce {recipient.IsHardBounce}, labelled {expected.Bounce} ({recipient.Diagnosis.Reason})");
            }

            if (ActionName(recipient.Action) == expected.Action)
            {
                ActionCorrect++;
            }
            else
            {
                Misses.Add($"{message.File}: {expected.Address} action {recipient.Action}, labelled {expected.Action}");
            }
        }

        foreach (var recipient in bounce.Recipients.Where(recipient => !matched.Contains(recipient) && recipient.Action is SmtpDeliveryAction.Failed or SmtpDeliveryAction.Delayed))
        {
            Spurious++;
            Misses.Add($"{message.File}: spurious {recipient.FinalRecipient}");
        }
    }

    private static bool Is(string? address, string expected) => address is not null && string.Equals(address, expected, System.StringComparison.OrdinalIgnoreCase);

    private static string KindName(SmtpBounceMessageKind kind) => kind switch
    {
        SmtpBounceMessageKind.DeliveryStatus => "delivery-status",
        SmtpBounceMessageKind.PlainTextBounce => "plain-bounce",
        SmtpBounceMessageKind.AutoReply => "auto-reply",
        SmtpBounceMessageKind.FeedbackReport => "feedback-report",
        _ => "not-bounce",
    };

    private static string ActionName(SmtpDeliveryAction action) => action.ToString().ToLowerInvariant();

    public static double Percent(int part, int whole) => whole == 0 ? 100 : System.Math.Round(100.0 * part / whole, 1);

    public const string TableHeader =
        "| part | messages | kind right | recipients found | spurious | enhanced code | basic code | reason | hard bounce | non-bounces with a failed recipient |\n" +
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |";

    /// <summary>One row of the published table (docs/accuracy-log.md, the corpus README): the figures of this part.</summary>
    public string TableRow(string part) =>
        $"| {part} | {Messages} ({Bounces} bounces) | {Percent(KindCorrect, Messages)} % | {Found}/{LabelledRecipients} ({Percent(Found, LabelledRecipients)} %) | {Spurious} | " +
        $"{StatusCorrect}/{StatusLabelled} ({Percent(StatusCorrect, StatusLabelled)} %) | {BasicCorrect}/{BasicLabelled} ({Percent(BasicCorrect, BasicLabelled)} %) | " +
        $"{ReasonCorrect}/{Found} ({Percent(ReasonCorrect, Found)} %) | {HardCorrect}/{Found} ({Percent(HardCorrect, Found)} %) | {NonBouncesWithFailedRecipients} of {NonBounces} |";

    public string Summary()
    {
        var text = new StringBuilder();
        text.AppendLine($"messages {Messages}, kind right {Percent(KindCorrect, Messages)} %");
        text.AppendLine($"bounces {Bounces}: recipients found {Found}/{LabelledRecipients} ({Percent(Found, LabelledRecipients)} %), spurious {Spurious}");
        text.AppendLine($"status {StatusCorrect}/{StatusLabelled} ({Percent(StatusCorrect, StatusLabelled)} %), basic code {BasicCorrect}/{BasicLabelled} ({Percent(BasicCorrect, BasicLabelled)} %), action {ActionCorrect}/{Found} ({Percent(ActionCorrect, Found)} %)");
        text.AppendLine($"reason {ReasonCorrect}/{Found} ({Percent(ReasonCorrect, Found)} %), hard bounce {HardCorrect}/{Found} ({Percent(HardCorrect, Found)} %)");
        text.AppendLine($"non-bounces {NonBounces}: read with failed recipients {NonBouncesWithFailedRecipients}");
        return text.ToString();
    }
}
