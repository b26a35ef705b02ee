using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SmtpCodes.Tool;

/// <summary>How many rows have each value (each reason, each action), printed most frequent first with a percentage.</summary>
internal sealed class Counts(string title)
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);

    public void Add(string value) => counts[value] = counts.GetValueOrDefault(value) + 1;

    public void Write(TextWriter output, int total)
    {
        output.WriteLine();
        output.WriteLine(title + ":");
        foreach (var (name, number) in counts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {name,-26} {number,6}  {100.0 * number / total,5:F1} %");
        }
    }

    /// <summary>"5 delivery-status, 2 not-bounce": the values in the order of their counts, for one summary line.</summary>
    public string Inline() =>
        string.Join(", ", counts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Value} {pair.Key}"));
}
