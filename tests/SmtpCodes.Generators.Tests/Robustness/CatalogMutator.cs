using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SmtpCodes.Generators.Tests.Robustness;

/// <summary>
/// Seeded random damage to a catalog file's bytes: cut, duplicated, reordered and flipped bytes, broken
/// quotes, stray separators and invalid UTF-8. Each mutant is decoded as the compiler decodes an
/// AdditionalFiles item, and says what was done to it, so a failure can be read and replayed from its seed.
/// </summary>
internal static class CatalogMutator
{
    // Bytes that mean something to a CSV reader or a UTF-8 decoder, and a few that mean nothing.
    private static readonly byte[][] Interesting =
    [
        [(byte)'"'], [(byte)','], [(byte)'\n'], [(byte)'\r'], [(byte)'\r', (byte)'\n'], [0], [(byte)'|'], [(byte)' '], [(byte)'X'], [(byte)'9'],
        [0xEF, 0xBB, 0xBF], // a byte order mark in the middle of the text
        [0xC3], [0x80], [0xFF], [0xF0, 0x9F], // invalid UTF-8: lone lead, lone continuation, never valid, cut sequence
        [0xE2, 0x80, 0xAE], [0xE2, 0x80, 0xA8], [0xC2, 0x85], // right-to-left override, line separator, next line
    ];

    private static readonly byte[][] AsciiInWord = [[(byte)'"'], [(byte)','], [(byte)'|'], [(byte)'X'], [(byte)'9'], [0], [(byte)'"', (byte)'"']];

    public sealed record Mutant(string Text, IReadOnlyList<string> Steps)
    {
        public override string ToString() => string.Join("; ", Steps);
    }

    /// <summary>One to four random mutations anywhere in the file, the header included.</summary>
    public static Mutant Mutate(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        var steps = new List<string>();
        var count = random.Next(1, 5);
        for (var step = 0; step < count; step++)
        {
            steps.Add(MutateOnce(bytes, random));
        }

        return new Mutant(Decode(bytes.ToArray()), steps);
    }

    /// <summary>
    /// One change of a character inside one data line (never the header, never a line break): the damage a typo
    /// does, which must cost the row it is on and at most the next one. A typo is made in an editor, on characters:
    /// it never splits a UTF-8 sequence (a byte-level break of the encoding makes the compiler decode the whole file
    /// with its single-byte fallback, which <see cref="Mutate"/>'s mutants cover).
    /// </summary>
    public static (Mutant Mutant, int Line) MutateOneDataLine(byte[] original, Random random)
    {
        var lineStarts = original.Select((value, index) => (value, index)).Where(pair => pair.value == (byte)'\n').Select(pair => pair.index + 1).Where(start => start < original.Length).ToList();
        var line = random.Next(lineStarts.Count);
        var start = lineStarts[line];
        var end = Array.IndexOf(original, (byte)'\n', start);
        end = end < 0 ? original.Length : end;
        var bytes = new List<byte>(original);
        var at = CharacterStart(original, random.Next(start, end + 1), end);
        string step;
        if (random.Next(3) == 0 && end > start)
        {
            at = CharacterStart(original, Math.Min(at, end - 1), end);
            at = at == end ? PreviousCharacterStart(original, end) : at;
            var length = CharacterStart(original, at + 1, end) - at;
            step = $"removed {Show(bytes.GetRange(at, length).ToArray())} at {at}";
            bytes.RemoveRange(at, length);
        }
        else
        {
            var insert = AsciiInWord[random.Next(AsciiInWord.Length)];
            bytes.InsertRange(at, insert);
            step = $"inserted {Show(insert)} at {at}";
        }

        return (new Mutant(Decode(bytes.ToArray()), [step]), line + 1);
    }

    // UTF-8 continuation bytes are 10xxxxxx: a character starts at the first byte that is not one.
    private static int CharacterStart(byte[] bytes, int at, int end)
    {
        while (at < end && (bytes[at] & 0xC0) == 0x80)
        {
            at++;
        }

        return at;
    }

    private static int PreviousCharacterStart(byte[] bytes, int end)
    {
        var at = end - 1;
        while (at > 0 && (bytes[at] & 0xC0) == 0x80)
        {
            at--;
        }

        return at;
    }

