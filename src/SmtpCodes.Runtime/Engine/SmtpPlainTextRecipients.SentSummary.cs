namespace SmtpCodes
{
    using global::System.Collections.Generic;

    /// <summary>
    /// MailScanner's notices to the sender of a message it stopped (its reports sender.virus.report.txt,
    /// sender.filename.report.txt, sender.spam.report.txt, sender.content.report.txt, sender.error.report.txt) sum the
    /// message up under a heading that ends "... a message you sent:-" ("Our virus detector has just been triggered by a
    /// message you sent:-"), with its "To: $to", "Subject:" and "Date:" fields indented below: the To field names the
    /// recipients the message did not reach. Anywhere else a quoted To field names the returned message's recipients,
    /// not the failed ones, so it is read only under that heading. The German, French and Spanish reports MailScanner
    /// ships (reports/de, fr, es) end their headings and name the field in their own words (the German ones "... durch
    /// eine Nachricht von Ihnen ausgelöst:" and "... von einer von Ihnen gesandten Nachricht ausgelöst:", "An:").
    /// Taylor UUCP's uuxqt tells the sender of mail it could not hand to rmail the same way: a heading ("Execution
    /// request failed:", or "Execution requested was:" after the reason) over the command line it ran, indented,
    /// "rmail a@b c@d": the addresses are the recipients the mail did not reach (as Taylor UUCP 1.07's uuxqt writes its
    /// "Execution failed" notices, both to the sender and to the UUCP administrator).
    /// </summary>
    internal static partial class SmtpPlainTextRecipients
    {
        // Each heading's end, and what starts the line under it that names the recipients (a To field, a command).
        private static readonly string[][] SentSummaryHeadings =
        {
            new[] { "a message you sent:-", "to:" },
            new[] { "ausgelöst:", "an:" },
            new[] { "vous venez d'envoyer:", "à:" },
            new[] { "mensaje enviado por usted:", "a:" },

            // Taylor UUCP's uuxqt: the command under either heading is rmail's, its arguments the recipients.
            new[] { "execution request failed:", "rmail " },
            new[] { "execution requested was:", "rmail " },
        };

        // The heading the line ends with (its index in SentSummaryHeadings), or -1.
        private static int SentSummaryHeading(SmtpMimeText text, int start, int end)
        {
            int trimmed = SmtpMimeText.TrimEnd(text, start, end, Blanks);
            for (int i = 0; i < SentSummaryHeadings.Length; i++)
            {
                if (SmtpMimeText.EndsWithIgnoreCase(text, start, trimmed, SentSummaryHeadings[i][0]))
                {
                    return i;
                }
            }

            return -1;
        }

        // Adds every address of the summary's To field on the line (several are joined by commas); whether the line is that field.
        private static bool TryAddSummaryRecipients(SmtpMimeText text, int start, int end, int heading, List<SmtpTextRange> excluded, List<SmtpFoundRecipient> into)
        {
            string field = SentSummaryHeadings[heading][1];
            int first = SmtpMimeText.TrimStart(text, start, end, Blanks);
            if (!SmtpMimeText.StartsWithIgnoreCase(text, first, end, field))
            {
                return false;
            }

            int from = first + field.Length;
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
