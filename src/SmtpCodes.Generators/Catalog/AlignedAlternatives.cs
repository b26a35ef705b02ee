using System;
using System.Collections.Generic;
using System.Text;

namespace SmtpCodes.Generators.Catalog;

/// <summary>
/// Alternatives inside aligned pieces (catalog/README.md, "Alternatives inside aligned pieces"): in a <c>match</c> alternative
/// written with <c>{...}</c>, a group <c>[ip/sender ip/client]</c> stands for each of its words in turn, so
/// <c>[ip/client]{...}[blocked/refused]</c> is the four alternatives <c>ip{...}blocked</c>, <c>ip{...}refused</c>,
/// <c>client{...}blocked</c> and <c>client{...}refused</c>, in that order (the first group changes slowest, as a writer lists
/// them by hand). The expansion happens here, when the row is read, so the model, the emitted tables and the engine see
/// only the plain alternatives they always saw. A group may stand beside words (<c>per [hour/day]</c>); groups do not nest,
/// and <c>|</c> stays the separator of the column's own alternatives. One pass over the text finds every group, and the
/// number of alternatives is known before one is written, so a hostile row costs time linear in its length.
/// </summary>
internal static class AlignedAlternatives
{
    /// <summary>
    /// The most alternatives one written alternative may stand for: the largest hand-written cross product of the catalog
    /// (<c>TextAttachmentRefusedInWords</c>'s subjects and verdicts) is 144, and each alternative is an entry the
    /// generated tables hold and the scanner follows, so a form that would write thousands is a mistake to report.
    /// </summary>
    public const int MaxExpansions = 256;

    private const char Open = '[';
    private const char Close = ']';
    private const char Separator = '/';

    /// <summary>
    /// The plain alternatives <paramref name="alternative"/> stands for (itself alone when it has no group), or the first problem
    /// of its form, with its place in <paramref name="alternative"/>.
    /// </summary>
    public static Expansion Expand(string alternative)
    {
        var literals = new List<string>();
        var groups = new List<List<string>>();
        var text = new StringBuilder();
        for (var index = 0; index < alternative.Length; index++)
        {
            var c = alternative[index];
            if (c == Close)
            {
                return Expansion.Problem("a ']' that closes no '['", index, 1);
            }

            if (c != Open)
            {
                text.Append(c);
                continue;
            }

            var group = new List<string>();
            var problem = ReadGroup(alternative, index, group, out var close);
            if (problem is not null)
            {
                return problem.Value;
            }

            literals.Add(text.ToString());
            text.Clear();
            groups.Add(group);
            index = close;
        }

        literals.Add(text.ToString());
        long count = 1;
        foreach (var group in groups)
        {
            // Every group has two or more words, so this stops after at most log2(MaxExpansions) + 1 groups; a long holds any
            // product of a count up to MaxExpansions and a group's size.
            count *= group.Count;
            if (count > MaxExpansions)
            {
                return Expansion.Problem("groups that stand for more than " + MaxExpansions + " alternatives (split it into several)", 0, alternative.Length);
            }
        }

        return Expansion.Of(Combine(literals, groups, (int)count));
    }

    /// <summary>
    /// Whether a phrase without <c>{...}</c> holds what reads as a group (<c>[blocked/refused]</c>: words joined by
    /// <c>/</c> in brackets), which is not expanded there and would be matched as written; a token in brackets
    /// (<c>[TSS04]</c>) or a path (<c>helo/ehlo</c>) is not one. The place of the group, or null.
    /// </summary>
    public static Expansion? GroupInLiteral(string phrase)
    {
        // Each ']' is checked against the last '[' before it, so the text between them holds no bracket and every character
        // is looked at twice at most.
        var open = -1;
        for (var index = 0; index < phrase.Length; index++)
        {
            if (phrase[index] == Open)
            {
                open = index;
            }
            else if (phrase[index] == Close && open >= 0)
            {
                if (IsWordsJoinedBySeparators(phrase, open + 1, index))
                {
                    return Expansion.Problem("words joined by '/' in brackets, which are alternatives only in aligned pieces (an alternative with {...}); write each phrase as an alternative of its own, joined by |", open, index - open + 1);
                }

                open = -1;
            }
        }

        return null;
    }

