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
