using System;
using System.Collections.Generic;
using System.IO;

namespace SmtpCodes.Triage;

/// <summary>
/// Reads one reply per line from a file or standard input. A literal \n inside a line stands for a line break, so
/// a multi-line reply fits on one line. Blank lines are skipped. On large input it shows progress on standard error.
/// </summary>
internal static class ReplyLines
{
    private const int ProgressEvery = 10_000;

    public static IEnumerable<string> Read(TextReader reader)
    {
        var count = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (++count % ProgressEvery == 0)
            {
                Console.Error.Write($"\r{count:N0} replies read...");
            }

            yield return line.Replace("\\n", "\n", StringComparison.Ordinal);
        }

        if (count >= ProgressEvery)
        {
            Console.Error.WriteLine($"\r{count:N0} replies read.   ");
        }
    }
}
