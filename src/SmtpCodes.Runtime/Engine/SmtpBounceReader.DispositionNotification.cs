namespace SmtpCodes
{
    using global::System.Collections.Generic;

    /// <summary>
    /// A message disposition notification (MDN, RFC 8098): what became of a delivered message at the recipient's side.
    /// Most are read receipts and no bounce; an automatic action that deleted or refused the message is the recipient's
    /// side refusing it, as a Sieve "reject" answers (RFC 5429 section 2.1).
    /// </summary>
    internal static partial class SmtpBounceReader
    {
        // The action mode of a disposition that no person chose (RFC 8098 3.2.6.1: "the result of an automatic action,
        // rather than an explicit instruction by the user for this message").
        private const string AutomaticAction = "automatic-action";

        // Disposition types that say the message was not kept: RFC 8098's "deleted" (RFC 5429 2.1 makes a Sieve reject
        // answer with "automatic-action/MDN-sent-automatically; deleted": Cyrus IMAP's imap/lmtp_sieve.c, Dovecot's
        // Pigeonhole and LDA), and RFC 2298's "denied" and "failed", which RFC 3798 dropped and older writers keep.
        private static readonly string[] RefusalDispositionTypes = { "deleted", "denied", "failed" };

        // Disposition modifiers that say processing failed: "error" (RFC 8098 3.2.6.3: "An error of some sort occurred
        // that prevented successful processing of the message") and "failed" (Apache James's mailet MDN factory has it;
        // jSieve's reject writes "deleted/error").
        private static readonly string[] RefusalDispositionModifiers = { "error", "failed" };

        /// <summary>
        /// Reads an MDN: one whose Disposition is an automatic action's refusal is a bounce (PlainTextBounce: it is no
        /// RFC 3464 report, and carries no Status or Action) whose failed recipient is its Final-Recipient (else its
        /// Original-Recipient), diagnosed from the notice's words; any other disposition (a read receipt: "displayed",
        /// "dispatched", "processed", or a person's "deleted") says the message was delivered: NotBounce, no recipient.
        /// False when the part has no Disposition, or a refusal names no recipient: the message is then read as before.
        /// </summary>
        private static bool TryReadDispositionNotification(SmtpMimeHeaderList headers, SmtpMimeEntity part, SmtpBounceText human, ref SmtpBounceMessageFields fields, List<SmtpFoundRecipient> found, List<SmtpBounceRecipient> recipients, ref SharedReading shared, out SmtpBounceMessageKind kind)
        {
            kind = SmtpBounceMessageKind.NotBounce;
            SmtpMimeText text = part.DecodedRange(out int start, out int end);
            SmtpMimeHeaderList mdn = SmtpMimeArena.HeaderList();
            SmtpMimeHeaderList.Parse(text, start, end, mdn);
            if (!mdn.Has("Disposition"))
            {
                return false;
            }

            SmtpMimeText disposition = mdn.Find("Disposition", out int dispositionStart, out int dispositionEnd);
            if (!IsRefusal(disposition, dispositionStart, dispositionEnd))
            {
                return true;
            }

            List<SmtpBounceRecipientFields> groups = SmtpMimeArena.RecipientFields();
            SmtpDeliveryStatusReader.Read(text, start, end, ref fields, groups);
            if (groups.Count == 0 && mdn.Has(MisspeltFinalRecipient))
            {
                SmtpBounceRecipientFields misspelt = SmtpBounceRecipientFields.Empty;
                misspelt.FinalRecipient = SmtpDeliveryStatusReader.AddressAfterType(mdn, MisspeltFinalRecipient, groups);
                groups.Add(misspelt);
            }

            for (int i = groups.Count - 1; i >= 0; i--)
            {
                SmtpBounceRecipientFields group = groups[i];
                if (group.FinalRecipient.Length == 0)
                {
                    // An empty field names no one (Exchange writes one when it knows no sender to name: [MS-OXCMAIL], MDN generation).
                    groups.RemoveAt(i);
                    continue;
                }

                group.Action = SmtpDeliveryAction.Failed;
                groups[i] = group;
            }

            if (groups.Count == 0)
            {
                return false;
            }

            // The notice's words about the recipient are its evidence: an MDN has no Diagnostic-Code.
            SmtpPlainTextRecipients.Find(human.Text, human.Start, human.ExplanationEnd, OwnAddresses(headers), found);
            AddReportRecipients(groups, false, found, human, fields.Subject, ref shared, recipients);
            if (fields.ReportingMta.Length == 0)
            {
                fields.ReportingMta = PlainReportingMta(headers, human);
            }

            kind = SmtpBounceMessageKind.PlainTextBounce;
            return true;
        }

        // Whether a Disposition value ("action-mode/sending-mode; type[/modifier, ...]", any case, blanks allowed around
        // its separators) reports an automatic action that did not keep the message.
        private static bool IsRefusal(SmtpMimeText text, int start, int end)
        {
            int semicolon = end > start ? text.IndexOf(';', start, end - start) : -1;
            if (semicolon < 0 || !SmtpMimeText.StartsWithIgnoreCase(text, SmtpMimeText.TrimStart(text, start, semicolon, SmtpMimeText.BlanksAndLineBreaks), semicolon, AutomaticAction))
            {
                return false;
            }

            int slash = text.IndexOf('/', semicolon, end - semicolon);
            int typeEnd = slash < 0 ? end : slash;
            if (IsOneOf(text, semicolon + 1, typeEnd, RefusalDispositionTypes))
            {
                return true;
            }

            int position = typeEnd + 1;
            while (position < end)
            {
                int comma = text.IndexOf(',', position, end - position);
                int modifierEnd = comma < 0 ? end : comma;
                if (IsOneOf(text, position, modifierEnd, RefusalDispositionModifiers))
                {
                    return true;
                }

                position = modifierEnd + 1;
            }

            return false;
        }

        // Apache James's MDN factory (mailet base MDNFactory, which jSieve's reject uses) names the recipient in a field
        // spelt "Final-Recepient": where the notice has no field spelt right, that one names the recipient.
        private const string MisspeltFinalRecipient = "Final-Recepient";

        // Whether the range, without its blanks, is one of the words (any case).
        private static bool IsOneOf(SmtpMimeText text, int start, int end, string[] words)
        {
            int from = SmtpMimeText.TrimStart(text, start, end, SmtpMimeText.BlanksAndLineBreaks);
            int to = SmtpMimeText.TrimEnd(text, from, end, SmtpMimeText.BlanksAndLineBreaks);
            for (int i = 0; i < words.Length; i++)
            {
                if (SmtpMimeText.EqualsIgnoreCase(text, from, to, words[i]))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
