using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// The engine folds case with <see cref="SmtpMimeText.UpperOrdinal"/> where it cannot call the runtime's
/// <see cref="StringComparison.OrdinalIgnoreCase"/> (the C# 7.3 build's text search, and its <c>SmtpFirstOccurrences</c>,
/// which finds every recipient's address in one pass and must answer as a search for each with the runtime would).
/// Checked here for every UTF-16 code unit against the runtime the tests run on.
/// </summary>
public sealed class CaseFoldingTests
{
    [Fact]
    public void Every_character_folds_to_a_character_the_runtime_calls_equal()
    {
        var differ = new List<string>();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            char upper = SmtpMimeText.UpperOrdinal((char)c);
            if (!string.Equals(((char)c).ToString(), upper.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                differ.Add($"U+{c:X4} -> U+{(int)upper:X4}");
            }
        }

        Assert.True(differ.Count == 0, string.Join(", ", differ.Take(40)));
    }

    [Fact]
    public void Characters_the_runtime_calls_equal_fold_to_one_character()
    {
        // With the first fact, two characters the runtime calls equal fold apart only if two folded characters are
        // themselves equal to the runtime: look for such pairs among the folded characters, grouped by the runtime's hash.
        var folded = Enumerable.Range(0, char.MaxValue + 1).Select(c => SmtpMimeText.UpperOrdinal((char)c)).Distinct();
        var apart = new List<string>();
        foreach (var group in folded.GroupBy(c => c.ToString().GetHashCode(StringComparison.OrdinalIgnoreCase)))
        {
            char[] members = group.ToArray();
            for (int i = 0; i < members.Length; i++)
            {
                for (int j = i + 1; j < members.Length; j++)
                {
                    if (string.Equals(members[i].ToString(), members[j].ToString(), StringComparison.OrdinalIgnoreCase))
                    {
                        apart.Add($"U+{(int)members[i]:X4} and U+{(int)members[j]:X4}");
                    }
                }
            }
        }

        Assert.True(apart.Count == 0, string.Join(", ", apart.Take(40)));
    }
}
