namespace SmtpCodes
{
    /// <summary>
    /// Line boundaries in a message's text: CRLF, LF and CR all end a line, since bounces arrive with all three
    /// (a CR-only file from an old Mac client, LF from Unix mailboxes, CRLF on the wire).
    /// </summary>
    internal static class SmtpMimeLines
    {
        private static readonly char[] LineBreaks = { '\r', '\n' };

        /// <summary>The end (exclusive) of the line that starts at <paramref name="start"/>; <paramref name="next"/> is where the next line starts.</summary>
        internal static int LineEnd(SmtpMimeText text, int start, int end, out int next)
        {
            int at = start < end ? text.IndexOfAny(LineBreaks, start, end - start) : -1;
            if (at < 0)
            {
                next = end;
                return end;
            }

            next = text[at] == '\r' && at + 1 < end && text[at + 1] == '\n' ? at + 2 : at + 1;
            return at;
        }

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

        /// <summary>Whether <paramref name="text"/> at <paramref name="at"/> starts with <paramref name="value"/>, ignoring ASCII case.</summary>
        internal static bool StartsWithIgnoreCase(SmtpMimeText text, int at, int end, string value)
        {
            return end - at >= value.Length && SmtpMimeText.Compare(text, at, value, 0, value.Length, global::System.StringComparison.OrdinalIgnoreCase) == 0;
        }

        /// <summary>Whether the range ends with <paramref name="value"/>, ignoring case as string.EndsWith does with OrdinalIgnoreCase.</summary>
        internal static bool EndsWithIgnoreCase(SmtpMimeText text, int start, int end, string value)
        {
            return end - start >= value.Length && SmtpMimeText.Compare(text, end - value.Length, value, 0, value.Length, global::System.StringComparison.OrdinalIgnoreCase) == 0;
        }

        /// <summary>The end of the range once any of <paramref name="trimmed"/> is trimmed from it, as string.TrimEnd would, without the copy.</summary>
        internal static int TrimEnd(SmtpMimeText text, int start, int end, char[] trimmed)
        {
            while (end > start && global::System.Array.IndexOf(trimmed, text[end - 1]) >= 0)
            {
                end--;
            }

            return end;
        }
    }
}