    /// <summary>
    /// As the compiler reads a source or additional file: UTF-8 (a byte order mark is dropped), and when the
    /// bytes are not valid UTF-8, the single-byte fallback encoding (Latin-1 where code page 1252 is missing).
    /// </summary>
    public static string Decode(byte[] bytes)
    {
        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }

    private static string MutateOnce(List<byte> bytes, Random random)
    {
        var kind = random.Next(9);
        if (bytes.Count == 0)
        {
            kind = 4;
        }

        var at = random.Next(bytes.Count + 1);
        switch (kind)
        {
            case 0:
            {
                at = Math.Min(at, bytes.Count - 1);
                var length = Length(random, bytes.Count - at);
                bytes.RemoveRange(at, length);
                return $"cut {length} bytes at {at}";
            }

            case 1:
            {
                var from = random.Next(bytes.Count);
                var length = Math.Min(Length(random, bytes.Count), bytes.Count - from);
                bytes.InsertRange(at, bytes.GetRange(from, length));
                return $"duplicated {length} bytes from {from} at {at}";
            }

            case 2:
            {
                // Two ranges swap places: reordered bytes, which moves halves of records and quotes around.
                var first = random.Next(bytes.Count);
                var second = random.Next(bytes.Count);
                (first, second) = (Math.Min(first, second), Math.Max(first, second));
                var length = Math.Min(Length(random, bytes.Count), second - first);
                var left = bytes.GetRange(first, length);
                var right = bytes.GetRange(second, Math.Min(length, bytes.Count - second));
                bytes.RemoveRange(second, right.Count);
                bytes.InsertRange(second, left);
                bytes.RemoveRange(first, left.Count);
                bytes.InsertRange(first, right);
                return $"swapped {left.Count} bytes at {first} with {right.Count} at {second}";
            }

            case 3:
            {
                var lines = SplitLines(bytes);
                var a = random.Next(lines.Count);
                var b = random.Next(lines.Count);
                (lines[a], lines[b]) = (lines[b], lines[a]);
                bytes.Clear();
                bytes.AddRange(lines.SelectMany(line => line));
                return $"swapped lines {a + 1} and {b + 1}";
            }

            case 4:
            {
                var insert = Interesting[random.Next(Interesting.Length)];
                bytes.InsertRange(at, insert);
                return $"inserted {Show(insert)} at {at}";
            }

            case 5:
            {
                // The first quote at or after a random place, wrapping around.
                var quote = bytes.IndexOf((byte)'"', Math.Min(at, bytes.Count - 1));
                quote = quote >= 0 ? quote : bytes.IndexOf((byte)'"');
                if (quote < 0)
                {
                    goto case 4;
                }

                bytes.RemoveAt(quote);
                return $"removed the quote at {quote}";
            }

            case 6:
            {
                at = Math.Min(at, bytes.Count - 1);
                var bit = random.Next(8);
                bytes[at] ^= (byte)(1 << bit);
                return $"flipped bit {bit} of byte {at}";
            }

            case 7:
            {
                at = Math.Min(at, bytes.Count - 1);
                bytes.RemoveRange(at, bytes.Count - at);
                return $"truncated at {at}";
            }

            default:
            {
                // A field grows very long: a pasted blob.
                var length = random.Next(1_000, 20_000);
                var filler = new byte[length];
                for (var index = 0; index < length; index++)
                {
                    filler[index] = (byte)"ab\"c,|. "[random.Next(8)];
                }

                bytes.InsertRange(at, filler);
                return $"inserted {length} bytes of text, quotes and commas at {at}";
            }
        }
    }

    // Mostly short damage, sometimes large: most real corruption is small, but whole blocks do get lost.
    private static int Length(Random random, int available) =>
        Math.Max(1, Math.Min(available, random.Next(4) == 0 ? random.Next(1, Math.Max(2, available)) : random.Next(1, 64)));

    private static List<List<byte>> SplitLines(List<byte> bytes)
    {
        var lines = new List<List<byte>> { new() };
        foreach (var value in bytes)
        {
            lines[^1].Add(value);
            if (value == (byte)'\n')
            {
                lines.Add(new List<byte>());
            }
        }

        return lines;
    }

    private static string Show(byte[] bytes) => string.Join(" ", bytes.Select(value => "0x" + value.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
}
