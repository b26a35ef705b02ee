namespace SmtpCodes
{
    using global::System.Collections.Generic;

    /// <summary>
    /// Reads a message into a <see cref="SmtpBounce"/>: finds its parts, decides its kind, then reads its recipients from
    /// the delivery-status part when there is one and from the human-readable text otherwise (or where the status part
    /// lacks a diagnostic), and diagnoses each recipient's evidence with <see cref="SmtpReply.Diagnose(string)"/>.
    /// </summary>
    internal static partial class SmtpBounceReader
    {
        // Evidence handed to the diagnoser is bounded: the reply is at the front of what a bounce says about a recipient.
        private const int MaxEvidence = 4000;

        // The most recipients one message is read for, in a report's status groups, a notice's text or Amazon SES's
        // JSON alike. Servers take at least 100 recipients a message (RFC 5321 4.5.3.1.8) and SES sends to at most 50;
        // each recipient is compared with the ones before it (a report repeats a recipient per alias expansion), so a
        // hostile report of 40,000 groups would otherwise take quadratic work.
        internal const int MaxRecipients = 500;

        // How much of a bounce's own text is read: its words about the failure and the returned message's headers come
        // first (the largest corpus message is 55 KB whole); what follows is a returned body or filler. Each recipient is
        // looked for in the text, so without the bound a hostile notice of megabytes would take work of its length times
        // its recipients.
        internal const int MaxHumanText = 65536;

        // A bounce says what it is (a failure, a delay) at its start: the phrase lists are looked for in this much of it.
        private const int OpeningLength = 3000;

        internal static SmtpBounce Read(SmtpMimeText message)
        {
            return Read(message, null);
        }

        /// <summary>
        /// Reads <paramref name="message"/>; <paramref name="deliveryStatusFields"/>, when not null, stands for the text
        /// of its delivery-status part (the fields another parser already read: MimeKitBounceExtensions).
        /// </summary>
#if SMTPCODES_NULLABLE
        internal static SmtpBounce Read(SmtpMimeText message, string? deliveryStatusFields)
#else
        internal static SmtpBounce Read(SmtpMimeText message, string deliveryStatusFields)
#endif
        {
            // The MIME tree never leaves the read: its entities are per-thread memory, taken here and given back.
            SmtpMimeArena arena = SmtpMimeArena.Take();
            try
            {
                return Read(arena.ParseMessage(message), deliveryStatusFields);
            }
            finally
            {
                arena.Release();
            }
        }

#if SMTPCODES_NULLABLE
        private static SmtpBounce Read(SmtpMimeEntity root, string? deliveryStatusFields)
#else
        private static SmtpBounce Read(SmtpMimeEntity root, string deliveryStatusFields)
#endif
        {
            SmtpMessageParts parts = SmtpMessageParts.Find(root);
            if (IsForwardedReport(root, parts))
            {
                // A relay or a scanner (InterScan, a user's "forward as attachment") sent the report inside a message of
                // its own: the report is the bounce. Once only: a report inside that one is its returned message.
                root = parts.ReturnedMessage;
                parts = SmtpMessageParts.Find(root);
            }

            SmtpBounceMessageFields fields = SmtpBounceMessageFields.Empty;
            fields.Subject = DecodedField(root.Headers, "Subject");
            fields.Date = SmtpBounceDates.Date(root.Headers);
            SmtpBounceText human;
            human.Text = parts.HumanText(out human.Start, out int wholeEnd);
            human.End = global::System.Math.Min(wholeEnd, human.Start + MaxHumanText);
            human.ExplanationEnd = SmtpPlainTextRecipients.ReturnedMessageStart(human.Text, human.Start, human.End);
            human.HeldFor = global::System.TimeSpan.Zero;
            ReadOriginalHeaders(parts, human, ref fields, out bool returnedListMail, out SmtpMimeHeaderList returnedHeaders);

            List<SmtpBounceRecipient> recipients = SmtpMimeArena.Recipients();
            if (parts.HasFeedbackReport)
            {
                ReadFeedbackReport(parts.FeedbackReport, recipients);
                return new SmtpBounce(SmtpBounceMessageKind.FeedbackReport, fields, recipients);
            }

            var shared = default(SharedReading);
            List<SmtpFoundRecipient> found = SmtpMimeArena.FoundRecipients();
            if (!parts.HasDeliveryStatus && SmtpSesNotification.OpensObject(human.Text, human.Start, wholeEnd))
            {
                // Amazon SES's notification as JSON: its bounced recipients are read as a report's status groups, from the
                // whole text (one linear pass, its recipients bounded), since a JSON object cut short is no notification.
                List<SmtpBounceRecipientFields> notified = SmtpMimeArena.RecipientFields();
                if (SmtpSesNotification.TryRead(human.Text, human.Start, wholeEnd, ref fields, notified, out SmtpBounceMessageKind notice))
                {
#if !SMTPCODES_SPAN
                    shared.Recipients = notified;
#endif
                    for (int i = 0; i < notified.Count; i++)
                    {
                        recipients.Add(notice == SmtpBounceMessageKind.FeedbackReport
                            ? new SmtpBounceRecipient(notified[i])
                            : Complete(notified[i], found, human, fields.Subject, false, ref shared));
                    }

                    return new SmtpBounce(notice, fields, recipients);
                }
            }

            if (parts.HasDeliveryStatus)
            {
                List<SmtpBounceRecipientFields> groups = SmtpMimeArena.RecipientFields();
                int statusStart = 0;
                int statusEnd = deliveryStatusFields == null ? 0 : deliveryStatusFields.Length;
                SmtpMimeText status = deliveryStatusFields ?? parts.DeliveryStatus.DecodedRange(out statusStart, out statusEnd);
                SmtpDeliveryStatusReader.Read(status, statusStart, statusEnd, ref fields, groups);
                human.HeldFor = SmtpBounceDates.HeldFor(fields);
                if (groups.Count > 0)
                {
                    if (NeedsText(groups, out bool needsDelay))
                    {
                        // A recipient without a Diagnostic-Code: what the text says about it is its evidence.
                        SmtpPlainTextRecipients.Find(human.Text, human.Start, human.ExplanationEnd, OwnAddresses(root.Headers), found);
                    }

                    AddReportRecipients(groups, needsDelay, found, human, fields.Subject, ref shared, recipients);
                    return new SmtpBounce(SmtpBounceMessageKind.DeliveryStatus, fields, recipients);
                }
            }

            if (parts.HasDispositionNotification && TryReadDispositionNotification(root.Headers, parts.DispositionNotification, human, ref fields, found, recipients, ref shared, out SmtpBounceMessageKind dispositionKind))
            {
                return new SmtpBounce(dispositionKind, fields, recipients);
            }

            // No report, so no Arrival-Date: the returned message's own Received field says when it arrived (read here
            // only: a report has its own dates).
            human.HeldFor = SmtpBounceDates.HeldFor(SmtpBounceDates.Received(returnedHeaders), fields.Date);
            List<SmtpTextRange> own = OwnAddresses(root.Headers);
            SmtpPlainTextRecipients.Find(human.Text, human.Start, human.ExplanationEnd, own, found);
            if (found.Count == 0 && IsFromDomain(root.Headers, SmtpPlainTextRecipients.ScreenNameDomain))
            {
                SmtpPlainTextRecipients.FindScreenNames(human.Text, human.Start, human.ExplanationEnd, found);
            }

            if (found.Count == 0 && !parts.HasDeliveryStatus && TryReadQuotedReport(root.Headers, returnedHeaders, parts.HasReturnedMessage, ref human, ref fields, found, recipients, ref shared))
            {
                return new SmtpBounce(SmtpBounceMessageKind.PlainTextBounce, fields, recipients);
            }

            SmtpBounceMessageKind kind = parts.HasDeliveryStatus
                ? SmtpBounceMessageKind.DeliveryStatus
                : Classify(root.Headers, fields.Subject, human, found.Count, returnedHeaders, parts.HasReturnedMessage);
            if (kind == SmtpBounceMessageKind.FeedbackReport)
            {
                ReadJunkMailComplainant(returnedHeaders.Has(JunkMailComplainantField) ? returnedHeaders : root.Headers, recipients);
            }

            if (kind == SmtpBounceMessageKind.PlainTextBounce || kind == SmtpBounceMessageKind.DeliveryStatus)
            {
                if (fields.ReportingMta.Length == 0)
                {
                    fields.ReportingMta = PlainReportingMta(root.Headers, human);
                }

                AddFailedRecipientsHeader(root.Headers, found);
                if (found.Count == 0)
                {
                    SmtpPlainTextRecipients.FindAboveEndOfMessage(human.Text, human.Start, human.ExplanationEnd, human.End, own, found);
                }

                if (found.Count == 0)
                {
                    SmtpPlainTextRecipients.FindLabelledLocalParts(human.Text, human.Start, human.ExplanationEnd, found);
                }

                if (found.Count == 0 && !returnedListMail)
                {
                    SmtpPlainTextRecipients.FindReceivedRecipient(returnedHeaders, own, found);
                }

                if (found.Count == 0 && !returnedListMail)
                {
                    SmtpPlainTextRecipients.FindOnlyReturnedRecipient(fields.OriginalTo, human.Text, human.Start, human.ExplanationEnd, own, found);
                }

                if (kind == SmtpBounceMessageKind.PlainTextBounce && found.Count == 0 && IsBounceBySubjectAlone(root.Headers, human, returnedHeaders, parts.HasReturnedMessage))
                {
                    return new SmtpBounce(IsAutoReplyHeader(root.Headers) ? SmtpBounceMessageKind.AutoReply : SmtpBounceMessageKind.NotBounce, fields, recipients);
                }

                bool delayed = found.Count > 0 && IsDelayWarning(fields.Subject, human);
                bool fromGmailDaemon = found.Count > 0 && IsFromAddress(root.Headers, GmailDaemon);
                for (int i = 0; i < found.Count; i++)
                {
                    SmtpBounceRecipientFields recipient = SmtpBounceRecipientFields.Empty;
                    recipient.FinalRecipient = found[i].Address.ToString();
                    recipient.OriginalRecipient = found[i].OriginalAddress.ToString();
                    recipient.Action = delayed ? SmtpDeliveryAction.Delayed : SmtpDeliveryAction.Failed;
                    recipients.Add(Complete(recipient, found, human, fields.Subject, delayed, ref shared, fromGmailDaemon));
                }
            }

            return new SmtpBounce(kind, fields, recipients);
        }

        // A plain-text bounce whose explanation names no one and whose text quotes a report's fields (a relay forwarded
        // the bounce as text: OCN quotes Postfix's whole DSN below an mbox separator): the report's recipients, read as a
        // report part's are, where the message is a bounce by the same signs as any plain-text one.
        private static bool TryReadQuotedReport(SmtpMimeHeaderList headers, SmtpMimeHeaderList returnedHeaders, bool returnsMessage, ref SmtpBounceText human, ref SmtpBounceMessageFields fields, List<SmtpFoundRecipient> found, List<SmtpBounceRecipient> recipients, ref SharedReading shared)
        {
            if (!SmtpDeliveryStatusReader.TryFindQuoted(human.Text, human.Start, human.End, out int quotedStart, out int quotedEnd))
            {
                return false;
            }

            List<SmtpBounceRecipientFields> quoted = SmtpMimeArena.RecipientFields();
            SmtpDeliveryStatusReader.Read(human.Text, quotedStart, quotedEnd, ref fields, quoted);
            if (quoted.Count == 0 || Classify(headers, fields.Subject, human, quoted.Count, returnedHeaders, returnsMessage) != SmtpBounceMessageKind.PlainTextBounce)
            {
                return false;
            }

            human.HeldFor = SmtpBounceDates.HeldFor(fields);
            NeedsText(quoted, out bool needsDelay);
            AddReportRecipients(quoted, needsDelay, found, human, fields.Subject, ref shared, recipients);

            if (fields.ReportingMta.Length == 0)
            {
                fields.ReportingMta = PlainReportingMta(headers, human);
            }

            return true;
        }

        private static bool IsDelayWarning(string subject, SmtpBounceText human)
        {
            return SmtpBouncePhrases.ContainsAny(subject, SmtpBouncePhrases.DelayWords)
                || SmtpBouncePhrases.ContainsAny(human.Text, human.Start, human.OpeningEnd(OpeningLength), SmtpBouncePhrases.DelayWords);
        }

        // A header field's value with its encoded words decoded, read where it lies: the raw value is not copied first.
        private static string DecodedField(SmtpMimeHeaderList headers, string name)
        {
            SmtpMimeText text = headers.Find(name, out int start, out int end);
            return SmtpMimeEncodedWords.Decode(text, start, end);
        }

        // A multipart/mixed whose only report is a whole message/rfc822 that is itself a multipart/report.
        private static bool IsForwardedReport(SmtpMimeEntity root, SmtpMessageParts parts)
        {
            return !parts.HasDeliveryStatus && !parts.HasFeedbackReport && parts.HasReturnedMessage
                && root.MediaType == "multipart/mixed" && parts.ReturnedMessage.MediaType == "multipart/report";
        }
    }
}
