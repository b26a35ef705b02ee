namespace SmtpCodes
{
    using global::System.Collections.Generic;

    /// <summary>
    /// What the bounce's own header says: its own addresses (never a failed recipient), its sender, Exim's
    /// X-Failed-Recipients, and the reporting MTA of a bounce without a report.
    /// </summary>
    internal static partial class SmtpBounceReader
    {
        // The bounce's From address, where it lies (the first address the field names).
        private static bool TryFindFromAddress(SmtpMimeHeaderList headers, out SmtpMimeText from, out int start, out int end)
        {
            from = headers.Find("From", out int fromStart, out int fromEnd);
            return SmtpMailAddresses.TryFind(from, fromStart, fromEnd, out start, out end);
        }

        // Gmail's daemon, the sender of Gmail's and Google Groups' notices (SmtpBounceReader.GroupRefusedThePost).
        private const string GmailDaemon = "mailer-daemon@googlemail.com";

        // Whether the bounce's From address is that address (any case).
        private static bool IsFromAddress(SmtpMimeHeaderList headers, string address)
        {
            return TryFindFromAddress(headers, out SmtpMimeText from, out int start, out int end)
                && end - start == address.Length
                && SmtpMimeText.Compare(from, start, address, 0, address.Length, global::System.StringComparison.OrdinalIgnoreCase) == 0;
        }

        // The list command addresses of RFC 2369 (List-Help, List-Subscribe, List-Unsubscribe) belong to the list that
        // carried the bounce, and a list footer repeats them in the text ("To unsubscribe, e-mail: ..."): never a
        // failed recipient. List-Post is left out: a list's posting address can be the one that failed (a list loop).
        private static readonly string[] OwnAddressFields = { "From", "To", "Return-Path", "Reply-To", "Sender", "Errors-To", "Delivered-To", "List-Help", "List-Subscribe", "List-Unsubscribe" };

        // The addresses of the bounce's own header, as written: compared without regard to case, where they lie.
        private static List<SmtpTextRange> OwnAddresses(SmtpMimeHeaderList headers)
        {
            List<SmtpTextRange> own = SmtpMimeArena.Addresses();
            for (int i = 0; i < OwnAddressFields.Length; i++)
            {
                SmtpMimeText value = headers.Find(OwnAddressFields[i], out int position, out int valueEnd);
                while (SmtpMailAddresses.TryFind(value, position, valueEnd, out int start, out int end))
                {
                    own.Add(new SmtpTextRange { Text = value, Start = start, End = end });
                    position = end;
                }
            }

            return own;
        }

        // Whether the bounce's From address is at the domain (any case).
        private static bool IsFromDomain(SmtpMimeHeaderList headers, string domain)
        {
            return TryFindFromAddress(headers, out SmtpMimeText from, out int start, out int end)
                && end - start > domain.Length && from[end - domain.Length - 1] == '@'
                && SmtpMimeText.Compare(from, end - domain.Length, domain, 0, domain.Length, global::System.StringComparison.OrdinalIgnoreCase) == 0;
        }

        // Exim names every failed address in X-Failed-Recipients: any the text reader missed is added, from every such
        // field (a message relayed through two Exims, or a tool writing a field per address, has several).
        private static void AddFailedRecipientsHeader(SmtpMimeHeaderList headers, List<SmtpFoundRecipient> found)
        {
            int field = -1;
            do
            {
                SmtpMimeText value = headers.FindNext("X-Failed-Recipients", ref field, out int position, out int valueEnd);
                AddFailedRecipients(value, position, valueEnd, found);
            }
            while (field >= 0);
        }

        private static void AddFailedRecipients(SmtpMimeText value, int position, int valueEnd, List<SmtpFoundRecipient> found)
        {
            while (SmtpMailAddresses.TryFind(value, position, valueEnd, out int start, out int end))
            {
                // Compared where it lies: a string only for an address that is added.
                bool known = false;
                for (int i = 0; i < found.Count && !known; i++)
                {
                    known = found[i].Address.EqualsIgnoreCase(value, start, end);
                }

                if (!known)
                {
                    found.Add(SmtpFoundRecipient.Of(new SmtpTextRange { Text = value, Start = start, End = end }));
                }

                position = end;
            }
        }

        // Postfix "This is the mail system at host X.", qmail "This is the qmail-send program at X.", else the sender's domain.
        private static readonly string[] ReportingMtaOpenings = { "mail system at host ", "qmail-send program at " };

        // The host name ends before the full stop of the sentence that names it.
        private static readonly char[] SentenceDot = { '.' };

        private static string PlainReportingMta(SmtpMimeHeaderList headers, SmtpBounceText text)
        {
            SmtpMimeText human = text.Text;
            int humanEnd = text.ExplanationEnd;
            string[] openings = ReportingMtaOpenings;
            for (int i = 0; i < openings.Length; i++)
            {
                int at = human.IndexOf(openings[i], text.Start, humanEnd - text.Start, global::System.StringComparison.OrdinalIgnoreCase);
                if (at >= 0)
                {
                    int start = at + openings[i].Length;
                    int end = start;
                    while (end < humanEnd && (char.IsLetterOrDigit(human[end]) || human[end] == '.' || human[end] == '-'))
                    {
                        end++;
                    }

                    return human.Substring(start, SmtpMimeText.TrimEnd(human, start, end, SentenceDot) - start);
                }
            }

            if (TryFindFromAddress(headers, out SmtpMimeText from, out int addressStart, out int addressEnd))
            {
                int atSign = from.IndexOf('@', addressStart, addressEnd - addressStart);
                return from.Substring(atSign + 1, addressEnd - atSign - 1);
            }

            return string.Empty;
        }
    }
}
