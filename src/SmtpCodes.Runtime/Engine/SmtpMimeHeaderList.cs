namespace SmtpCodes
{
    using global::System.Collections.Generic;
    using global::System.Text;

    /// <summary>
    /// The header fields of one MIME entity (or one field group of a delivery-status part), unfolded, in order.
    /// Reading is lenient as real bounces require: a line that is neither a field nor a continuation ends the header
    /// (the rest is body), and a first line that is not a field means the entity has no header at all.
    /// </summary>
    internal sealed class SmtpMimeHeaderList
    {
        private readonly List<KeyValuePair<string, string>> fields = new List<KeyValuePair<string, string>>();

        internal int Count => fields.Count;

        internal string NameAt(int index) => fields[index].Key;

        internal string ValueAt(int index) => fields[index].Value;

        /// <summary>The first field of that name, unfolded and trimmed; empty when there is none.</summary>
        internal string Get(string name)
        {
            for (int i = 0; i < fields.Count; i++)
            {
                if (string.Equals(fields[i].Key, name, global::System.StringComparison.OrdinalIgnoreCase))
                {
                    return fields[i].Value;
                }
            }

            return string.Empty;
        }

        internal bool Has(string name)
        {
            for (int i = 0; i < fields.Count; i++)
            {
                if (string.Equals(fields[i].Key, name, global::System.StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Reads fields from <paramref name="start"/> and returns where the body starts (after the blank line, or at the
        /// first line that is not a field). A leading mbox "From " line is skipped.
        /// </summary>
        internal static int Parse(string text, int start, int end, SmtpMimeHeaderList into)
        {
            int position = start;
            if (SmtpMimeLines.StartsWithIgnoreCase(text, position, end, "From "))
            {
                SmtpMimeLines.LineEnd(text, position, end, out position);
            }

            SmtpPendingField field = SmtpPendingField.Create();
            while (position < end)
            {
                int lineEnd = SmtpMimeLines.LineEnd(text, position, end, out int next);
                if (SmtpMimeLines.IsBlank(text, position, lineEnd))
                {
                    // The blank line (whitespace-only counts, as most readers treat it) that ends the header.
                    field.Flush(into.fields, text);
                    return next;
                }

                char first = text[position];
                if ((first == ' ' || first == '\t') && field.HasName)
                {
                    field.Continue(text, position, lineEnd);
                    position = next;
                    continue;
                }

                int colon = FieldNameEnd(text, position, lineEnd);
                field.Flush(into.fields, text);
                if (colon < 0)
                {
                    return position;
                }

                field.Start(text.Substring(position, colon - position).TrimEnd(' ', '\t'), text, colon + 1, lineEnd);
                position = next;
            }

            field.Flush(into.fields, text);
            return end;
        }

        /// <summary>Whether the line is a header field (<c>Name: value</c>).</summary>
        internal static bool IsFieldLine(string text, int start, int lineEnd)
        {
            return FieldNameEnd(text, start, lineEnd) >= 0;
        }

        // The colon of a field line, or -1: a name is printable ASCII without a colon or space (trailing blanks allowed before the colon).
        private static int FieldNameEnd(string text, int start, int lineEnd)
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

        private static void Trim(string text, ref int start, ref int end)
        {
            while (start < end && (text[start] == ' ' || text[start] == '\t'))
            {
                start++;
            }

            while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\t'))
            {
                end--;
            }
        }

        /// <summary>
        /// The field being read: its value is a range of the text until a folded line continues it (most fields are
        /// one line, and become one substring, not a copy through a builder).
        /// </summary>
        private struct SmtpPendingField
        {
            private string name;
            private int valueStart;
            private int valueEnd;
            private StringBuilder folded;
            private bool isFolded;

            internal static SmtpPendingField Create() => new SmtpPendingField { name = string.Empty, folded = new StringBuilder() };

            internal bool HasName => name.Length > 0;

            internal void Start(string fieldName, string text, int start, int end)
            {
                Trim(text, ref start, ref end);
                name = fieldName;
                valueStart = start;
                valueEnd = end;
                isFolded = false;
            }

            internal void Continue(string text, int start, int end)
            {
                if (!isFolded)
                {
                    folded.Clear();
                    folded.Append(text, valueStart, valueEnd - valueStart);
                    isFolded = true;
                }

                Trim(text, ref start, ref end);
                folded.Append(' ');
                folded.Append(text, start, end - start);
            }

            internal void Flush(List<KeyValuePair<string, string>> into, string text)
            {
                if (name.Length > 0)
                {
                    into.Add(new KeyValuePair<string, string>(name, isFolded ? folded.ToString() : text.Substring(valueStart, valueEnd - valueStart)));
                }

                name = string.Empty;
                isFolded = false;
            }
        }
    }
}
