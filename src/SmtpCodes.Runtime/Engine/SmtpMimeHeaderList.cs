namespace SmtpCodes
{
    using global::System.Text;

    /// <summary>
    /// The header fields of one MIME entity (or one field group of a delivery-status part), in order. Reading is lenient
    /// as real bounces require: a line that is neither a field nor a continuation ends the header (the rest is body),
    /// unless more fields follow it within a few lines (then it is a continuation that lost its indentation), and a
    /// first line that is not a field means the entity has no header at all. A field is kept as where its name and
    /// value lie in the text: a value becomes a string (unfolded and trimmed) only when it is asked for, since a bounce
    /// reader asks for a few fields of the many a message carries (its Received lines are most of a header).
    /// </summary>
    internal sealed class SmtpMimeHeaderList
    {
        private static readonly SmtpHeaderField[] NoFields = new SmtpHeaderField[0];

        // What ends a field's value without being part of it.
        private static readonly char[] Blanks = { ' ', '\t' };

        // A header longer than this (hostile: a message of header lines) is read, but its array is not kept for reuse.
        private const int MaxKeptFields = 256;

        private SmtpMimeText text = SmtpMimeText.Empty;
        private SmtpHeaderField[] fields = NoFields;
        private int count;

        internal int Count => count;

        /// <summary>The first field of that name, unfolded and trimmed; empty when there is none. A new string each time: ask once.</summary>
        internal string Get(string name)
        {
            int index = IndexOf(name);
            return index < 0 ? string.Empty : ValueAt(index);
        }

        internal bool Has(string name)
        {
            return IndexOf(name) >= 0;
        }

        /// <summary>
        /// The first field of that name to read in place: the text it lies in (the header's own text for a one-line
        /// field, an unfolded copy in a buffer of the read for a folded one, empty when there is none) and its bounds there, trimmed.
        /// </summary>
        internal SmtpMimeText Find(string name, out int valueStart, out int valueEnd)
        {
            return FindAt(IndexOf(name), out valueStart, out valueEnd);
        }

        /// <summary>
        /// The next field of that name after the field at <paramref name="index"/> (-1: from the first), read in place
        /// as <see cref="Find"/> reads it; <paramref name="index"/> becomes its index, -1 when there is none.
        /// </summary>
        internal SmtpMimeText FindNext(string name, ref int index, out int valueStart, out int valueEnd)
        {
            index = IndexOf(name, index + 1);
            return FindAt(index, out valueStart, out valueEnd);
        }

        /// <summary>Where the line of the second field of that name starts in <see cref="Text"/>, or -1 when there is no second one.</summary>
        internal int SecondFieldStart(string name)
        {
            int first = IndexOf(name);
            int second = first < 0 ? -1 : IndexOf(name, first + 1);
            return second < 0 ? -1 : fields[second].NameStart;
        }

        private SmtpMimeText FindAt(int index, out int valueStart, out int valueEnd)
        {
            if (index < 0)
            {
                valueStart = 0;
                valueEnd = 0;
                return SmtpMimeText.Empty;
            }

            SmtpHeaderField field = fields[index];
            if (field.IsFolded)
            {
                SmtpMimeText unfolded = SmtpMimeDecoder.FinishText(Unfold(text, field.ValueStart, field.ValueEnd));
                valueStart = 0;
                valueEnd = unfolded.Length;
                return unfolded;
            }

            valueStart = field.ValueStart;
            valueEnd = field.ValueEnd;
            return text;
        }

        /// <summary>The text the fields were read from.</summary>
        internal SmtpMimeText Text => text;

        /// <summary>Where the first field of that name has its value in <see cref="Text"/> (folded lines included, trimmed at both ends).</summary>
        internal bool TryFind(string name, out int valueStart, out int valueEnd)
        {
            int index = IndexOf(name);
            valueStart = index < 0 ? 0 : fields[index].ValueStart;
            valueEnd = index < 0 ? 0 : fields[index].ValueEnd;
            return index >= 0;
        }

        /// <summary>Whether the first field of that name starts with <paramref name="prefix"/> (any case), read in place.</summary>
        internal bool ValueStartsWith(string name, string prefix)
        {
            int index = IndexOf(name);
            return index >= 0 && SmtpMimeText.StartsWithIgnoreCase(text, fields[index].ValueStart, fields[index].ValueEnd, prefix);
        }

        /// <summary>Whether the first field of that name contains <paramref name="word"/> (any case), read in place.</summary>
        internal bool ValueContains(string name, string word)
        {
            int index = IndexOf(name);
            if (index < 0)
            {
                return false;
            }

            SmtpHeaderField field = fields[index];
            return field.ValueEnd - field.ValueStart >= word.Length
                && text.IndexOf(word, field.ValueStart, field.ValueEnd - field.ValueStart, global::System.StringComparison.OrdinalIgnoreCase) >= 0;
        }

        /// <summary>
        /// Reads fields from <paramref name="start"/> into <paramref name="into"/> (emptied first) and returns where the
        /// body starts (after the blank line, or at the first line that is not a field). Leading mbox "From " lines are skipped.
        /// </summary>
        internal static int Parse(SmtpMimeText text, int start, int end, SmtpMimeHeaderList into)
        {
            // The list's own array is filled in place: lists are reused from read to read (SmtpMimeArena), so after the
            // first messages a header is read without allocating, and Clear drops an array of a hostile length.
            SmtpHeaderField[] fields = into.fields.Length == 0 ? new SmtpHeaderField[16] : into.fields;
            int count = 0;
            int bodyStart = Parse(text, start, end, ref fields, ref count);
            into.fields = fields;
            into.text = text;
            into.count = count;
            return bodyStart;
        }

        /// <summary>Empties the list for reuse: no reference to the text is kept, nor an array of a hostile length.</summary>
        internal void Clear()
        {
            text = SmtpMimeText.Empty;
            count = 0;
            if (fields.Length > MaxKeptFields)
            {
                fields = NoFields;
            }
        }

        /// <summary>
        /// An mbox separator line, <c>From sender date</c> (RFC 4155), or a copy of one that a later mailbox quoted with
        /// <c>&gt;</c> (as mboxrd quotes such lines): what a message saved from a mailbox file carries before its header.
        /// </summary>
        private static bool IsMboxSeparator(SmtpMimeText text, int position, int end)
        {
            int quoted = position;
            while (quoted < end && text[quoted] == '>')
            {
                quoted++;
            }

            return SmtpMimeText.StartsWithIgnoreCase(text, quoted, end, "From ");
        }

        private static int Parse(SmtpMimeText text, int start, int end, ref SmtpHeaderField[] fields, ref int count)
        {
            int position = start;
            while (IsMboxSeparator(text, position, end))
            {
                SmtpMimeLines.LineEnd(text, position, end, out position);
            }

            while (position < end)
            {
                int lineEnd = SmtpMimeLines.LineEnd(text, position, end, out int next);
                if (SmtpMimeText.IsBlank(text, position, lineEnd))
                {
                    // The blank line (whitespace-only counts, as most readers treat it) that ends the header.
                    return next;
                }

                char first = text[position];
                if ((first == ' ' || first == '\t') && count > 0)
                {
                    // A folded line continues the last field: its range grows to the end of this line.
                    fields[count - 1].FoldedEnd = SmtpMimeText.TrimEnd(text, position, lineEnd, Blanks);
                    position = next;
                    continue;
                }

                int colon = FieldNameEnd(text, position, lineEnd);
                if (colon < 0 && count > 0 && (FieldsResume(text, next, end) || IsParameterAfterSemicolon(text, fields[count - 1].ValueEnd, position, lineEnd)))
                {
                    // A folded line that lost its indentation (a relay or an export stripped it: Exim's Received lines,
                    // a Diagnostic-Code's "550-" lines) continues the last field when the header goes on after it, or
                    // when it is the parameter a Content-Type's ';' announced ("multipart/alternative;" then "boundary=...").
                    fields[count - 1].FoldedEnd = SmtpMimeText.TrimEnd(text, position, lineEnd, Blanks);
                    position = next;
                    continue;
                }

                if (colon < 0)
                {
                    return position;
                }

                if (count == fields.Length)
                {
                    global::System.Array.Resize(ref fields, count * 2);
                }

                fields[count++] = Field(text, position, colon, lineEnd);
                position = next;
            }

            return end;
        }

        // How far past a line that is no field the header is looked for: a few unindented continuation lines.
        private const int MaxUnindentedLines = 8;

        // Whether a field follows within a few lines, before any blank line: the header goes on, so the lines before it
        // are continuations. The field's name must be a token (letters, digits, '-'), as every registered name is, so a
        // body that follows a header without its blank line ("<a@b>: host said: 550") does not pass for more header.
        private static bool FieldsResume(SmtpMimeText text, int position, int end)
        {
            for (int lines = 0; lines < MaxUnindentedLines && position < end; lines++)
            {
                int lineEnd = SmtpMimeLines.LineEnd(text, position, end, out int next);
                if (SmtpMimeText.IsBlank(text, position, lineEnd))
                {
                    return false;
                }

                int colon = FieldNameEnd(text, position, lineEnd);
                if (colon >= 0)
                {
                    return IsTokenName(text, position, colon);
                }

                position = next;
            }

            return false;
        }

        // Whether the last field's value ends in ';' and the line is "name=..." (RFC 2045 5.1: a parameter is attribute "=" value).
        private static bool IsParameterAfterSemicolon(SmtpMimeText text, int valueEnd, int start, int lineEnd)
        {
            if (valueEnd <= 0 || text[valueEnd - 1] != ';')
            {
                return false;
            }

            int equals = text.IndexOf('=', start, lineEnd - start);
            return equals > start && IsTokenName(text, start, equals);
        }

        private static bool IsTokenName(SmtpMimeText text, int start, int colon)
        {
            for (int i = start; i < colon; i++)
            {
                char c = text[i];
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether the line is a header field (<c>Name: value</c>).</summary>
        internal static bool IsFieldLine(SmtpMimeText text, int start, int lineEnd)
        {
            return FieldNameEnd(text, start, lineEnd) >= 0;
        }

        private static SmtpHeaderField Field(SmtpMimeText source, int nameStart, int colon, int lineEnd)
        {
            int nameEnd = colon;
            while (nameEnd > nameStart && (source[nameEnd - 1] == ' ' || source[nameEnd - 1] == '\t'))
            {
                nameEnd--;
            }

            int valueStart = colon + 1;
            while (valueStart < lineEnd && (source[valueStart] == ' ' || source[valueStart] == '\t'))
            {
                valueStart++;
            }

            return new SmtpHeaderField { NameStart = nameStart, NameLength = nameEnd - nameStart, ValueStart = valueStart, FoldedEnd = -SmtpMimeText.TrimEnd(source, valueStart, lineEnd, Blanks) - 1 };
        }

        private int IndexOf(string name)
        {
            return IndexOf(name, 0);
        }

        private int IndexOf(string name, int from)
        {
            for (int i = from; i < count; i++)
            {
                if (fields[i].NameLength == name.Length && SmtpMimeText.Compare(text, fields[i].NameStart, name, 0, name.Length, global::System.StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return i;
                }
            }

            return -1;
        }

        private string ValueAt(int index)
        {
            SmtpHeaderField field = fields[index];
            return field.IsFolded ? SmtpMimeDecoder.Finish(Unfold(text, field.ValueStart, field.ValueEnd)) : text.Substring(field.ValueStart, field.ValueEnd - field.ValueStart);
        }

        // The lines of a folded value, each trimmed of blanks, joined by one space, in the per-thread builder (SmtpMimeDecoder.Builder): finish it.
        private static StringBuilder Unfold(SmtpMimeText text, int start, int end)
        {
            StringBuilder value = SmtpMimeDecoder.Builder();
            int position = start;
            while (position < end)
            {
                int lineEnd = SmtpMimeLines.LineEnd(text, position, end, out int next);
                int from = position;
                while (from < lineEnd && (text[from] == ' ' || text[from] == '\t'))
                {
                    from++;
                }

                int to = SmtpMimeText.TrimEnd(text, from, lineEnd, Blanks);
                if (position > start)
                {
                    value.Append(' ');
                }

                text.AppendTo(value, from, to - from);
                position = next;
            }

            return value;
        }

        // The colon of a field line, or -1: a name is printable ASCII without a colon or space (trailing blanks allowed before the colon).
        private static int FieldNameEnd(SmtpMimeText text, int start, int lineEnd)
        {
            int limit = global::System.Math.Min(lineEnd, start + 80);
            bool sawBlank = false;
            for (int i = start; i < limit; i++)
            {
                char c = text[i];
                if (c == ':')
                {
                    return i > start ? i : -1;
                }

                if (c == ' ' || c == '\t')
                {
                    sawBlank = true;
                    continue;
                }

                if (sawBlank || c < '!' || c > '~')
                {
                    return -1;
                }
            }

            return -1;
        }

        /// <summary>Where one field lies in the text: 16 bytes, a header of 30 fields in one array of 480.</summary>
        private struct SmtpHeaderField
        {
            internal int NameStart;
            internal int NameLength;
            internal int ValueStart;

            /// <summary>The value's end; negative (-end - 1) while the field is one line, the end itself once a folded line continued it.</summary>
            internal int FoldedEnd;

            internal bool IsFolded => FoldedEnd >= 0;

            internal int ValueEnd => FoldedEnd >= 0 ? FoldedEnd : -FoldedEnd - 1;
        }
    }
}
