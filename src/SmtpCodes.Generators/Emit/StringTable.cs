using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SmtpCodes.Generators.Model;

namespace SmtpCodes.Generators.Emit;

/// <summary>
/// A per-code string lookup emitted as a static readonly array indexed by <c>key - First</c>, with <c>null</c>
/// where the catalog has no code. The C# compiler lowers a switch over sparse values to a tree of comparisons,
/// whose branches mispredict when the codes vary; the table is one unsigned comparison and one load. It is
/// chosen only when the keys are compact (<see cref="For"/>); other catalogs keep the switch.
/// </summary>
internal sealed class StringTable
{
    /// <summary>At most this many slots (8 KB of references on a 64-bit runtime), whatever the catalog.</summary>
    public const int MaxLength = 1024;

    /// <summary>
    /// At least one key in this many slots: a catalog of a few codes spread far apart keeps its switch, which is
    /// a handful of comparisons, rather than tables that are mostly null.
    /// </summary>
    public const int MaxSlotsPerKey = 32;

    private StringTable(int first, int length, IReadOnlyList<int> below)
    {
        First = first;
        Length = length;
        Below = below;
    }

    /// <summary>The key of slot 0.</summary>
    public int First { get; }

    public int Length { get; }

    /// <summary>
    /// The few lowest keys left out of the table because they sit far below the others (the catalog's pseudo-codes 101
    /// and 111 below the replies from 211): a switch of the holder answers for them rather than 110 null slots.
    /// </summary>
    public IReadOnlyList<int> Below { get; }

    /// <summary>A table for these keys, or null when they are too spread out for one (the caller then writes a switch).</summary>
    /// <param name="keysBelow">Whether a few low keys may stay out of the table (<see cref="Below"/>) when that saves more than <see cref="MaxSlotsPerKey"/> slots each.</param>
    public static StringTable? For(IEnumerable<int> keys, bool keysBelow = false)
    {
        var sorted = keys.Distinct().OrderBy(key => key).ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var below = keysBelow ? KeysBelow(sorted) : 0;
        long first = sorted[below];
        var length = sorted[sorted.Count - 1] - first + 1;
        var tableKeys = sorted.Count - below;
        return length <= MaxLength && length <= (long)tableKeys * MaxSlotsPerKey ? new StringTable((int)first, (int)length, sorted.Take(below).ToList()) : null;
    }

    // How many of the lowest keys to leave out: the count that saves the most slots beyond MaxSlotsPerKey per key left
    // out, at most one key in eight.
    private static int KeysBelow(List<int> sorted)
    {
        var best = 0;
        long bestSaving = 0;
        for (var count = 1; count <= sorted.Count / 8; count++)
        {
            var saving = (long)sorted[count] - sorted[0] - ((long)MaxSlotsPerKey * count);
            if (saving > bestSaving)
            {
                best = count;
                bestSaving = saving;
            }
        }

        return best;
    }

    /// <summary>
    /// Writes <c>private static class {holder} { Values = { ... } }</c>: one class per table, so a table is built
    /// the first time its own lookup runs, not when any method of the extensions is first called.
    /// </summary>
    /// <param name="entries">Key and C# expression of each slot that has a value; other slots are null.</param>
    /// <param name="label">How a comment names the key of a slot.</param>
    /// <param name="startsLine">Whether a run of gaps starts a new line at this key (at a code ending in 0, say).</param>
    public void WriteHolder(SourceWriter writer, GenerationSpec spec, string holder, IEnumerable<(int Key, string? Expression)> entries, Func<int, string> label, Func<int, bool> startsLine)
    {
        var slots = new string?[Length];
        var below = new List<(string Label, string? Result)>();
        foreach (var (key, expression) in entries)
        {
            if (key < First)
            {
                below.Add((key.ToString(CultureInfo.InvariantCulture), expression));
            }
            else
            {
                slots[key - First] = expression;
            }
        }

        writer.Open("private static class " + holder);
        writer.Open("public static readonly " + SourceEmitter.Nullable(spec, "string") + "[] Values =");
        for (var slot = 0; slot < Length;)
        {
            if (slots[slot] is { } expression)
            {
                writer.Line(expression + ", // " + label(First + slot));
                slot++;
                continue;
            }

            // Gaps on lines that end where the caller's numbering starts a new line, so a table of 500 slots stays readable.
            var end = slot + 1;
            while (end < Length && slots[end] is null && !startsLine(First + end))
            {
                end++;
            }

            writer.Line(string.Join(" ", Enumerable.Repeat("null,", end - slot)) + " // " + label(First + slot) + (end - slot > 1 ? " to " + label(First + end - 1) : string.Empty));
            slot = end;
        }

        writer.Close(";");
        if (Below.Count > 0)
        {
            writer.Line();
            writer.Line("// The keys below the table: a switch, so the table does not begin with a run of nulls for them.");
            writer.Open("public static " + SourceEmitter.Nullable(spec, "string") + " " + BelowMethod + "(int key)");
            SwitchWriter.Write(writer, "key", below, "return null;");
            writer.Close();
        }

        writer.Close();
    }

    private const string BelowMethod = "Below";

    /// <summary>The slot of a key held in an int expression, unchecked: a project may compile with overflow checks.</summary>
    public string Slot(string key) => First == 0 ? key : "unchecked(" + key + " - " + First.ToString(CultureInfo.InvariantCulture) + ")";

    /// <summary>
    /// Whether a slot is inside the holder's table: one unsigned comparison for both bounds, which also lets the JIT
    /// drop its own bounds check. Unchecked: in a checked context the cast of a negative slot would throw.
    /// </summary>
    public string Contains(string slot, string holder) => "unchecked((uint)" + slot + " < (uint)" + holder + ".Values.Length)";

    /// <summary>The body of a lookup: the text in the holder's table at <paramref name="slot"/>, or the fallback for a gap or a slot outside it.</summary>
    /// <param name="key">The key, for the holder's switch of the keys <see cref="Below"/> the table.</param>
    public void WriteLookup(SourceWriter writer, string slot, string key, string holder, string fallback)
    {
        writer.Line("var slot = " + slot + ";");
        writer.Line("var text = " + Contains("slot", holder) + " ? " + holder + ".Values[slot] : " + Outside(key, holder) + ";");
        writer.Line("return text ?? " + fallback + ";");
    }

    /// <summary>The text of a key outside the table: from the switch of the keys below it, else null.</summary>
    public string Outside(string key, string holder) => Below.Count > 0 ? holder + "." + BelowMethod + "(" + key + ")" : "null";
}
