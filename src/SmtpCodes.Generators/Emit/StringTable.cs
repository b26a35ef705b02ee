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

    private StringTable(int first, int length)
    {
        First = first;
        Length = length;
    }

    /// <summary>The key of slot 0.</summary>
    public int First { get; }

    public int Length { get; }

    /// <summary>A table for these keys, or null when they are too spread out for one (the caller then writes a switch).</summary>
    public static StringTable? For(IEnumerable<int> keys)
    {
        var distinct = keys.Distinct().ToList();
        if (distinct.Count == 0)
        {
            return null;
        }

        long first = distinct.Min();
        var length = distinct.Max() - first + 1;
        return length <= MaxLength && length <= (long)distinct.Count * MaxSlotsPerKey ? new StringTable((int)first, (int)length) : null;
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
        foreach (var (key, expression) in entries)
        {
            slots[key - First] = expression;
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
        writer.Close();
    }

    /// <summary>The slot of a key held in an int expression, unchecked: a project may compile with overflow checks.</summary>
    public string Slot(string key) => First == 0 ? key : "unchecked(" + key + " - " + First.ToString(CultureInfo.InvariantCulture) + ")";

    /// <summary>
    /// Whether a slot is inside the holder's table: one unsigned comparison for both bounds, which also lets the JIT
    /// drop its own bounds check. Unchecked: in a checked context the cast of a negative slot would throw.
    /// </summary>
    public string Contains(string slot, string holder) => "unchecked((uint)" + slot + " < (uint)" + holder + ".Values.Length)";

    /// <summary>The body of a lookup: the text in the holder's table at <paramref name="slot"/>, or the fallback for a gap or a slot outside it.</summary>
    public void WriteLookup(SourceWriter writer, string slot, string holder, string fallback)
    {
        writer.Line("var slot = " + slot + ";");
        writer.Line("var text = " + Contains("slot", holder) + " ? " + holder + ".Values[slot] : null;");
        writer.Line("return text ?? " + fallback + ";");
    }
}