    // Reads the group that opens at `open`: its words, trimmed, each non-empty and written once (case aside); `close` is
    // the index of its ']'.
    private static Expansion? ReadGroup(string alternative, int open, List<string> group, out int close)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var start = open + 1;
        for (close = start; close < alternative.Length; close++)
        {
            var c = alternative[close];
            if (c == Open)
            {
                return Expansion.Problem("a '[' inside a group: groups do not nest", close, 1);
            }

            if (c == '{')
            {
                // A group ends before a marker: "[ip/client{...}blocked]" would put a marker inside one of its words.
                return Expansion.Problem("a '[' not closed before the '{' of a marker", open, 1);
            }

            if (c != Separator && c != Close)
            {
                continue;
            }

            var word = alternative.Substring(start, close - start).Trim();
            if (word.Length == 0)
            {
                return Expansion.Problem("an empty alternative in a group", start, Math.Max(close - start, 1));
            }

            if (!seen.Add(word))
            {
                return Expansion.Problem("'" + word + "' written twice in one group", start, close - start);
            }

            group.Add(word);
            start = close + 1;
            if (c == Close)
            {
                return group.Count < 2
                    ? Expansion.Problem("a group of fewer than two alternatives (join two or more by '/')", open, close - open + 1)
                    : null;
            }
        }

        return Expansion.Problem("a '[' that is never closed", open, 1);
    }

    private static List<string> Combine(List<string> literals, List<List<string>> groups, int count)
    {
        var chosen = new int[groups.Count];
        var alternatives = new List<string>(count);
        var text = new StringBuilder();
        for (var made = 0; made < count; made++)
        {
            text.Clear();
            for (var group = 0; group < groups.Count; group++)
            {
                text.Append(literals[group]).Append(groups[group][chosen[group]]);
            }

            alternatives.Add(text.Append(literals[groups.Count]).ToString());

            // The next choice: the last group changes fastest, so the first group's words come in blocks, as written by hand.
            for (var group = groups.Count - 1; group >= 0 && ++chosen[group] == groups[group].Count; group--)
            {
                chosen[group] = 0;
            }
        }

        return alternatives;
    }

    // Whether text[from..to) is letters, spaces, hyphens and apostrophes with a '/' among them and a letter: words a writer
    // meant as a group, not a token, a code or a link.
    private static bool IsWordsJoinedBySeparators(string text, int from, int to)
    {
        var (hasSeparator, hasLetter) = (false, false);
        for (var index = from; index < to; index++)
        {
            var c = text[index];
            hasSeparator |= c == Separator;
            hasLetter |= char.IsLetter(c);
            if (!char.IsLetter(c) && c != ' ' && c != '-' && c != '\'' && c != Separator)
            {
                return false;
            }
        }

        return hasSeparator && hasLetter;
    }

    /// <summary>The alternatives a written one stands for, or the problem of its form and where it is (index and length in the written text).</summary>
    internal readonly struct Expansion
    {
        private Expansion(IReadOnlyList<string> alternatives, string? problem, int start, int length)
        {
            Alternatives = alternatives;
            ProblemText = problem;
            Start = start;
            Length = length;
        }

        public IReadOnlyList<string> Alternatives { get; }

        /// <summary>What is wrong with the form, or null.</summary>
        public string? ProblemText { get; }

        public int Start { get; }

        public int Length { get; }

        public static Expansion Of(IReadOnlyList<string> alternatives) => new(alternatives, null, 0, 0);

        public static Expansion Problem(string problem, int start, int length) => new(Array.Empty<string>(), problem, start, length);
    }
}
