namespace SmtpCodes
{
    using global::System.Collections.Generic;

    /// <summary>
    /// The last resort of a bounce that names no recipient: the returned message's one To address.
    /// </summary>
    internal static partial class SmtpPlainTextRecipients
    {
        private const string ToField = "To:";

        /// <summary>
        /// The last resort of a bounce that names no recipient: the returned message's one To address. Yahoo's failure
        /// notice quotes only the returned message's Subject and To above its copy; Sisimai's lhost modules fall back
        /// on the original message's To the same way. Only a To of exactly one address counts (a message to several,
        /// or to a list, does not say which failed), and never one of the bounce's own addresses: <paramref name="returnedTo"/>
        /// (the returned message's To) first, else a To line among other header lines quoted in the explanation.
        /// </summary>
        internal static void FindOnlyReturnedRecipient(string returnedTo, SmtpMimeText text, int start, int end, List<SmtpTextRange> excluded, List<SmtpFoundRecipient> into)
        {
            if (returnedTo.Length > 0)
            {
                AddOnlyAddress(returnedTo, 0, returnedTo.Length, -1, excluded, into);
                return;
            }

            int position = start;
            bool previousIsField = false;
            while (position < end)
            {
                int lineEnd = SmtpMimeLines.LineEnd(text, position, end, out int next);
                bool isField = SmtpMimeHeaderList.IsFieldLine(text, position, lineEnd);
                if (isField && SmtpMimeText.StartsWithIgnoreCase(text, position, lineEnd, ToField))
                {
                    int nextEnd = next < end ? SmtpMimeLines.LineEnd(text, next, end, out int _) : next;
                    if (previousIsField || (next < end && SmtpMimeHeaderList.IsFieldLine(text, next, nextEnd)))
                    {
                        // A To line quoted with other header lines (Subject, From, Date) of the returned message.
                        AddOnlyAddress(text, position + ToField.Length, lineEnd, position, excluded, into);
                        return;
                    }
                }

                previousIsField = isField;
                position = next;
            }
        }

        private const string ReceivedFieldName = "Received";

        private const string ForClause = "for";

        // How many of the returned message's Received fields are read for a FOR clause, from the topmost down.
        private const int MaxReceivedFields = 16;

        /// <summary>
        /// Before the returned message's To, the envelope recipient its Received fields name: RFC 5321 4.4 has a host that
        /// adds a Received field write the one recipient of that transfer in its FOR clause ("by mx.example.org with
        /// ESMTP id 1a2b for &lt;a@b&gt;; date"), and it is the envelope recipient that failed, where the header's To may
        /// name a list, an alias or someone else entirely (a Bcc recipient is in no To). The topmost field that has the
        /// clause is the latest hop that names one; only a clause of exactly one address counts, as for the To.
        /// </summary>
        internal static void FindReceivedRecipient(SmtpMimeHeaderList returnedHeaders, List<SmtpTextRange> excluded, List<SmtpFoundRecipient> into)
        {
            int field = -1;
            for (int i = 0; i < MaxReceivedFields; i++)
            {
                SmtpMimeText value = returnedHeaders.FindNext(ReceivedFieldName, ref field, out int start, out int end);
                if (field < 0)
                {
                    return;
                }

                // The clause stands before the ";" that the field's date follows (RFC 5322 3.6.7), or, as some hosts
                // write it, after the date: the date holds no word "for", so the whole value is read.
                int clause = ForClauseStart(value, start, end);
                if (clause >= 0)
                {
                    AddOnlyAddress(value, clause, ClauseEnd(value, clause, end), -1, excluded, into);
                    return;
                }
            }
        }

        // The clause ends at the ";" before the date, or with the value.
        private static int ClauseEnd(SmtpMimeText text, int clause, int end)
        {
            int semicolon = text.IndexOf(';', clause, end - clause);
            return semicolon < 0 ? end : semicolon;
        }

        // Where the address after the word "for" (a word between blanks) starts, or -1.
        private static int ForClauseStart(SmtpMimeText text, int start, int end)
        {
            int position = start;
            while (position < end)
            {
                int at = text.IndexOf(ForClause, position, end - position, global::System.StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    return -1;
                }

                int after = at + ForClause.Length;
                if (at > start && IsBlankOrLineBreak(text[at - 1]) && after < end && IsBlankOrLineBreak(text[after]))
                {
                    return after;
                }

                position = after;
            }

            return -1;
        }

        private static bool IsBlankOrLineBreak(char c) => global::System.Array.IndexOf(SmtpMimeText.BlanksAndLineBreaks, c) >= 0;

        // The range's address when it holds exactly one that is not the bounce's own nor a service address.
        private static void AddOnlyAddress(SmtpMimeText text, int start, int end, int lineStart, List<SmtpTextRange> excluded, List<SmtpFoundRecipient> into)
        {
            if (!SmtpMailAddresses.TryFind(text, start, end, out int addressStart, out int addressEnd)
                || SmtpMailAddresses.TryFind(text, addressEnd, end, out int _, out int _))
            {
                return;
            }

            if (!ContainsIgnoreCase(excluded, text, addressStart, addressEnd) && !SmtpMailAddresses.IsServiceAddress(text, addressStart, addressEnd))
            {
                into.Add(SmtpFoundRecipient.At(new SmtpTextRange { Text = text, Start = addressStart, End = addressEnd }, lineStart));
            }
        }
    }
}
