namespace SmtpCodes
{
    using global::System.Collections.Generic;

    /// <summary>
    /// Trend Micro InterScan E-Mail VirusWall NT's notice, which closes its own text with an "End of message" line and
    /// names its recipients there only in angle brackets, read only where no address was found.
    /// </summary>
    internal static partial class SmtpPlainTextRecipients
    {
        // The words of the line that closes the notice, between the asterisks or dashes around them.
        private const string EndOfMessageWords = "End of message";

        /// <summary>
        /// InterScan E-Mail VirusWall NT ends its notice with a line "***** End of message *****" and names the addresses
        /// it could not deliver to above it in angle brackets, after words of its own and no label the reader knows
        /// ("Unable to deliver message to &lt;a@b&gt;"); it may run straight from that line into the returned header
        /// with no marker, so the returned To must not stand for the recipient. GNU Mailman's SimpleMatch bounce
        /// detector reads InterScan NT's notices so: every bracketed address from the notice's start up to
        /// <c>\*+\s+End of message\s+\*+</c> (its kviv.be pattern; its s1.com pattern ends at "end of message" too).
        /// Read only where no address was found, and only where the marker line is in the explanation or the line that
        /// ends it (the first such line: a returned message quoting another notice is not read); an address after a label that names a sender ("From:") or the
        /// bounce's own addresses are none.
        /// </summary>
        internal static void FindAboveEndOfMessage(SmtpMimeText text, int start, int explanationEnd, int end, List<SmtpTextRange> excluded, List<SmtpFoundRecipient> into)
        {
            // The marker closes the explanation: it is in it, or the line at its end (what the reader took for the
            // returned message may start with it).
            int marker = EndOfMessageLine(text, start, end);
            marker = marker > explanationEnd ? -1 : marker;
            int position = start;
            while (marker >= 0 && position < marker && into.Count < MaxRecipients)
            {
                int lineEnd = SmtpMimeLines.LineEnd(text, position, marker, out int next);
                int from = position;
                while (SmtpMailAddresses.TryFind(text, from, lineEnd, out int addressStart, out int addressEnd))
                {
                    if (addressStart > position && text[addressStart - 1] == '<' && addressEnd < lineEnd && text[addressEnd] == '>'
                        && !HasNotRecipientLabelBefore(text, position, addressStart - 1)
                        && !ContainsIgnoreCase(excluded, text, addressStart, addressEnd)
                        && !SmtpMailAddresses.IsServiceAddress(text, addressStart, addressEnd)
                        && IndexOf(into, text, addressStart, addressEnd) < 0)
                    {
                        into.Add(SmtpFoundRecipient.At(new SmtpTextRange { Text = text, Start = addressStart, End = addressEnd }, position));
                    }

                    from = addressEnd;
                }

                position = next;
            }
        }

        // Where the first line whose words are only "End of message" (asterisks, dashes and blanks around them) starts, or -1.
        private static int EndOfMessageLine(SmtpMimeText text, int start, int end)
        {
            int position = start;
            while (position < end)
            {
                int lineEnd = SmtpMimeLines.LineEnd(text, position, end, out int next);
                int first = position;
                int stop = lineEnd;
                while (first < stop && IsMarkerPadding(text[first]))
                {
                    first++;
                }

                while (stop > first && IsMarkerPadding(text[stop - 1]))
                {
                    stop--;
                }

                if (stop - first == EndOfMessageWords.Length && SmtpMimeText.StartsWithIgnoreCase(text, first, stop, EndOfMessageWords))
                {
                    return position;
                }

                position = next;
            }

            return -1;
        }

        private static bool IsMarkerPadding(char c) => c == '*' || c == '-' || c == ' ' || c == '\t';

        // "From: <a@b>", "Sender: <a@b>": a label of the returned message's or the bounce's own addresses just before.
        private static bool HasNotRecipientLabelBefore(SmtpMimeText text, int lineStart, int bracket)
        {
            int end = SmtpMimeText.TrimEnd(text, lineStart, bracket, Blanks);
            for (int i = 0; i < NotRecipientLabels.Length; i++)
            {
                if (SmtpMimeText.EndsWithIgnoreCase(text, lineStart, end, NotRecipientLabels[i]))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
