namespace SmtpCodes
{
    using global::System.Collections.Generic;

    /// <summary>
    /// MailScanner's notices to the sender of a message it stopped (its reports sender.virus.report.txt,
    /// sender.filename.report.txt, sender.spam.report.txt, sender.content.report.txt, sender.error.report.txt) sum the
    /// message up under a heading that ends "... a message you sent:-" ("Our virus detector has just been triggered by a
    /// message you sent:-"), with its "To: $to", "Subject:" and "Date:" fields indented below: the To field names the
    /// recipients the message did not reach. Anywhere else a quoted To field names the returned message's recipients,
    /// not the failed ones, so it is read only under that heading.
    /// </summary>
    internal static partial class SmtpPlainTextRecipients
    {
        private const string SentSummaryHeading = "a message you sent:-";

        private const string SummaryToField = "to:";

        private static bool IsSentSummaryHeading(SmtpMimeText text, int start, int end)
        {
            return SmtpMimeText.EndsWithIgnoreCase(text, start, SmtpMimeText.TrimEnd(text, start, end, Blanks), SentSummaryHeading);
        }

        // Adds every address of the summary's To field on the line (several are joined by commas); whether the line is that field.
        private static bool TryAddSummaryRecipients(SmtpMimeText text, int start, int end, List<SmtpTextRange> excluded, List<SmtpFoundRecipient> into)
        {
            int first = SmtpMimeText.TrimStart(text, start, end, Blanks);
            if (!SmtpMimeText.StartsWithIgnoreCase(text, first, end, SummaryToField))
            {
                return false;
            }

            int from = first + SummaryToField.Length;
            while (into.Count < MaxRecipients && SmtpMailAddresses.TryFind(text, from, end, out int addressStart, out int addressEnd))
            {
                if (IndexOf(into, text, addressStart, addressEnd) < 0 && !ContainsIgnoreCase(excluded, text, addressStart, addressEnd))
                {
                    into.Add(SmtpFoundRecipient.At(new SmtpTextRange { Text = text, Start = addressStart, End = addressEnd }, start));
                }

                from = addressEnd;
            }

            return true;
        }
    }
}
