using System;
using System.Collections.Generic;
using System.Linq;

namespace SmtpCodes.Benchmarks.Lookups;

/// <summary>
/// Every reply code of the built-in catalog, and the same names and titles in the tables a user would build
/// instead of the generated switches. Each benchmark walks all codes once, so every case sees the same mix.
/// </summary>
internal static class ReplyCodeData
{
    public static readonly SmtpReplyCode[] Codes = Enum.GetValues<SmtpReplyCode>().Distinct().ToArray();

    /// <summary>Numbers from 100 to 599 in a fixed shuffled order: defined and undefined codes mixed.</summary>
    public static readonly int[] Numbers = Enumerable.Range(100, 500).OrderBy(value => (value * 7_919) % 500).ToArray();

    /// <summary>
    /// 4,000 numbers: 100 to 599 eight times each, in an order fixed by a seeded shuffle. Classifying one number is
    /// well under a nanosecond, so an operation classifies thousands for the work to outweigh the benchmark's own cost.
    /// </summary>
    public static readonly int[] ManyNumbers = Shuffled(Enumerable.Repeat(Enumerable.Range(100, 500), 8).SelectMany(range => range).ToArray());

    private static int[] Shuffled(int[] values)
    {
        new Random(6).Shuffle(values);
        return values;
    }

    public static Dictionary<SmtpReplyCode, string> Names() => Codes.ToDictionary(code => code, code => code.ToString());

    public static Dictionary<SmtpReplyCode, string> Titles() => Codes.ToDictionary(code => code, code => code.GetTitle());

    public static HashSet<int> Defined() => Codes.Select(code => (int)code).ToHashSet();
}
