using System;
using System.Collections.Generic;
using System.Globalization;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>The labelled fields of the corpus the diagnoser is measured on.</summary>
public enum CorpusField
{
    Codes,
    Class,
    Reason,
    HardBounce,
}

/// <summary>How many replies of a part the diagnoser got right on one field, and which it missed.</summary>
internal sealed record CorpusMeasurement(int Right, int Total, IReadOnlyList<string> Misses)
{
    public double Accuracy => Total == 0 ? 1 : (double)Right / Total;

    /// <summary>The diagnosis a user gets: the reply text with the built-in catalog.</summary>
    public static SmtpDiagnosis Diagnose(CorpusReply reply) => SmtpReply.Diagnose(reply.Text);

    /// <summary>
    /// The baseline: only the codes the parser finds in the reply, diagnosed without the text, so no catalog phrase
    /// can match; what the code tables alone know.
    /// </summary>
    public static SmtpDiagnosis DiagnoseCodesOnly(CorpusReply reply)
    {
        var codes = SmtpReply.Diagnose(reply.Text);
        var text = (codes.BasicCode is { } basic ? ((int)basic).ToString(CultureInfo.InvariantCulture) + " " : string.Empty) + (codes.EnhancedCode?.ToString() ?? string.Empty);
        return SmtpReply.Diagnose(text.Trim());
    }

    public static CorpusMeasurement Measure(IEnumerable<CorpusReply> replies, CorpusField field, Func<CorpusReply, SmtpDiagnosis> diagnose)
    {
        var right = 0;
        var total = 0;
        var misses = new List<string>();
        foreach (var reply in replies)
        {
            var diagnosis = diagnose(reply);
            total++;
            if (Actual(field, diagnosis) == Expected(field, reply))
            {
                right++;
            }
            else
            {
                misses.Add($"{reply.Id} ({reply.Provider}) {field}: expected '{Expected(field, reply)}', got '{Actual(field, diagnosis)}' by {diagnosis.Basis} {diagnosis.CatalogEntry} <- {reply.Reply}");
            }
        }

        return new CorpusMeasurement(right, total, misses);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Right}/{Total} = {Accuracy:P1}");

    private static string Expected(CorpusField field, CorpusReply reply) => field switch
    {
        CorpusField.Codes => reply.BasicCode + " " + reply.EnhancedCode,
        CorpusField.Class => reply.Class,
        CorpusField.Reason => reply.Reason,
        _ => reply.HardBounce,
    };

    // The diagnosis in the corpus's vocabulary (the same words the triage tool's --json prints).
    private static string Actual(CorpusField field, SmtpDiagnosis diagnosis) => field switch
    {
        CorpusField.Codes => (diagnosis.BasicCode is { } basic ? ((int)basic).ToString(CultureInfo.InvariantCulture) : string.Empty) + " " + (diagnosis.EnhancedCode?.ToString() ?? string.Empty),
        CorpusField.Class => diagnosis.Class switch
        {
            SmtpReplyClass.Success => "success",
            SmtpReplyClass.Transient => "transient",
            SmtpReplyClass.Permanent => "permanent",
            _ => string.Empty,
        },
        CorpusField.Reason => diagnosis.Reason.ToString().ToLowerInvariant(),
        _ => diagnosis.IsHardBounce switch
        {
            true => "true",
            false => "false",
            null => string.Empty,
        },
    };
}
