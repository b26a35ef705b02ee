using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace SmtpCodes.Tool.Diagnose;

/// <summary>One line of the input: its 1-based number and its reply, or null for a blank line.</summary>
internal readonly record struct InputLine(int Number, string? Reply);

/// <summary>
/// Reads one reply per line from a file or standard input. A literal \n inside a line stands for a line break, so a
/// multi-line reply fits on one line. Blank lines are kept (as a null reply) so JSON output lines up with the input.
/// When standard error is a terminal, large inputs show how many lines were read there, overwriting one line.
/// </summary>
internal static class InputLines
{
    private const int ProgressEvery = 10_000;

    public static IEnumerable<InputLine> Read(TextReader reader, TextWriter output, TextWriter? progress)
    {
        var number = 0;
        while (true)
        {
            // Before waiting for more input, hand on what is done: `tail -f log | smtpcodes diagnose` shows each line.
            if (reader.Peek() < 0)
            {
                output.Flush();
            }

            var line = reader.ReadLine();
            if (line is null)
            {
                break;
            }

            number++;
            if (progress is not null && number % ProgressEvery == 0)
            {
                progress.Write(string.Create(CultureInfo.InvariantCulture, $"\r{number:N0} lines read..."));
            }

            yield return new InputLine(number, line.Trim().Length == 0 ? null : Unescape(line));
        }

        if (progress is not null && number >= ProgressEvery)
        {
            progress.Write("\r" + new string(' ', 40) + "\r");
        }
    }

    /// <summary>A reply given on the command line or a file line: a literal \n stands for a line break.</summary>
    public static string Unescape(string text) => text.Replace("\\n", "\n", StringComparison.Ordinal);
}
