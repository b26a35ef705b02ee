namespace SmtpCodes
{
    using global::System.Collections.Generic;

    /// <summary>
    /// A recipient named by its local part alone after a label that says it failed ("Invalid receiver address: user1"),
    /// read only where no address was found.
    /// </summary>
    internal static partial class SmtpPlainTextRecipients
    {
        // What a label before a bare local part says: a recipient, and that it failed ("Receiver not found:", "Invalid
        // receiver address:", "Unknown recipient:"); a label that only names ("Recipient: unknown") names nobody.
        private static readonly string[] RecipientLabelWords = { "receiver", "recipient", "addressee" };

        private static readonly string[] FailedLabelWords = { "not found", "invalid", "unknown" };

        private const int LongestLabel = 48;

        /// <summary>
        /// A bounce of a host's own users may name the recipient by its local part alone after a label: CompuServe's
        /// "Invalid receiver address: user1" (the line GNU Mailman's Compuserve bounce detector reads) or "Receiver not
        /// found: user1". Read only where no address was found: the local part, as written, is the recipient.
        /// </summary>
        internal static void FindLabelledLocalParts(SmtpMimeText text, int start, int end, List<SmtpFoundRecipient> into)
        {
            int position = start;
            while (position < end && into.Count < MaxRecipients)
            {
                TrimmedLine(text, position, end, out int first, out int stop, out int next);
                int colon = stop > first ? text.IndexOf(':', first, global::System.Math.Min(stop - first, LongestLabel + 1)) : -1;
                if (colon > first && IsRecipientLabel(text, first, colon))
                {
                    int value = colon + 1;
                    TrimBlanks(text, ref value, ref stop);
                    if (SmtpMailAddresses.IsLocalPart(text, value, stop) && SmtpMailAddresses.HasLetter(text, value, stop))
                    {
                        if (IndexOf(into, text, value, stop) < 0)
                        {
                            into.Add(SmtpFoundRecipient.At(new SmtpTextRange { Text = text, Start = value, End = stop }, position));
                        }
                    }
                }

                position = next;
            }
        }

        private static bool IsRecipientLabel(SmtpMimeText text, int start, int colon)
        {
            return SmtpBouncePhrases.ContainsAny(text, start, colon, RecipientLabelWords) && SmtpBouncePhrases.ContainsAny(text, start, colon, FailedLabelWords);
        }
    }
}
