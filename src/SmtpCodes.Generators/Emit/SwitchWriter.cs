using System;
using System.Collections.Generic;
using System.Linq;

namespace SmtpCodes.Generators.Emit;

/// <summary>
/// Writes lookups as switch statements (C# 7.3 has no switch expressions). Cases with the same result are
/// grouped, so a table of a hundred codes and five reasons is five returns, not a hundred.
/// </summary>
internal static class SwitchWriter
{
    /// <param name="cases">Pairs of case label and result expression; a null result leaves the case to the default.</param>
    public static void Write(SourceWriter writer, string subject, IEnumerable<(string Label, string? Result)> cases, string defaultStatement)
    {
        // A case that returns what the default returns anyway is left to the default.
        var groups = cases
            .Where(pair => pair.Result is not null && defaultStatement != "return " + pair.Result + ";")
            .GroupBy(pair => pair.Result!, StringComparer.Ordinal)
            .ToList();
        writer.Open("switch (" + subject + ")");
        foreach (var group in groups)
        {
            foreach (var pair in group)
            {
                writer.Line("case " + pair.Label + ":");
            }

            writer.Line("    return " + group.Key + ";");
        }

        writer.Line("default:");
        writer.Line("    " + defaultStatement);
        writer.Close();
    }
}
