namespace SmtpCodes
{
    using global::System;
    using global::System.Text;

    /// <summary>
    /// The text the bounce reader searches: a string, or the first <see cref="Length"/> characters of a buffer that a
    /// read decoded into (the message read from bytes, the decoded text of a part; per-thread memory reused from read
    /// to read, see <see cref="SmtpMimeArena"/>). Its members are those of <see cref="string"/> the reader uses, with
    /// the same names and answers, so code reads the same over either; only <see cref="Substring"/> and
    /// <see cref="ToString"/> make a string, for the values a read returns. A string converts to it without a copy.
    /// Without spans, the reply parser and the diagnoser read it too, so the reader's evidence is diagnosed where it lies.
    /// </summary>
    internal readonly struct SmtpMimeText
    {
        /// <summary>The empty text.</summary>
        internal static readonly SmtpMimeText Empty = new SmtpMimeText(string.Empty);

        private static readonly char[] NoChars = new char[0];

        // The string, or null when the characters are the buffer's.
#if SMTPCODES_NULLABLE
        private readonly string? text;
#else
        private readonly string text;
#endif
        private readonly char[] chars;
        private readonly int length;

        /// <summary>The characters of a string (the string itself, not a copy).</summary>
        internal SmtpMimeText(string value)
        {
            text = value ?? string.Empty;
            chars = NoChars;
            length = text.Length;
        }

        /// <summary>The first <paramref name="count"/> characters of a buffer, which must not change while the text is read.</summary>
        internal SmtpMimeText(char[] buffer, int count)
        {
            if (count < 0 || count > buffer.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            text = null;
            chars = buffer;
            length = count;
        }

        /// <summary>The number of characters.</summary>
        internal int Length => length;

        /// <summary>The character at <paramref name="index"/>; out of range throws as a string's indexer does.</summary>
        internal char this[int index]
        {
            // Inlined into the reader's loops: the throw is in a method of its own.
            [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
            get
            {
                if (text != null)
                {
                    return text[index];
                }

                if ((uint)index >= (uint)length)
                {
                    ThrowIndexOutOfRange();
                }

                return chars[index];
            }
        }

        public static implicit operator SmtpMimeText(string value) => new SmtpMimeText(value);

        /// <summary>As <see cref="string.IndexOf(char, int, int)"/>.</summary>
        internal int IndexOf(char value, int startIndex, int count)
        {
            if (text != null)
            {
                return text.IndexOf(value, startIndex, count);
            }

            CheckRange(startIndex, count);
            return Array.IndexOf(chars, value, startIndex, count);
        }

        /// <summary>
        /// As <see cref="string.IndexOf(string, int, int, StringComparison)"/> for <see cref="StringComparison.Ordinal"/>
        /// and <see cref="StringComparison.OrdinalIgnoreCase"/> (the comparisons the reader makes).
        /// </summary>
        internal int IndexOf(string value, int startIndex, int count, StringComparison comparisonType)
        {
            return IndexOf(new SmtpMimeText(value), startIndex, count, comparisonType);
        }

        /// <summary>As <see cref="IndexOf(string, int, int, StringComparison)"/>, for a text to find that a read decoded (a multipart's boundary).</summary>
        internal int IndexOf(SmtpMimeText value, int startIndex, int count, StringComparison comparisonType)
        {
            bool ignoreCase = IgnoresCase(comparisonType);
            if (text != null && value.text != null)
            {
                return text.IndexOf(value.text, startIndex, count, comparisonType);
            }

            CheckRange(startIndex, count);
            if (value.length == 0)
            {
                return startIndex;
            }

#if SMTPCODES_SPAN
            int at = ignoreCase
                ? global::System.MemoryExtensions.IndexOf(Span(startIndex, count), value.Span(0, value.length), StringComparison.OrdinalIgnoreCase)
                : global::System.MemoryExtensions.IndexOf(Span(startIndex, count), value.Span(0, value.length));
            return at < 0 ? -1 : at + startIndex;
#else
            char first = value.CharAt(0);
            char firstUpper = ignoreCase ? UpperOrdinal(first) : first;
            for (int i = startIndex; i <= startIndex + count - value.length; i++)
            {
                char c = CharAt(i);
                if ((c == first || (ignoreCase && UpperOrdinal(c) == firstUpper)) && RangeEquals(this, i + 1, value, 1, value.length - 1, ignoreCase))
                {
                    return i;
                }
            }

            return -1;
#endif
        }

        /// <summary>As <see cref="string.IndexOfAny(char[], int, int)"/>.</summary>
        internal int IndexOfAny(char[] anyOf, int startIndex, int count)
        {
            if (text != null)
            {
                return text.IndexOfAny(anyOf, startIndex, count);
            }

            CheckRange(startIndex, count);
#if SMTPCODES_SPAN
            int at = global::System.MemoryExtensions.IndexOfAny(new ReadOnlySpan<char>(chars, startIndex, count), anyOf);
            return at < 0 ? -1 : at + startIndex;
#else
            for (int i = startIndex; i < startIndex + count; i++)
            {
                if (Array.IndexOf(anyOf, chars[i]) >= 0)
                {
                    return i;
                }
            }

            return -1;
#endif
        }

        /// <summary>As <see cref="string.LastIndexOfAny(char[], int, int)"/>: searches backwards from <paramref name="startIndex"/> over <paramref name="count"/> characters.</summary>
        internal int LastIndexOfAny(char[] anyOf, int startIndex, int count)
        {
            if (text != null)
            {
                return text.LastIndexOfAny(anyOf, startIndex, count);
            }

            CheckRange(startIndex - count + 1, count);
            for (int i = startIndex; i > startIndex - count; i--)
            {
                if (Array.IndexOf(anyOf, chars[i]) >= 0)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>As <see cref="string.Substring(int, int)"/>: a new string (the string itself when it is all of one).</summary>
        internal string Substring(int startIndex, int length)
        {
            if (text != null)
            {
                return text.Substring(startIndex, length);
            }

            CheckRange(startIndex, length);
            return length == 0 ? string.Empty : new string(chars, startIndex, length);
        }

        /// <summary>As <see cref="string.CopyTo(int, char[], int, int)"/>.</summary>
        internal void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (text != null)
            {
                text.CopyTo(sourceIndex, destination, destinationIndex, count);
            }
            else
            {
                CheckRange(sourceIndex, count);
                Array.Copy(chars, sourceIndex, destination, destinationIndex, count);
            }
        }

        /// <summary>As <see cref="StringBuilder.Append(string, int, int)"/> with this text: appends its characters from <paramref name="startIndex"/>.</summary>
        internal void AppendTo(StringBuilder builder, int startIndex, int count)
        {
            if (text != null)
            {
                builder.Append(text, startIndex, count);
            }
            else
            {
                CheckRange(startIndex, count);
                builder.Append(chars, startIndex, count);
            }
        }

        /// <summary>
        /// As <see cref="string.Compare(string, int, string, int, int, StringComparison)"/> for
        /// <see cref="StringComparison.Ordinal"/> and <see cref="StringComparison.OrdinalIgnoreCase"/>: zero when the
        /// ranges are equal (each range ends at its text's end when <paramref name="length"/> goes past it).
        /// </summary>
        internal static int Compare(SmtpMimeText strA, int indexA, string strB, int indexB, int length, StringComparison comparisonType)
        {
            return Compare(strA, indexA, new SmtpMimeText(strB), indexB, length, comparisonType);
        }

        /// <summary>As <see cref="string.CompareOrdinal(string, int, string, int, int)"/>.</summary>
        internal static int CompareOrdinal(SmtpMimeText strA, int indexA, string strB, int indexB, int length)
        {
            return Compare(strA, indexA, new SmtpMimeText(strB), indexB, length, StringComparison.Ordinal);
        }

        /// <summary>As <see cref="string.CompareOrdinal(string, int, string, int, int)"/>, for a second text that a read decoded.</summary>
        internal static int CompareOrdinal(SmtpMimeText strA, int indexA, SmtpMimeText strB, int indexB, int length)
        {
            return Compare(strA, indexA, strB, indexB, length, StringComparison.Ordinal);
        }

        /// <summary>As <see cref="string.Compare(string, int, string, int, int, StringComparison)"/>, for a second text that a read decoded.</summary>
        internal static int Compare(SmtpMimeText strA, int indexA, SmtpMimeText strB, int indexB, int length, StringComparison comparisonType)
        {
            bool ignoreCase = IgnoresCase(comparisonType);
            if (strA.text != null && strB.text != null)
            {
                return string.Compare(strA.text, indexA, strB.text, indexB, length, comparisonType);
            }

            int lengthA = Math.Min(length, strA.length - indexA);
            int lengthB = Math.Min(length, strB.length - indexB);
            strA.CheckRange(indexA, lengthA);
            strB.CheckRange(indexB, lengthB);
#if SMTPCODES_SPAN
            return global::System.MemoryExtensions.CompareTo(strA.Span(indexA, lengthA), strB.Span(indexB, lengthB), comparisonType);
#else
            int common = Math.Min(lengthA, lengthB);
            for (int i = 0; i < common; i++)
            {
                char a = strA.CharAt(indexA + i);
                char b = strB.CharAt(indexB + i);
                if (a != b && (!ignoreCase || UpperOrdinal(a) != UpperOrdinal(b)))
                {
                    return ignoreCase ? UpperOrdinal(a) - UpperOrdinal(b) : a - b;
                }
            }

            return lengthA - lengthB;
#endif
        }

        // Range searches: the questions the reader asks of a range (start to end) of a text, answered in place, with
        // no substring. They are here, beside the string members, so that there is one place for them.

        /// <summary>Whether the range holds only spaces and tabs.</summary>
        internal static bool IsBlank(SmtpMimeText text, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                if (text[i] != ' ' && text[i] != '\t')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether the range from <paramref name="at"/> to <paramref name="end"/> starts with <paramref name="value"/>, ignoring case as string.StartsWith does with OrdinalIgnoreCase.</summary>
        internal static bool StartsWithIgnoreCase(SmtpMimeText text, int at, int end, string value)
        {
            return end - at >= value.Length && Compare(text, at, value, 0, value.Length, StringComparison.OrdinalIgnoreCase) == 0;
        }

        /// <summary>Whether the range ends with <paramref name="value"/>, ignoring case as string.EndsWith does with OrdinalIgnoreCase.</summary>
        internal static bool EndsWithIgnoreCase(SmtpMimeText text, int start, int end, string value)
        {
            return end - start >= value.Length && Compare(text, end - value.Length, value, 0, value.Length, StringComparison.OrdinalIgnoreCase) == 0;
        }

        /// <summary>Whether the range holds exactly <paramref name="value"/>, ignoring case as string.Equals does with OrdinalIgnoreCase.</summary>
        internal static bool EqualsIgnoreCase(SmtpMimeText text, int start, int end, string value)
        {
            return end - start == value.Length && Compare(text, start, value, 0, value.Length, StringComparison.OrdinalIgnoreCase) == 0;
        }

        /// <summary>Whether the range, lower-cased as string.ToLowerInvariant does it (char by char), is <paramref name="lowerCase"/>.</summary>
        internal static bool EqualsLowered(SmtpMimeText text, int start, int end, string lowerCase)
        {
            if (end - start != lowerCase.Length)
            {
                return false;
            }

            for (int i = 0; i < lowerCase.Length; i++)
            {
                if (char.ToLowerInvariant(text[start + i]) != lowerCase[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Where <paramref name="value"/> last starts in the range (ignoring case as string.LastIndexOf does with OrdinalIgnoreCase), or -1.</summary>
        internal static int LastIndexOfIgnoreCase(SmtpMimeText text, int start, int end, string value)
        {
            int last = -1;
            int at = end - start >= value.Length ? text.IndexOf(value, start, end - start, StringComparison.OrdinalIgnoreCase) : -1;
            while (at >= 0)
            {
                last = at;
                at = end - (at + 1) >= value.Length ? text.IndexOf(value, at + 1, end - at - 1, StringComparison.OrdinalIgnoreCase) : -1;
            }

            return last;
        }

        /// <summary>The white space between the words of a header value or a line: spaces, tabs and the line breaks of folding.</summary>
        internal static readonly char[] BlanksAndLineBreaks = { ' ', '\t', '\r', '\n' };

        /// <summary>Narrows the range to its characters without white space at either end, as string.Trim would, without the copy.</summary>
        internal static void TrimWhiteSpace(SmtpMimeText text, ref int start, ref int end)
        {
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }
        }

        /// <summary>As string.Trim over the range: its characters without white space at either end, as a string (the string itself when nothing is cut from one).</summary>
        internal static string Trim(SmtpMimeText text, int start, int end)
        {
            TrimWhiteSpace(text, ref start, ref end);
            return start == 0 && end == text.Length ? text.ToString() : text.Substring(start, end - start);
        }

        /// <summary>The start of the range once any of <paramref name="trimmed"/> is trimmed from it, as string.TrimStart would, without the copy.</summary>
        internal static int TrimStart(SmtpMimeText text, int start, int end, char[] trimmed)
        {
            while (start < end && Array.IndexOf(trimmed, text[start]) >= 0)
            {
                start++;
            }

            return start;
        }

        /// <summary>The end of the range once any of <paramref name="trimmed"/> is trimmed from it, as string.TrimEnd would, without the copy.</summary>
        internal static int TrimEnd(SmtpMimeText text, int start, int end, char[] trimmed)
        {
            while (end > start && Array.IndexOf(trimmed, text[end - 1]) >= 0)
            {
                end--;
            }

            return end;
        }

        /// <summary>The text as a string: the string itself, or a new one of the buffer's characters.</summary>
        public override string ToString()
        {
            return text ?? (length == 0 ? string.Empty : new string(chars, 0, length));
        }

        private static void ThrowIndexOutOfRange()
        {
            throw new IndexOutOfRangeException();
        }

        // The character at an index already checked.
        private char CharAt(int index)
        {
            return text != null ? text[index] : chars[index];
        }

#if SMTPCODES_SPAN
        /// <summary>The characters of a range, in place (a range the caller has checked).</summary>
        internal ReadOnlySpan<char> Span(int startIndex, int count)
        {
            return text != null ? text.AsSpan(startIndex, count) : new ReadOnlySpan<char>(chars, startIndex, count);
        }
#else
        private static bool RangeEquals(SmtpMimeText strA, int indexA, SmtpMimeText strB, int indexB, int count, bool ignoreCase)
        {
            for (int i = 0; i < count; i++)
            {
                char a = strA.CharAt(indexA + i);
                char b = strB.CharAt(indexB + i);
                if (a != b && (!ignoreCase || UpperOrdinal(a) != UpperOrdinal(b)))
                {
                    return false;
                }
            }

            return true;
        }
#endif

        private static bool IgnoresCase(StringComparison comparisonType)
        {
            if (comparisonType == StringComparison.OrdinalIgnoreCase)
            {
                return true;
            }

            if (comparisonType != StringComparison.Ordinal)
            {
                // The reader compares ordinally; a culture's comparison would need the culture's rules.
                throw new ArgumentException("Only ordinal comparisons are supported.", nameof(comparisonType));
            }

            return false;
        }

        // The string's own checks on a range, with its exceptions.
        private void CheckRange(int startIndex, int count)
        {
            if (startIndex < 0 || startIndex > length)
            {
                throw new ArgumentOutOfRangeException(nameof(startIndex));
            }

            if (count < 0 || startIndex > length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }
        }

        // Ordinal case folding as StringComparison.OrdinalIgnoreCase does it: ASCII letters by their case, other
        // characters by the invariant culture's simple upper-case mapping (SmtpFirstOccurrences folds with it too), but
        // for LATIN SMALL LETTER LONG S, which the invariant culture upper-cases to "S" and OrdinalIgnoreCase keeps apart
        // from it (CaseFoldingTests compares every UTF-16 code unit with the runtime).
        internal static char UpperOrdinal(char c)
        {
            if (c < 0x80)
            {
                return c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
            }

            return c == LongS ? c : char.ToUpperInvariant(c);
        }

        private const char LongS = '\u017F';
    }
}
