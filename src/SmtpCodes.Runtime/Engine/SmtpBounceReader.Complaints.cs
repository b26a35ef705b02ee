namespace SmtpCodes
{
    using global::System.Collections.Generic;

    /// <summary>
    /// Complaints, read as feedback reports name their complainant: an ARF report's part (RFC 5965), or Microsoft's
    /// Junk Mail Reporting Program's complaint, which names it in a header field of its own.
    /// </summary>
    internal static partial class SmtpBounceReader
    {
        // Microsoft's Junk Mail Reporting Program sends a complaint in one of two formats (the program's partner FAQ, MSN
        // Hotmail, 2009): "RFC822 Attachment", the reported message attached to a message from staff@hotmail.com (the
        // sender Sisimai::ARF keys on too), whatever its subject ("complaint about message from <ip>" in those of
        // 2015-2016); or "Original", the reported message forwarded as it is. The reported message names the complainant
        // in X-HmXmrOriginalRecipient, a field only that program writes (Sisimai::ARF reads the recipient there,
        // "Microsoft ARF: original recipient"): in the message's own header, or in the header of the message it attaches.
        private static bool IsJunkMailComplaint(SmtpMimeHeaderList headers, string subject, SmtpMimeHeaderList returnedHeaders, bool returnsMessage)
        {
            return headers.Has(JunkMailComplainantField)
                || (returnsMessage && (returnedHeaders.Has(JunkMailComplainantField) || SmtpBouncePhrases.ContainsAny(subject, SmtpBouncePhrases.ComplaintSubjects)
                    || IsFromAddress(headers, JunkMailReportSender)));
        }

        private const string JunkMailComplainantField = "X-HmXmrOriginalRecipient";

        private const string JunkMailReportSender = "staff@hotmail.com";

        // The complainant of a junk mail complaint, as an ARF report's Original-Rcpt-To, with the feedback type "abuse"
        // that Microsoft's program means and does not write (Sisimai::ARF fills in the same).
        private static void ReadJunkMailComplainant(SmtpMimeHeaderList reported, List<SmtpBounceRecipient> into)
        {
            SmtpMimeText value = reported.Find(JunkMailComplainantField, out int valueStart, out int valueEnd);
            string address = SmtpMailAddresses.Normalise(value, valueStart, valueEnd);
            if (address.Length == 0)
            {
                return;
            }

            into.Add(Complainant(address, "abuse"));
        }

        // A complainant as a feedback report names it: delivered, so no action; the feedback type as its diagnostic text.
        private static SmtpBounceRecipient Complainant(string address, string feedbackType)
        {
            SmtpBounceRecipientFields recipient = SmtpBounceRecipientFields.Empty;
            recipient.FinalRecipient = address;
            recipient.Action = SmtpDeliveryAction.Unknown;
            recipient.DiagnosticType = "feedback-type";
            recipient.DiagnosticText = feedbackType;
            recipient.Evidence = string.Empty;
            return new SmtpBounceRecipient(recipient);
        }

        private static void ReadFeedbackReport(SmtpMimeEntity report, List<SmtpBounceRecipient> into)
        {
            SmtpMimeHeaderList fields = SmtpMimeArena.HeaderList();
            SmtpMimeText text = report.DecodedRange(out int start, out int end);
            SmtpMimeHeaderList.Parse(text, start, end, fields);
            // Each field read where it lies: a string only of what is returned.
            SmtpMimeText value = fields.Find("Original-Rcpt-To", out int valueStart, out int valueEnd);
            string address = SmtpMailAddresses.Normalise(value, valueStart, valueEnd);
            if (address.Length == 0)
            {
                value = fields.Find("Removal-Recipient", out valueStart, out valueEnd);
                address = SmtpMailAddresses.Normalise(value, valueStart, valueEnd);
            }

            if (address.Length == 0)
            {
                return;
            }

            value = fields.Find("Feedback-Type", out valueStart, out valueEnd);
            into.Add(Complainant(address, SmtpMimeText.Trim(value, valueStart, valueEnd)));
        }
    }
}
