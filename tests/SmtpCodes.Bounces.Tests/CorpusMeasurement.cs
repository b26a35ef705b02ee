using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// What the reader gets right on a part of the corpus. A labelled recipient is found when the reader reports a
/// recipient whose final or original address is the labelled one (ignoring case); a spurious recipient is one the reader
/// reports on a bounce that no label names. Status and action are counted over found recipients whose label states them.
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

            if (ActionName(recipient.Action) == expected.Action)
            {
                ActionCorrect++;
            }
            else
            {
                Misses.Add($"{message.File}: {expected.Address} action {recipient.Action}, labelled {expected.Action}");
            }
        }

        foreach (var recipient in bounce.Recipients.Where(recipient => !matched.Contains(recipient)))
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

    public string Summary()
    {
        var text = new StringBuilder();
        text.AppendLine($"messages {Messages}, kind right {Percent(KindCorrect, Messages)} %");
        text.AppendLine($"bounces {Bounces}: recipients found {Found}/{LabelledRecipients} ({Percent(Found, LabelledRecipients)} %), spurious {Spurious}");
        text.AppendLine($"status {StatusCorrect}/{StatusLabelled} ({Percent(StatusCorrect, StatusLabelled)} %), action {ActionCorrect}/{Found} ({Percent(ActionCorrect, Found)} %)");
        text.AppendLine($"non-bounces {NonBounces}: read with failed recipients {NonBouncesWithFailedRecipients}");
        return text.ToString();
    }
}
