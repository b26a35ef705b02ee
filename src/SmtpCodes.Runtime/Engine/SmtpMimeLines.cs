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
    }
}
