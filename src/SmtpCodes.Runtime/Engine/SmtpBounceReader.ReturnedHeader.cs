namespace SmtpCodes
{
    /// <summary>
    /// The header of the returned message (its own part, or quoted in a plain-text bounce's text): whether it was list
    /// mail, and its Message-ID, To and Subject.
    /// </summary>
    internal static partial class SmtpBounceReader
    {
        // The fields of list mail (RFC 2369, RFC 2919) and the precedence lists give their mail (and Mailman's own mark).
        private static readonly string[] ListFields = { "List-Id", "List-Post", "X-BeenThere" };

        private static void ReadOriginalHeaders(SmtpMessageParts parts, SmtpBounceText text, ref SmtpBounceMessageFields fields, out bool listMail, out SmtpMimeHeaderList original)
        {
            if (parts.HasReturnedMessage)
            {
                original = parts.ReturnedMessage.Headers;
            }
            else
            {
                // A plain-text bounce quotes the returned header in its text, after a marker line.
                SmtpMimeText human = text.Text;
                int position = text.ExplanationEnd;
                original = SmtpMimeArena.HeaderList();
                int lines = 0;
                while (position < text.End && lines < 40)
                {
                    int lineEnd = SmtpMimeLines.LineEnd(human, position, text.End, out int next);
                    if (SmtpMimeHeaderList.IsFieldLine(human, position, lineEnd) && !SmtpBouncePhrases.ContainsAny(human, position, lineEnd, SmtpBouncePhrases.ReturnedMessageMarkers))
                    {
                        SmtpMimeHeaderList.Parse(human, position, text.End, original);
                        break;
                    }

                    position = next;
                    lines++;
                }
            }

            // A list's mail is addressed to the list: its To does not name the subscriber whose delivery failed.
            listMail = original.ValueContains("Precedence", "list") || original.ValueContains("Precedence", "bulk");
            for (int i = 0; i < ListFields.Length && !listMail; i++)
            {
                listMail = original.Has(ListFields[i]);
            }

            fields.OriginalMessageId = original.Get("Message-ID");
            fields.OriginalTo = DecodedField(original, "To");
            fields.OriginalSubject = DecodedField(original, "Subject");
        }
    }
}
