using System;
using System.Linq;
using SmtpCodes.Generators.Emit.Diagnoser;
using Xunit;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// The automaton as the scanner reads it (character classes, a double array, complete rows for the shallow states)
/// finds what the automaton it packs finds, at every position of a text. Match strings and texts are drawn at random
/// from a small alphabet with spaces, digits, upper-case letters and characters beyond ASCII, so that every path of
/// the scanner is taken: complete rows, double-array edges, failure steps, wide classes and class 0.
/// </summary>
public sealed class PackedAutomatonTests
{
    private const string MatchAlphabet = "abcab .5\u00e4\u00e9\u7528\u6237";
    private const string TextAlphabet = MatchAlphabet + "ABC\u00c4xyz!\t";

    [Theory]
    [InlineData(1, 40)]
    [InlineData(2, 40)]
    [InlineData(3, 400)]
    [InlineData(4, 3000)]
    public void The_packed_automaton_finds_what_the_automaton_it_packs_finds(int seed, int matchStrings)
    {
        var random = new Random(seed);
        var folded = Enumerable.Range(0, matchStrings).Select(_ => Draw(random, MatchAlphabet, random.Next(1, 9)).Trim()).Where(text => text.Length > 0).ToList();
        var automaton = MatchAutomaton.Build(folded);
        var packed = PackedAutomaton.Pack(automaton);
        var expectedOutput = automaton.Output;
        var state = 0;
        var slot = 0;
        foreach (var c in Draw(random, TextAlphabet, 20_000))
        {
            state = Move(automaton, state, SmtpCatalogLayout.Fold(c));
            // The engine's text: ASCII as it comes (the classes fold it), other letters folded.
            slot = Move(packed, slot, c < SmtpCatalogLayout.AsciiWidth ? c : SmtpCatalogLayout.Fold(c));
            Assert.Equal(expectedOutput[state], packed.Output[slot]);
        }

        Assert.InRange(packed.EdgeBase.Length, automaton.StateCount, automaton.StateCount * 2);
    }

    private static string Draw(Random random, string alphabet, int length) =>
        new(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

    // The automaton's own move: its sorted edges, else its failure state.
    private static int Move(MatchAutomaton automaton, int state, char c)
    {
        while (true)
        {
            for (var edge = automaton.EdgeStart[state]; edge < automaton.EdgeStart[state + 1]; edge++)
            {
                if (automaton.EdgeChars[edge] == c)
                {
                    return automaton.EdgeTargets[edge];
                }
            }

            if (state == 0)
            {
                return 0;
            }

            state = automaton.Failure[state];
        }
    }

    // The scanner's move (SmtpReply.CatalogMessages.Scan), on the packed tables.
    private static int Move(PackedAutomaton packed, int slot, char c)
    {
        var wide = packed.WideChars.IndexOf(c, StringComparison.Ordinal);
        var number = c < SmtpCatalogLayout.AsciiWidth ? packed.CharClasses[c] : wide < 0 ? 0 : packed.FirstWideClass + wide;
        if (number == 0)
        {
            return 0;
        }

        while (true)
        {
            if (slot < packed.ShallowStates)
            {
                return packed.ShallowRows[(slot << packed.RowShift) | number];
            }

            var next = packed.EdgeBase[slot] + number;
            if (packed.EdgeCheck[next] == number)
            {
                return next;
            }

            slot = packed.Failure[slot];
        }
    }
}
