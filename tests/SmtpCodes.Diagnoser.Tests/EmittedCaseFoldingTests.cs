using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// The C# 7.3 engine (netstandard2.0, no spans) searches a text it decoded into a buffer with its own loop, folding
/// case one UTF-16 code unit at a time (<c>SmtpMimeText.UpperOrdinal</c>), where the span engine calls the runtime's
/// <c>IndexOf(..., OrdinalIgnoreCase)</c>; a report's recipients past its first searches
/// (<c>SmtpBounceReader.AddressSearchesAlone</c>) are found by <c>SmtpFirstOccurrences</c>, which folds the same way
/// (only this engine has it: the span engine searches address by address). Here the C# 7.3 engine as the generator emits
/// it runs on .NET 10 and answers, for every code unit beside its upper- and lower-case forms (long s U+017F, Kelvin
/// sign U+212A, dotted and dotless i among them), as .NET 10's own search does. What is not checked: .NET Framework,
/// whose own tables a C# 7.3 consumer may run on (not on this machine). The one difference found, a surrogate pair
/// whose letters differ only in case, is pinned below.
/// </summary>
public sealed class EmittedCaseFoldingTests
{
    private const string Probe = """
        namespace Consumer
        {
            using System;
            using SmtpCodes;

            public static class SearchProbe
            {
                // Where value first is in text decoded into a buffer, by the engine's search and by its one pass (-2 where
                // the one pass leaves the value to a search of its own).
                public static int[] IndexOfInBuffer(string text, string value)
                {
                    SmtpMimeText buffer = new SmtpMimeText(text.ToCharArray(), text.Length);
                    int found;
                    bool looked = SmtpFirstOccurrences.Find(new[] { value }, buffer, 0, text.Length).TryIndexOf(value, out found);
                    return new[] { buffer.IndexOf(value, 0, text.Length, StringComparison.OrdinalIgnoreCase), looked ? found : -2 };
                }
            }
        }
        """;

    private static readonly Lazy<Func<string, string, int[]>> Search = new(() =>
        GeneratorRun.Run(target: TargetProfile.NetStandard20CSharp73, userCode: Probe, optimization: OptimizationLevel.Release).Load()
            .GetType("Consumer.SearchProbe", throwOnError: true)!.GetMethod("IndexOfInBuffer")!.CreateDelegate<Func<string, string, int[]>>());

    [Fact]
    public void Every_code_unit_is_found_beside_its_case_forms_where_the_runtime_finds_it()
    {
        var differ = new List<string>();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsSurrogate((char)c))
            {
                continue;
            }

            string text = "<" + (char)c + ">";
            foreach (char form in new[] { (char)c, char.ToUpperInvariant((char)c), char.ToLowerInvariant((char)c), 'S', 'K', 'I' })
            {
                string value = form + ">";
                int expected = text.IndexOf(value, StringComparison.OrdinalIgnoreCase);
                int[] found = Search.Value(text, value);
                if (found[0] != expected || found[1] != expected)
                {
                    differ.Add($"U+{c:X4} / U+{(int)form:X4}: {found[0]}, {found[1]}, runtime {expected}");
                }
            }
        }

        Assert.True(differ.Count == 0, string.Join(", ", differ.Take(40)));
    }

    [Theory]
    [InlineData("\u017F@example.org", "S@EXAMPLE.ORG")]
    [InlineData("s@example.org", "\u017F@example.org")]
    [InlineData("\u212A@example.org", "k@example.org")]
    [InlineData("K@example.org", "\u212A@example.org")]
    [InlineData("\u0131@example.org", "I@example.org")]
    [InlineData("\u0130@example.org", "i@example.org")]
    [InlineData("stra\u00DFe@example.org", "STRASSE@example.org")]
    public void An_address_with_a_special_case_fold_is_found_where_the_runtime_finds_it(string notice, string address)
    {
        string text = "<" + notice + ">: host mx.example.org said: 550 5.1.1 User unknown";
        int expected = text.IndexOf(address, StringComparison.OrdinalIgnoreCase);

        Assert.Equal(new[] { expected, expected }, Search.Value(text, address));
    }

    [Fact]
    public void A_surrogate_pair_differing_only_in_case_is_found_by_the_runtime_but_not_by_the_CSharp73_search_of_a_buffer()
    {
        // DESERET CAPITAL and SMALL LETTER LONG I (U+10400, U+10428): .NET 5 and later fold a surrogate pair as one
        // character in OrdinalIgnoreCase (the span engine's search, and the C# 7.3 engine's search of a string, which
        // calls string.IndexOf); the C# 7.3 engine's own loop over a buffer folds each code unit alone, as .NET
        // Framework's OrdinalIgnoreCase does, and does not match them. An address would have to hold such a letter,
        // written in one case in the report and in another in the notice. The one pass leaves it to that search (-2).
        string text = "<\U00010428@example.org>";
        string address = "\U00010400@example.org";

        Assert.Equal(1, text.IndexOf(address, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(new[] { -1, -2 }, Search.Value(text, address));
    }
}
